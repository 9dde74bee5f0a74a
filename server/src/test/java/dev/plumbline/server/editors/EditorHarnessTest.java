package dev.plumbline.server.editors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pieces the real-editor tests stand on: finding the editor, finding the JDKs. */
class EditorHarnessTest {

    @Test
    void anEditorThatIsNotOnThePathIsNotFound() {
        assertEquals(Optional.empty(), EditorRun.onPath("plumbline-no-such-editor"));
    }

    @Test
    void theRunningJdkIsReadFromItsReleaseFile() {
        Optional<Jdk> running = Jdk.of(Path.of(System.getProperty("java.home")));

        assertTrue(running.isPresent(), "no release file in java.home");
        assertEquals(Runtime.version().feature(), running.get().feature());
    }

    @Test
    void aFolderWithoutJavaIsNoJdk(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("release"), "JAVA_VERSION=\"21.0.4\"\n");

        assertEquals(Optional.empty(), Jdk.of(dir));
    }

    @Test
    void theRunningJdkComesFirstAndEachFeatureVersionOnce() {
        List<Jdk> jdks = Jdk.forEditorTests();

        assertEquals(Runtime.version().feature(), jdks.get(0).feature());
        assertEquals(jdks.size(), jdks.stream().map(Jdk::feature).distinct().count(), jdks.toString());
    }
}
