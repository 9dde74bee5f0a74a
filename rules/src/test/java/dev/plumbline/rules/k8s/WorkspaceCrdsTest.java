package dev.plumbline.rules.k8s;

import org.junit.jupiter.api.Test;

/** Custom resources are validated against CRDs defined in other files of the workspace. */
class WorkspaceCrdsTest {

    private static final String CRD = """
            apiVersion: apiextensions.k8s.io/v1
            kind: CustomResourceDefinition
            metadata:
              name: widgets.example.com
            spec:
              group: example.com
              names: {kind: Widget, plural: widgets}
              scope: Namespaced
              versions:
                - name: v1
                  served: true
                  storage: true
                  schema:
                    openAPIV3Schema:
                      type: object
                      properties:
                        spec:
                          type: object
                          required: [size]
                          properties:
                            size: {type: integer}
                            color: {type: string, enum: [red, blue]}
            """;

    @Test
    void aCrdInAnotherFileValidatesItsCustomResources() {
        CrossFileTester.of(new UnknownFieldRule()).file("crds/widget.yaml", CRD).verify("app/widget.yaml", """
                apiVersion: example.com/v1
                kind: Widget
                metadata: {name: w}
                spec:
                  size: 3
                  «colour»: red
                """);
        CrossFileTester.of(new WrongTypeRule()).file("crds/widget.yaml", CRD).verify("app/widget.yaml", """
                apiVersion: example.com/v1
                kind: Widget
                metadata: {name: w}
                spec:
                  size: «three»
                """);
        CrossFileTester.of(new InvalidEnumValueRule()).file("crds/widget.yaml", CRD).verify("app/widget.yaml", """
                apiVersion: example.com/v1
                kind: Widget
                metadata: {name: w}
                spec:
                  size: 3
                  color: «green»
                """);
    }

    @Test
    void withoutTheCrdOrBeforeTheScanCustomResourcesAreNotJudged() {
        String widget = """
                apiVersion: example.com/v1
                kind: Widget
                metadata: {name: w}
                spec:
                  colour: red
                """;
        CrossFileTester.of(new UnknownFieldRule()).passes("app/widget.yaml", widget);
        CrossFileTester.of(new UnknownFieldRule()).file("crds/widget.yaml", CRD).incomplete().passes("app/widget.yaml", widget);
        CrossFileTester.of(new UnknownFieldRule()).file("crds/widget.yaml", CRD.replace("{{", ""))
                .passes("app/widget.yaml", widget.replace("example.com/v1", "example.com/v2"));
    }
}
