package dev.plumbline.rules.k8s.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityTest {

    @ParameterizedTest
    @CsvSource({
        "1, 1", "0.5, 0.5", "500m, 0.5", "100n, 0.0000001", "1k, 1000", "1Ki, 1024", "128Mi, 134217728",
        "1G, 1000000000", "1Gi, 1073741824", "1e3, 1000", "1E3, 1000", "2E, 2000000000000000000", ".5, 0.5",
        "+3, 3", "1.5Gi, 1610612736"
    })
    void readsEverySuffix(String text, String value) {
        assertEquals(0, new BigDecimal(value).compareTo(Quantity.parse(text).orElseThrow()), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "1 Gi", "10%", "1mb", "1e999", "Mi", "1.2.3"})
    void rejectsWhatIsNoQuantity(String text) {
        assertEquals(Optional.empty(), Quantity.parse(text));
    }
}
