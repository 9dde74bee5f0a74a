package dev.plumbline.syntax.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumbline.syntax.yaml.YamlMapping;
import dev.plumbline.syntax.yaml.YamlParser;
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
}
