package dev.plumbline.syntax.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlParser;
import dev.plumbline.syntax.yaml.YamlScalar;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KubeYamlTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', nullValues = "-", value = {
        "true | true", "True | true", "yes | true", "ON | true", "y | true",
        "false | false", "FALSE | false", "no | false", "Off | false", "n | false",
        "'false' | -", "\"true\" | -", "!!str no | -", "1 | -", "0 | -", "maybe | -", "~ | -", "'' | -",
        "!!bool true | true", "[false] | -"})
    void readsBooleansAsKubernetesDoes(String written, Boolean expected) {
        YamlMapping root = YamlParser.parse("v: " + written + "\n").documents().get(0).rootMapping().orElseThrow();
        assertEquals(Optional.ofNullable(expected), KubeYaml.booleanOf(root.get("v").orElseThrow()));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "~ | NULL", "null | NULL", "'' | STRING", "yes | BOOL", "Off | BOOL", "y | BOOL", "TRUE | BOOL",
        "0 | INT", "-12 | INT", "+3 | INT", "0755 | INT", "0x1F | INT", "0o17 | INT", "0b101 | INT", "1_000 | INT",
        "18446744073709551615 | INT", "99999999999999999999 | FLOAT", "08 | FLOAT", "1.0 | FLOAT", ".5 | FLOAT",
        "1e3 | FLOAT", "-.inf | FLOAT", ".NaN | FLOAT", "1. | FLOAT",
        "1.2.3 | STRING", "0x | STRING", "-x | STRING", "12abc | STRING", "1:30 | STRING", "2024-01-01 | STRING",
        "nginx | STRING", "'yes' | STRING", "\"8080\" | STRING", "!!str 1 | STRING", "!!int '5' | INT",
        "!Ref x | OTHER", "'a b' | STRING"})
    void decodesScalarsAsKubectlDoes(String written, KubeYaml.Decoded expected) {
        YamlMapping root = YamlParser.parse("v: " + written + "\n").documents().get(0).rootMapping().orElseThrow();
        YamlScalar scalar = root.get("v").orElseThrow().asScalar().orElseThrow();
        assertEquals(expected, KubeYaml.decodedType(scalar));
    }
}
