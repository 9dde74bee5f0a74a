package dev.plumbline.rules.k8s;

import dev.plumbline.testing.WidgetCrd;
import org.junit.jupiter.api.Test;

/** Custom resources are validated against CRDs defined in other files of the workspace. */
class WorkspaceCrdsTest {


    @Test
    void aCrdInAnotherFileValidatesItsCustomResources() {
        CrossFileTester.of(new UnknownFieldRule()).file("crds/widget.yaml", WidgetCrd.YAML).verify("app/widget.yaml", """
                apiVersion: example.com/v1
                kind: Widget
                metadata: {name: w}
                spec:
                  size: 3
                  «colour»: red
                """);
        CrossFileTester.of(new WrongTypeRule()).file("crds/widget.yaml", WidgetCrd.YAML).verify("app/widget.yaml", """
                apiVersion: example.com/v1
                kind: Widget
                metadata: {name: w}
                spec:
                  size: «three»
                """);
        CrossFileTester.of(new InvalidEnumValueRule()).file("crds/widget.yaml", WidgetCrd.YAML).verify("app/widget.yaml", """
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
        CrossFileTester.of(new UnknownFieldRule()).file("crds/widget.yaml", WidgetCrd.YAML).incomplete().passes("app/widget.yaml", widget);
        CrossFileTester.of(new UnknownFieldRule()).file("crds/widget.yaml", WidgetCrd.YAML.replace("{{", ""))
                .passes("app/widget.yaml", widget.replace("example.com/v1", "example.com/v2"));
    }
}
