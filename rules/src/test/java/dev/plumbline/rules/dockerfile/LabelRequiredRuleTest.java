package dev.plumbline.rules.dockerfile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumbline.config.Config;
import dev.plumbline.engine.Analyzer;
import dev.plumbline.engine.Cancellation;
import dev.plumbline.engine.Finding;
import dev.plumbline.rules.BuiltinRules;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import dev.plumbline.text.TextDocument;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LabelRequiredRuleTest {

    static final Config SCHEMA = BuiltinRules.configLoader().load("""
            dockerfile:
              labelSchema:
                org.opencontainers.image.source: url
                org.opencontainers.image.version: semver
            """).config();

    static final Config SOURCE_ONLY = BuiltinRules.configLoader().load("""
            dockerfile:
              labelSchema:
                org.opencontainers.image.source: url
            """).config();

    private final RuleTester<Dockerfile> tester =
            RuleTester.of(new LabelRequiredRule(), new DockerfileLanguage(), "Dockerfile").withConfig(SCHEMA);
    private final RuleTester<Dockerfile> sourceOnly =
            RuleTester.of(new LabelRequiredRule(), new DockerfileLanguage(), "Dockerfile").withConfig(SOURCE_ONLY);

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("missing", "«FROM» alpine:3.20\n"),
                RuleCase.flags("only the final stage counts", "FROM alpine:3.20 AS build\n"
                        + "LABEL org.opencontainers.image.source=https://x\n«FROM» alpine:3.20\n"),
                RuleCase.flags("lower case", "from alpine:3.20\n«from» alpine:3.20\n"),
                RuleCase.passes("set in the final stage", "FROM alpine:3.20\n"
                        + "LABEL a=b \\\n  org.opencontainers.image.source=https://x\n"),
                RuleCase.passes("set in a stage the final one builds on", "FROM alpine:3.20 AS base\n"
                        + "LABEL org.opencontainers.image.source=https://x\nFROM base\nRUN true\n"),
                RuleCase.passes("set with an empty value (label-schema-value's)", "FROM alpine:3.20\n"
                        + "LABEL org.opencontainers.image.source=\"\"\n"),
                RuleCase.passes("no FROM", "ARG A\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        sourceOnly.verify(c);
    }

    @Test
    void oneFindingPerMissingLabel() {
        assertEquals(2, tester.findings("FROM alpine:3.20\n").size());
        assertEquals(1, tester.findings("FROM alpine:3.20\nLABEL org.opencontainers.image.version=1.0.0\n").size());
    }

    @Test
    void offWithoutASchema() {
        RuleTester<Dockerfile> plain = RuleTester.of(new LabelRequiredRule(), new DockerfileLanguage(), "Dockerfile");
        assertEquals(List.of(), plain.findings("FROM alpine:3.20\n"));
    }

    @Test
    void message() {
        tester.assertMessage("FROM alpine:3.20\nLABEL org.opencontainers.image.version=1.0.0\n",
                "The final image has no label \"org.opencontainers.image.source\", which dockerfile.labelSchema requires");
    }

    /**
     * The fix inserts an empty label for the author to fill in; the empty value is then reported by
     * label-schema-value, which is the point. So this checks the text and that the finding is gone.
     */
    @Test
    void fixInsertsAnEmptyLabelAfterTheLastLabel() {
        String before = "FROM alpine:3.20\nLABEL org.opencontainers.image.version=1.0.0\nRUN true\n";
        Finding finding = tester.onlyFinding(before);
        TextDocument fixed = TextDocument.of("file:///w/Dockerfile", before)
                .applyEdits(finding.fixes().get(0).edits(), 1);
        assertEquals("Add LABEL org.opencontainers.image.source", finding.fixes().get(0).title());
        assertEquals("FROM alpine:3.20\nLABEL org.opencontainers.image.version=1.0.0\n"
                + "LABEL org.opencontainers.image.source=\"\"\nRUN true\n", fixed.text());
        List<Finding> after = new Analyzer(BuiltinRules.registry()).analyze(fixed, "Dockerfile", SCHEMA, Cancellation.NONE)
                .findings();
        assertEquals(List.of("dockerfile/label-schema-value 3:7-3:38"), after.stream()
                .filter(f -> f.ruleId().startsWith("dockerfile/label") || f.ruleId().contains("syntax"))
                .map(f -> f.ruleId() + " " + f.range()).toList());
    }

    @Test
    void fixAfterTheFromWhenThereIsNoLabel() {
        Finding finding = sourceOnly.onlyFinding("from alpine:3.20 as app\r\nrun true\r\n");
        assertEquals("from alpine:3.20 as app\r\nlabel org.opencontainers.image.source=\"\"\r\nrun true\r\n",
                TextDocument.of("file:///w/Dockerfile", "from alpine:3.20 as app\r\nrun true\r\n")
                        .applyEdits(finding.fixes().get(0).edits(), 1).text());
    }
}
