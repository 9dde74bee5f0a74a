package dev.plumbline.rules.dockerfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.config.Config;
import dev.plumbline.engine.AnalysisResult;
import dev.plumbline.engine.Analyzer;
import dev.plumbline.engine.Cancellation;
import dev.plumbline.engine.Finding;
import dev.plumbline.engine.Fix;
import dev.plumbline.engine.PeerId;
import dev.plumbline.engine.Severity;
import dev.plumbline.engine.Suppression;
import dev.plumbline.engine.RuleRegistry;
import dev.plumbline.rules.BuiltinRules;
import dev.plumbline.rules.dockerfile.support.DockerfileSuppressions;
import dev.plumbline.syntax.dockerfile.DockerfileParser;
import dev.plumbline.testing.MarkedSource;
import dev.plumbline.text.TextDocument;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DockerfileSuppressionsTest {

    /** The rules these examples are written for: findings of rules added later would blur them. */
    private static final Analyzer ANALYZER = new Analyzer(RuleRegistry.builder().language(new DockerfileLanguage(),
            List.of(new SyntaxErrorRule(), new LatestTagRule(), new UntaggedImageRule(), new PipNoCacheDirRule())).build(),
            failure -> {
                throw new AssertionError(failure);
            });

    private static AnalysisResult analyze(String text) {
        return ANALYZER.analyze(TextDocument.of("file:///w/Dockerfile", text), "Dockerfile", Config.DEFAULT, Cancellation.NONE);
    }

    /** Asserts that exactly the marked ranges still have findings (whatever the rule). */
    private static void assertRemaining(String marked) {
        MarkedSource source = MarkedSource.parse(marked);
        List<Finding> findings = analyze(source.text()).findings();
        assertEquals(source.ranges().stream().map(Object::toString).toList(),
                findings.stream().map(f -> f.range().toString()).toList(),
                () -> findings.stream().map(f -> f.range() + " " + f.ruleId()).toList().toString());
    }

    @Nested
    class InstructionScope {

        @Test
        void commentAboveSilencesThatInstructionOnly() {
            assertRemaining("# plumbline ignore=dockerfile/untagged-image\nFROM ubuntu AS a\nFROM «debian»\n");
        }

        @Test
        void slugsPeerIdsAndSeveralIdsWithAReason() {
            assertRemaining("# plumbline ignore=untagged-image\nFROM ubuntu\n"
                    + "# plumbline ignore=DL3006\nFROM debian\n"
                    + "# plumbline ignore=latest-tag, untagged-image,pip-no-cache-dir because vendor images\nFROM alpine\n"
                    + "# plumbline ignore=latest-tag\nFROM «busybox»\n");
        }

        @Test
        void theWholeContiguousCommentBlockCounts() {
            assertRemaining("# plumbline ignore=untagged-image\n# the base image is replaced in CI\nFROM ubuntu\n"
                    + "# plumbline ignore=untagged-image\n\nFROM «debian»\n");
        }

        @Test
        void scopeCoversContinuationAndHeredocLines() {
            assertRemaining("FROM python:3.12\n# plumbline ignore=pip-no-cache-dir\nRUN apt-get update && \\\n    pip install a\n"
                    + "# plumbline ignore=pip-no-cache-dir\nRUN <<EOF\npip install b\nEOF\nRUN pip «install» c\n");
        }

        @Test
        void aCommentFurtherUpDoesNotReachPastAnInstruction() {
            assertRemaining("# plumbline ignore=untagged-image\nARG X=1\nFROM «ubuntu»\n");
        }

        @Test
        void hadolintComments() {
            assertRemaining("# hadolint ignore=DL3006\nFROM ubuntu\n# hadolint ignore=DL3007,DL3006\nFROM debian:latest\n"
                    + "# hadolint ignore=untagged-image\nFROM «alpine»\n");
        }

        @Test
        void unrelatedOrMalformedCommentsDoNothing() {
            assertRemaining("# plumbline ignore\nFROM «a»\n# plumbline ignore=\nFROM «b»\n# plumbline-ignore=untagged-image\nFROM «c»\n"
                    + "# plumblineignore=untagged-image\nFROM «d»\n# plumbline ignore=untagged-imagery\nFROM «e»\n");
        }
    }

    @Nested
    class StageAndGlobalScope {

        @Test
        void stageIgnoreRunsToTheEndOfItsStage() {
            assertRemaining("FROM python:3.12\nRUN pip «install» a\n# plumbline stage ignore=pip-no-cache-dir\nRUN pip install b\n"
                    + "RUN pip install c\nFROM python:3.12\nRUN pip «install» d\n");
        }

        @Test
        void stageIgnoreAboveAFromCoversThatStage() {
            assertRemaining("FROM python:3.12\nRUN pip «install» a\n# plumbline stage ignore=DL3042,untagged-image\nFROM ubuntu\n"
                    + "RUN pip install b\nFROM «debian»\n");
        }

        @Test
        void hadolintStageIgnore() {
            assertRemaining("FROM python:3.12\n# hadolint stage ignore=DL3042\nRUN pip install b\nFROM python:3.12\n"
                    + "RUN pip «install» d\n");
        }

        @Test
        void globalIgnoreAnywhere() {
            assertRemaining("FROM ubuntu\nFROM debian\n# plumbline global ignore=untagged-image\nFROM alpine\n");
            assertRemaining("FROM ubuntu:latest\nFROM python:3.12\nRUN pip install x\n# hadolint global ignore=DL3007,DL3042\n");
        }

        @Test
        void buildkitCheckSkipIsAFileWidePeerSuppression() {
            TextDocument doc = TextDocument.of("file:///w/Dockerfile",
                    "# check=skip=JSONArgsRecommended,StageNameCasing;error=true\nFROM a:1\n");
            List<Suppression> suppressions = DockerfileSuppressions.of(DockerfileParser.parse(doc));
            assertEquals(1, suppressions.size());
            assertEquals(PeerId.BUILDKIT, suppressions.get(0).tool());
            assertEquals(Set.of("JSONArgsRecommended", "StageNameCasing"), suppressions.get(0).ids());
            assertEquals(doc.rangeOf(0, doc.text().length()), suppressions.get(0).scope());

            List<Suppression> all = DockerfileSuppressions.of(DockerfileParser.parse(
                    TextDocument.of("file:///w/Dockerfile", "# check=skip=all\nFROM a:1\n")));
            assertTrue(all.get(0).all());
        }
    }

    /** Every built-in rule, for the peer mechanisms whose ids the finer syntax rules carry. */
    private static final Analyzer ALL_RULES = new Analyzer(BuiltinRules.registry(), failure -> {
        throw new AssertionError(failure);
    });

    /** Asserts that exactly the marked ranges still have findings of {@code ruleId}, with their severities. */
    private static void assertRemaining(String ruleId, String marked, Config config) {
        MarkedSource source = MarkedSource.parse(marked);
        List<Finding> findings = ALL_RULES.analyze(TextDocument.of("file:///w/Dockerfile", source.text()), "Dockerfile",
                config, Cancellation.NONE).findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
        assertEquals(source.ranges().stream().map(Object::toString).toList(),
                findings.stream().map(f -> f.range().toString()).toList(), findings::toString);
    }

    private static Severity severityOf(String ruleId, String text, Config config) {
        return ALL_RULES.analyze(TextDocument.of("file:///w/Dockerfile", text), "Dockerfile", config, Cancellation.NONE)
                .findings().stream().filter(f -> f.ruleId().equals(ruleId)).findFirst().orElseThrow().severity();
    }

    private static Config config(String yaml) {
        return BuiltinRules.configLoader().load(yaml).config();
    }

    @Nested
    class PeerMechanismsAboveAnInstruction {

        @Test
        void checkSkipAboveAnInstructionSilencesThoseChecksThere() {
            assertRemaining("dockerfile/from-as-casing", "FROM alpine:3.20\n# check=skip=FromAsCasing\nFROM alpine:3.20 as b\n"
                    + "FROM alpine:3.20 «as» c\n", Config.DEFAULT);
            assertRemaining("dockerfile/from-as-casing", "FROM alpine:3.20\n# other comment\n# check=skip=all\n"
                    + "FROM alpine:3.20 as b\n# check=skip=LegacyKeyValueFormat\nFROM alpine:3.20 «as» c\n", Config.DEFAULT);
        }

        @Test
        void checkSkipOnlyMatchesFindingsStampedWithThatCheck() {
            // DL3021 and dockerfile-utils ids describe syntax-copy-destination, no BuildKit check does
            assertRemaining("dockerfile/syntax-copy-destination",
                    "FROM alpine:3.20\n# check=skip=all\nCOPY a b «c»\n", Config.DEFAULT);
        }

        @Test
        void dockerfileUtilsIgnoreSilencesItsCodesOnTheNextInstruction() {
            assertRemaining("dockerfile/expose-invalid-port",
                    "FROM alpine:3.20\n# dockerfile-utils: ignore\nEXPOSE 70000 http\nEXPOSE «0»\n", Config.DEFAULT);
            assertRemaining("dockerfile/syntax-unknown-flag",
                    "FROM alpine:3.20\n#dockerfile-utils: ignore\nCOPY --x a /b\n", Config.DEFAULT);
        }

        @Test
        void dockerfileUtilsIgnoreLeavesFindingsWithoutItsCodes() {
            assertRemaining("dockerfile/from-as-casing", "FROM alpine:3.20\n# dockerfile-utils: ignore\nFROM alpine:3.20 «as» b\n",
                    Config.DEFAULT);
            assertRemaining("dockerfile/expose-invalid-port",
                    "FROM alpine:3.20\n# dockerfile-utils: ignore please\nEXPOSE «0»\n", Config.DEFAULT);
        }

        @Test
        void peerSwitchTurnsThemOff() {
            Config noPeers = config("suppressions:\n  peers: false\n");
            assertRemaining("dockerfile/from-as-casing", "FROM alpine:3.20\n# check=skip=FromAsCasing\nFROM alpine:3.20 «as» b\n",
                    noPeers);
            assertRemaining("dockerfile/expose-invalid-port", "FROM alpine:3.20\n# dockerfile-utils: ignore\nEXPOSE «0»\n", noPeers);
        }
    }

    @Nested
    class CheckErrorTrue {

        private static final String SOURCE = "# check=error=true\nFROM alpine:3.20 as b\nCOPY x y z\n";

        @Test
        void buildkitFindingsBecomeErrors() {
            assertEquals(Severity.ERROR, severityOf("dockerfile/from-as-casing", SOURCE, Config.DEFAULT));
        }

        @Test
        void otherFindingsKeepTheirSeverity() {
            assertEquals(Severity.WARNING, severityOf("dockerfile/syntax-copy-destination", SOURCE, Config.DEFAULT));
            assertEquals(Severity.HINT, severityOf("dockerfile/from-as-casing",
                    "# check=error=false\nFROM alpine:3.20 as b\n", Config.DEFAULT));
        }

        @Test
        void configurationStillDecides() {
            assertEquals(Severity.INFORMATION, severityOf("dockerfile/from-as-casing", SOURCE, config("rules:\n  from-as-casing: info\n")));
            assertEquals(Severity.HINT, severityOf("dockerfile/from-as-casing", SOURCE, config("suppressions:\n  peers: false\n")));
            assertEquals(Severity.HINT, severityOf("dockerfile/from-as-casing", SOURCE, config("suppressions:\n  inline: false\n")));
        }
    }

    @Nested
    class IgnoreFix {

        private static String applyIgnoreFix(String text, String ruleId) {
            AnalysisResult result = analyze(text);
            Finding finding = result.findings().stream().filter(f -> f.ruleId().equals(ruleId)).findFirst().orElseThrow();
            Fix fix = result.ignoreFix(finding).orElseThrow();
            assertEquals("Ignore " + ruleId + " on this line", fix.title());
            String fixed = result.document().applyEdits(fix.edits(), 1).text();
            assertTrue(analyze(fixed).findings().stream().noneMatch(f -> f.ruleId().equals(ruleId) && f.message().equals(finding.message())),
                    () -> "still reported after the ignore fix:\n" + fixed);
            return fixed;
        }

        @Test
        void insertsACommentAboveTheInstruction() {
            assertEquals("FROM python:3.12\n# plumbline ignore=dockerfile/pip-no-cache-dir\nRUN pip install x\n",
                    applyIgnoreFix("FROM python:3.12\nRUN pip install x\n", "dockerfile/pip-no-cache-dir"));
        }

        @Test
        void appendsToAnExistingIgnoreComment() {
            assertEquals("# plumbline ignore=latest-tag,dockerfile/untagged-image reason\nFROM ubuntu\n",
                    applyIgnoreFix("# plumbline ignore=latest-tag reason\nFROM ubuntu\n", "dockerfile/untagged-image"));
            assertEquals("# plumbline ignore=a, b,dockerfile/untagged-image\n# note\nFROM ubuntu\n",
                    applyIgnoreFix("# plumbline ignore=a, b\n# note\nFROM ubuntu\n", "dockerfile/untagged-image"));
        }

        @Test
        void keepsIndentationAndLineSeparator() {
            assertEquals("FROM python:3.12\r\n\t# plumbline ignore=dockerfile/pip-no-cache-dir\r\n\tRUN pip install x\r\n",
                    applyIgnoreFix("FROM python:3.12\r\n\tRUN pip install x\r\n", "dockerfile/pip-no-cache-dir"));
        }

        @Test
        void aFindingInAHeredocBodyGetsTheCommentAboveItsRun() {
            assertEquals("FROM python:3.12\n# plumbline ignore=dockerfile/pip-no-cache-dir\nRUN <<EOF\npip install x\nEOF\n",
                    applyIgnoreFix("FROM python:3.12\nRUN <<EOF\npip install x\nEOF\n", "dockerfile/pip-no-cache-dir"));
        }

        @Test
        void aFindingOnAContinuationLine() {
            assertEquals("FROM python:3.12\n# plumbline ignore=dockerfile/pip-no-cache-dir\nRUN true && \\\n  pip install x\n",
                    applyIgnoreFix("FROM python:3.12\nRUN true && \\\n  pip install x\n", "dockerfile/pip-no-cache-dir"));
        }

        @Test
        void staysBehindAByteOrderMark() {
            assertEquals("\uFEFF# plumbline ignore=dockerfile/untagged-image\nFROM ubuntu\n",
                    applyIgnoreFix("\uFEFFFROM ubuntu\n", "dockerfile/untagged-image"));
        }

        @Test
        void doesNotBreakDirectives() {
            String fixed = applyIgnoreFix("# syntax=docker/dockerfile:1\nFROM ubuntu\n", "dockerfile/untagged-image");
            assertEquals("# syntax=docker/dockerfile:1\n# plumbline ignore=dockerfile/untagged-image\nFROM ubuntu\n", fixed);
            assertEquals(1, DockerfileParser.parse(TextDocument.of("file:///x", fixed)).directives().size());
        }
    }
}
