package dev.plumbline.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EditDistanceTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "image, image, 0",
        "imgae, image, 1",
        "contianer, container, 1",
        "imag, image, 1",
        "images, image, 1",
        "imaxe, image, 1",
        "'', abc, 3",
        "abc, '', 3",
        "ca, abc, 3",
        "runs-on, runs_on, 1",
    })
    void countsInsertionsDeletionsSubstitutionsAndNeighbourSwaps(String a, String b, int expected) {
        assertEquals(expected, EditDistance.between(a, b));
        assertEquals(expected, EditDistance.between(b, a));
    }
}
