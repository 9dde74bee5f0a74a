package dev.plumbline.rules.dockerfile.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.rules.dockerfile.support.BuilderFlags;
import dev.plumbline.syntax.dockerfile.DockerfileParser;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The reference table (reference.yaml) covers what the parser and the flag rules know, and its snippets are simple. */
class DockerfileReferenceTest {

    /** A tab stop with a nested placeholder or a choice, which clients without snippets cannot flatten. */
    private static final Pattern COMPLEX_SNIPPET = Pattern.compile("\\$\\{\\d+:[^}]*\\$\\{|\\$\\{\\d+\\|");

    @Test
    void everyInstructionTheParserKnowsIsExplained() {
        Set<String> missing = new TreeSet<>(DockerfileParser.KEYWORDS);
        DockerfileReference.instructions().forEach(doc -> missing.remove(doc.name()));
        assertEquals(Set.of(), missing);
        for (DockerfileReference.InstructionDoc doc : DockerfileReference.instructions()) {
            assertFalse(doc.summary().isBlank() || doc.syntax().isBlank() || doc.snippet().isBlank(), doc.name());
        }
    }

    @Test
    void everyFlagTheBuilderTakesIsExplained() {
        for (String keyword : DockerfileParser.KEYWORDS) {
            DockerfileReference.InstructionDoc doc = DockerfileReference.instruction(keyword).orElseThrow();
            for (String flag : BuilderFlags.of(keyword).keySet()) {
                assertTrue(doc.flag(flag).isPresent(), keyword + " --" + flag);
            }
        }
    }

    @Test
    void directivesMountsSignalsAndAutomaticArgumentsAreRead() {
        assertEquals(List.of("syntax", "escape", "check"),
                DockerfileReference.directives().stream().map(DockerfileReference.DirectiveDoc::name).toList());
        assertEquals(List.of("bind", "cache", "tmpfs", "secret", "ssh"),
                DockerfileReference.mountTypes().stream().map(DockerfileReference.MountTypeDoc::name).toList());
        assertEquals("target", DockerfileReference.mountKey("dst").orElseThrow().name());
        assertTrue(DockerfileReference.SIGNALS.contains("SIGTERM"));
        assertTrue(DockerfileReference.AUTOMATIC_ARGS.containsKey("TARGETARCH"));
        assertTrue(DockerfileReference.AUTOMATIC_ARGS.containsKey("http_proxy"));
    }

    @Test
    void snippetsHaveOnlyPlainTabStops() {
        for (DockerfileReference.InstructionDoc doc : DockerfileReference.instructions()) {
            assertFalse(COMPLEX_SNIPPET.matcher(doc.snippet()).find(), doc.snippet());
        }
        for (DockerfileReference.MountKeyDoc doc : DockerfileReference.mountKeys()) {
            assertFalse(COMPLEX_SNIPPET.matcher(doc.snippet()).find(), doc.snippet());
        }
    }
}
