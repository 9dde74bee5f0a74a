package dev.plumbline.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.config.Config;
import dev.plumbline.config.RuleSetting;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AnalyzerTest {

    /** A stand-in language: the model is the text; "# quiet=<id>" comments suppress on their line. */
    private static final class TextLanguage implements LanguageSupport<String> {
        final AtomicInteger parses = new AtomicInteger();

        @Override
        public Language language() {
            return Language.DOCKERFILE;
        }

        @Override
        public String parse(TextDocument document, Cancellation cancellation) {
            parses.incrementAndGet();
            return document.text();
        }

        @Override
        public List<Suppression> suppressions(String model, TextDocument document) {
            List<Suppression> out = new ArrayList<>();
            for (int line = 0; line < document.lineCount(); line++) {
                String text = document.lineText(line);
                int at = text.indexOf("# quiet=");
                if (at >= 0) {
                    out.add(Suppression.plumbline(document.lineRange(line), Set.of(text.substring(at + 8).trim())));
                }
                int peer = text.indexOf("# hadolint ignore=");
                if (peer >= 0) {
                    out.add(new Suppression(document.lineRange(line), PeerId.HADOLINT,
                            Set.of(text.substring(peer + 18).trim()), false));
                }
            }
            return out;
        }

        @Override
        public Optional<Fix> ignoreFix(String model, TextDocument document, Finding finding) {
            return Optional.empty();
        }
    }

    /** Reports every occurrence of a word. */
    private record WordRule(RuleMeta meta, String word) implements Rule<String> {
        @Override
        public void check(RuleContext<String> context) {
            String text = context.model();
            for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
                context.report(at, at + word.length(), "found " + word);
            }
        }
    }

    private static final RuleMeta BAD = RuleMeta.of("dockerfile/bad-word", "bad word", Severity.WARNING,
            Language.DOCKERFILE, PeerId.of(PeerId.HADOLINT, "DL9999"));
    private static final RuleMeta UGLY = RuleMeta.of("dockerfile/ugly-word", "ugly word", Severity.INFORMATION,
            Language.DOCKERFILE);
    private static final RuleMeta BROKEN = RuleMeta.of("dockerfile/broken", "always throws", Severity.ERROR,
            Language.DOCKERFILE);

    private final TextLanguage language = new TextLanguage();

    private Analyzer analyzer(List<Rule<String>> rules) {
        return new Analyzer(RuleRegistry.builder().language(language, rules).engineFinding(EngineRules.INTERNAL_ERROR)
                .engineFinding(EngineRules.UNSUPPORTED_CONTENT).build());
    }

    private static AnalysisResult run(Analyzer analyzer, String text, Config config) {
        return analyzer.analyze(TextDocument.of("file:///w/Dockerfile", text), "Dockerfile", config, Cancellation.NONE);
    }

    @Test
    void parsesOnceAndRunsEveryRuleInDocumentOrder() {
        Analyzer analyzer = analyzer(List.of(new WordRule(BAD, "bad"), new WordRule(UGLY, "ugly")));
        AnalysisResult result = run(analyzer, "ugly\nbad\n", Config.DEFAULT);
        assertEquals(1, language.parses.get());
        assertEquals(List.of("dockerfile/ugly-word 1:1-1:5", "dockerfile/bad-word 2:1-2:4"),
                result.findings().stream().map(f -> f.ruleId() + " " + f.range()).toList());
        assertEquals(Optional.of(Language.DOCKERFILE), result.language());
    }

    @Test
    void isolatesARuleThatThrowsAndReportsItOnce() {
        Rule<String> broken = new Rule<>() {
            @Override
            public RuleMeta meta() {
                return BROKEN;
            }

            @Override
            public void check(RuleContext<String> context) {
                throw new IllegalStateException("boom");
            }
        };
        List<String> log = new ArrayList<>();
        Analyzer analyzer = new Analyzer(RuleRegistry.builder()
                .language(language, List.of(broken, new WordRule(BAD, "bad"))).build(), log::add);
        AnalysisResult result = run(analyzer, "bad", Config.DEFAULT);
        assertEquals(List.of("dockerfile/bad-word", "plumbline/internal-error"),
                result.findings().stream().map(Finding::ruleId).sorted().toList());
        assertEquals(1, log.size());
        assertTrue(log.get(0).contains("dockerfile/broken"));
    }

    @Test
    void stopsBetweenRulesWhenCanceled() {
        AtomicInteger ran = new AtomicInteger();
        Rule<String> counting = new Rule<>() {
            @Override
            public RuleMeta meta() {
                return UGLY;
            }

            @Override
            public void check(RuleContext<String> context) {
                ran.incrementAndGet();
            }
        };
        Analyzer analyzer = analyzer(List.of(new WordRule(BAD, "bad"), counting));
        AtomicInteger checks = new AtomicInteger();
        Cancellation cancelAfterParse = () -> checks.incrementAndGet() > 2;
        assertThrows(CancellationException.class, () -> analyzer.analyze(
                TextDocument.of("file:///w/Dockerfile", "bad"), "Dockerfile", Config.DEFAULT, cancelAfterParse));
        assertEquals(0, ran.get());
    }

    @Test
    void appliesSeverityOverridesAndTurnsRulesOff() {
        Analyzer analyzer = analyzer(List.of(new WordRule(BAD, "bad"), new WordRule(UGLY, "ugly")));
        Config config = new Config(Map.of("bad-word", RuleSetting.severity(Severity.ERROR),
                "dockerfile/ugly-word", RuleSetting.OFF), List.of(), null, null, Map.of());
        List<Finding> findings = run(analyzer, "bad ugly", config).findings();
        assertEquals(1, findings.size());
        assertEquals(Severity.ERROR, findings.get(0).severity());
    }

    @Test
    void peerIdSettingsApplyOnlyToFindingsStampedWithThem() {
        Analyzer analyzer = analyzer(List.of(new WordRule(BAD, "bad"), new WordRule(UGLY, "ugly")));
        Config config = new Config(Map.of("DL9999", RuleSetting.OFF), List.of(), null, null, Map.of());
        assertEquals(List.of("dockerfile/ugly-word"),
                run(analyzer, "bad ugly", config).findings().stream().map(Finding::ruleId).toList());
    }

    @Test
    void honoursInlineAndPeerSuppressionsUnlessSwitchedOff() {
        Analyzer analyzer = analyzer(List.of(new WordRule(BAD, "evil")));
        String text = "evil # quiet=bad-word\nevil # hadolint ignore=DL9999\nevil\n";
        assertEquals(1, run(analyzer, text, Config.DEFAULT).findings().size());
        Config noPeers = new Config(Map.of(), List.of(), null, false, Map.of());
        assertEquals(2, run(analyzer, text, noPeers).findings().size());
        Config noInline = new Config(Map.of(), List.of(), false, null, Map.of());
        assertEquals(3, run(analyzer, text, noInline).findings().size());
    }

    @Test
    void detectsByTheDocumentsOwnPathEvenWhenGlobsSeeARelativeOne() {
        Analyzer analyzer = analyzer(List.of(new WordRule(BAD, "bad")));
        // with a config in repo/docker/, the relative path no longer names the file Dockerfile-ish
        AnalysisResult byUri = analyzer.analyze(TextDocument.of("file:///repo/docker/Dockerfile", "bad"),
                "build-input", Config.DEFAULT, Cancellation.NONE);
        assertEquals(1, byUri.findings().size());
        AnalysisResult untitled = analyzer.analyze(TextDocument.of("untitled:Untitled-1", "bad"),
                "Dockerfile", Config.DEFAULT, Cancellation.NONE);
        assertEquals(1, untitled.findings().size());
    }

    @Test
    void crossFileRulesSeeTheWorkspaceOnlyOnceItsIndexIsComplete() {
        Rule<String> needsLockfile = new Rule<>() {
            @Override
            public RuleMeta meta() {
                return UGLY;
            }

            @Override
            public void check(RuleContext<String> context) {
                context.workspace()
                        .filter(ws -> !ws.index().exists(ws.resolveFromSelf("package-lock.json")))
                        .ifPresent(ws -> context.report(Range.of(0, 0, 0, 0), "no lockfile next to " + ws.selfPath()));
            }
        };
        Analyzer analyzer = analyzer(List.of(needsLockfile));
        dev.plumbline.workspace.WorkspaceIndex index = new dev.plumbline.workspace.WorkspaceIndex(java.nio.file.Path.of("/w"));
        index.put("app/Dockerfile", Map.of());
        dev.plumbline.workspace.WorkspaceView view = new dev.plumbline.workspace.WorkspaceView(index, "app/Dockerfile");
        TextDocument doc = TextDocument.of("file:///w/app/Dockerfile", "x");

        assertEquals(0, analyzer.analyze(doc, "app/Dockerfile", Config.DEFAULT, view, Cancellation.NONE).findings().size(),
                "while the first scan runs, a cross-file rule stays quiet");
        index.markComplete();
        assertEquals(List.of("no lockfile next to app/Dockerfile"), analyzer.analyze(doc, "app/Dockerfile",
                Config.DEFAULT, view, Cancellation.NONE).findings().stream().map(Finding::message).toList());
        index.put("app/package-lock.json", Map.of());
        assertEquals(0, analyzer.analyze(doc, "app/Dockerfile", Config.DEFAULT, view, Cancellation.NONE).findings().size());
    }

    @Test
    void reportsBinaryContentInsteadOfParsingIt() {
        Analyzer analyzer = analyzer(List.of(new WordRule(BAD, "bad")));
        AnalysisResult result = run(analyzer, "bad\0\0\0", Config.DEFAULT);
        assertEquals(List.of("plumbline/unsupported-content"), result.findings().stream().map(Finding::ruleId).toList());
        assertEquals(0, language.parses.get());
        assertEquals(Range.of(0, 0, 0, 0), result.findings().get(0).range());
    }

    @Test
    void skipsIgnoredPathsAndFilesOfNoKnownKind() {
        Analyzer analyzer = analyzer(List.of(new WordRule(BAD, "bad")));
        Config ignoring = new Config(Map.of(), List.of("vendor/**"), null, null, Map.of());
        AnalysisResult ignored = analyzer.analyze(TextDocument.of("file:///w/vendor/x/Dockerfile", "bad"),
                "vendor/x/Dockerfile", ignoring, Cancellation.NONE);
        assertTrue(ignored.ignored());
        assertTrue(ignored.findings().isEmpty());
        AnalysisResult other = analyzer.analyze(TextDocument.of("file:///w/notes.txt", "bad"), "notes.txt",
                Config.DEFAULT, Cancellation.NONE);
        assertFalse(other.language().isPresent());
        assertTrue(other.findings().isEmpty());
    }
}
