package dev.plumbline.syntax.yaml;

/**
 * What a scalar means under the YAML 1.2 core schema (as snakeyaml-engine resolves it): a plain
 * {@code true} is a boolean, {@code "true"} a string, {@code on} and {@code yes} are strings.
 */
public enum ScalarType {
    NULL,
    BOOL,
    INT,
    FLOAT,
    STRING,
    /** A scalar with a tag outside the core schema, e.g. {@code !Ref} or {@code !!binary}. */
    OTHER
}
