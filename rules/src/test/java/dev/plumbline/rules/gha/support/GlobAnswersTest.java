package dev.plumbline.rules.gha.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.workspace.WorkspaceIndex;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Glob answers are asked of an index once per version, and asked again once it changes. */
class GlobAnswersTest {

    @Test
    void anAnswerIsReusedUntilTheIndexChanges() {
        WorkspaceIndex index = new WorkspaceIndex(Path.of("w"));
        index.put("src/a.js", Map.of());
        AtomicInteger asked = new AtomicInteger();
        java.util.function.Predicate<String> scan = p -> {
            asked.incrementAndGet();
            return !index.matching(p).isEmpty();
        };
        assertTrue(GlobAnswers.of(index, "src/**", scan));
        assertTrue(GlobAnswers.of(index, "src/**", scan));
        assertFalse(GlobAnswers.of(index, "lib/**", scan));
        assertEquals(2, asked.get());
        index.put("lib/b.js", Map.of());
        assertTrue(GlobAnswers.of(index, "lib/**", scan), "a new version is asked again");
        assertEquals(3, asked.get());
        index.remove("lib/b.js");
        assertFalse(GlobAnswers.of(index, "lib/**", scan));
        assertEquals(4, asked.get());
    }
}
