package dev.plumbline.testing;

/**
 * One custom resource definition for tests of workspace CRDs: {@code Widget} ({@code example.com/v1})
 * whose {@code spec} requires an integer {@code size} and has a {@code color} enum ({@code red},
 * {@code blue}) and a string map {@code labels}, each with a description for hover.
 */
public final class WidgetCrd {

    public static final String YAML = """
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
                          description: What the widget should be.
                          required: [size]
                          properties:
                            size: {type: integer, description: How many widgets to make.}
                            color: {type: string, description: The paint., enum: [red, blue]}
                            labels: {type: object, additionalProperties: {type: string}}
            """;

    private WidgetCrd() {
    }
}
