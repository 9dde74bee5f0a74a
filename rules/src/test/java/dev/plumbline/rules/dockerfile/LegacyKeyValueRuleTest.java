package dev.plumbline.rules.dockerfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.syntax.dockerfile.DockerfileParser;
import dev.plumbline.syntax.dockerfile.Instruction;
import dev.plumbline.syntax.dockerfile.KeyValueInstruction;
import dev.plumbline.testing.CorpusWorkspace;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import dev.plumbline.text.TextDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LegacyKeyValueRuleTest {

    private static final String FROM = "FROM alpine:3.20\n";

    private final RuleTester<Dockerfile> tester =
            RuleTester.of(new LegacyKeyValueRule(), new DockerfileLanguage(), "Dockerfile");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("ENV", FROM + "ENV «NODE_ENV» production\n"),
                RuleCase.flags("LABEL", FROM + "LABEL «maintainer» Jane Doe\n"),
                RuleCase.flags("value over several lines", FROM + "ENV «OPTS» -a \\\n    -b\n"),
                RuleCase.flags("ONBUILD trigger", FROM + "ONBUILD ENV «A» b\n"),
                RuleCase.passes("key=value", FROM + "ENV NODE_ENV=production A=\"b c\"\nLABEL maintainer=\"Jane Doe\"\n"),
                RuleCase.passes("no value is syntax-key-value's", FROM + "ENV DEBUG\n"),
                RuleCase.passes("ARG has no legacy form", FROM + "ARG A B\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void message() {
        tester.assertMessage(FROM + "ENV NODE_ENV production\n",
                "ENV NODE_ENV <value> is the legacy form, which cannot hold several pairs; write NODE_ENV=<value>");
    }

    @Test
    void fixQuotesTheWholeValue() {
        String fix = "Rewrite as PATH=\"…\"";
        tester.assertFix(FROM + "ENV PATH /usr/local/bin:$PATH\n", fix, FROM + "ENV PATH=\"/usr/local/bin:$PATH\"\n");
        tester.assertFix(FROM + "LABEL maintainer   Jane Doe <jane@example.com>\r\n", "Rewrite as maintainer=\"…\"",
                FROM + "LABEL maintainer=\"Jane Doe <jane@example.com>\"\r\n");
    }

    @Test
    void conversionKeepsWhatDockerReads() {
        assertEquals(Optional.of("\"a b\""), LegacyKeyValueRule.doubleQuoted("\"a b\"", '\\'));
        assertEquals(Optional.of("\"it's \\$HOME\""), LegacyKeyValueRule.doubleQuoted("it\\'s '$HOME'", '\\'));
        assertEquals(Optional.of("\"say \\\"hi\\\" $X\""), LegacyKeyValueRule.doubleQuoted("say \\\"hi\\\" $X", '\\'));
        assertEquals(Optional.of("\"C:\\\\app\""), LegacyKeyValueRule.doubleQuoted("C:\\\\app", '\\'));
        assertEquals(Optional.of("\"C:\\app\""), LegacyKeyValueRule.doubleQuoted("C:\\app", '`'));
        assertEquals(Optional.empty(), LegacyKeyValueRule.doubleQuoted("it's", '\\'));
    }

    /** Every legacy pair of the real-world corpus keeps its value when the fix rewrites it. */
    @Test
    void conversionKeepsTheValueOnTheCorpus() throws IOException {
        Optional<Path> corpus = CorpusWorkspace.locate().map(p -> p.resolve("dockerfile")).filter(Files::isDirectory);
        Assumptions.assumeTrue(corpus.isPresent(), "no corpus");
        int checked = 0;
        try (Stream<Path> files = Files.list(corpus.get())) {
            for (Path file : files.sorted().toList()) {
                Dockerfile df = DockerfileParser.parse(TextDocument.of(file.toUri().toString(), Files.readString(file)));
                for (Instruction instruction : df.instructions()) {
                    if (!(instruction instanceof KeyValueInstruction kv)) {
                        continue;
                    }
                    for (KeyValueInstruction.Pair pair : kv.pairs()) {
                        if (!pair.legacy()) {
                            continue;
                        }
                        Optional<String> quoted = LegacyKeyValueRule.doubleQuoted(pair.value().text(), df.escapeChar());
                        if (quoted.isEmpty()) {
                            continue;
                        }
                        String rewritten = (df.escapeChar() == '`' ? "# escape=`\n" : "") + "FROM a:1\nENV "
                                + pair.key().text() + "=" + quoted.get() + "\n";
                        Dockerfile again = DockerfileParser.parse(TextDocument.of("file:///x", rewritten));
                        KeyValueInstruction env = (KeyValueInstruction) again.instructions().get(1);
                        assertEquals(pair.value().value(), env.pairs().get(0).value().value(), () -> file + ": " + pair);
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked > 50, "checked " + checked);
    }

    @Test
    void noFixOverSeveralLines() {
        org.junit.jupiter.api.Assertions.assertTrue(
                tester.onlyFinding(FROM + "ENV OPTS -a \\\n    -b\n").fixes().isEmpty());
    }
}
