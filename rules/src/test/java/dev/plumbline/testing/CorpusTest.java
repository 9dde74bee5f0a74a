package dev.plumbline.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumbline.config.ConfigResolver;
import dev.plumbline.config.ResolvedConfig;
import dev.plumbline.engine.AnalysisResult;
import dev.plumbline.engine.Analyzer;
import dev.plumbline.engine.Cancellation;
import dev.plumbline.engine.EngineRules;
import dev.plumbline.engine.Finding;
import dev.plumbline.engine.Language;
import dev.plumbline.rules.BuiltinRules;
import dev.plumbline.text.TextDocument;
import dev.plumbline.workspace.WorkspaceScanner;
import dev.plumbline.workspace.Workspaces;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file of the real-world corpus, laid out as its repository had it, analysed with all built-in
 * rules and the configuration that applies to it. Fails on any exception, any
 * {@code plumbline/internal-error} finding, and any file that takes more than a second. Writes
 * {@code rules/target/corpus-summary.txt} (findings and files per rule, files per kind, slowest
 * files, every finding) for false-positive review. Skipped, with the reason, when the corpus is absent.
 */
class CorpusTest {

    private static final long LIMIT_MS = 1000;
    private static final int SLOWEST = 20;

    @TempDir
    static Path workspaceDir;

    private static CorpusWorkspace corpus;
    /** Each repository is a workspace, as an editor would open it, so cross-file rules run. */
    private static Workspaces workspaces;

    /** One analysed file. */
    private record Outcome(CorpusWorkspace.Entry entry, String kind, List<Finding> findings, long millis) {
    }

    @BeforeAll
    static void layOut() {
        corpus = CorpusWorkspace.layOutOrSkip(workspaceDir);
        List<Path> repositories = corpus.entries().stream()
                .map(e -> corpus.root().resolve(e.repo().split("/")[0]).resolve(e.repo().split("/")[1]))
                .distinct().toList();
        workspaces = new Workspaces(new WorkspaceScanner(BuiltinRules.registry().factsExtractors()), repositories,
                List.of());
        corpus.entries().forEach(e -> workspaces.viewFor(e.file())); // scan before timing anything
    }

    @Test
    void analysesEveryFileWithoutFailureWithinASecond() throws IOException {
        List<String> logged = Collections.synchronizedList(new ArrayList<>());
        Analyzer analyzer = new Analyzer(BuiltinRules.registry(), logged::add);
        ConfigResolver configs = BuiltinRules.configResolver();
        List<String> failures = new ArrayList<>();
        List<Outcome> outcomes = new ArrayList<>();

        for (CorpusWorkspace.Entry entry : corpus.entries()) {
            try {
                Outcome outcome = analyse(entry, analyzer, configs);
                if (outcome.millis() > LIMIT_MS) {
                    // measure once more, so a JIT warm-up or GC pause is not taken for a slow rule
                    outcome = analyse(entry, analyzer, configs);
                }
                if (outcome.millis() > LIMIT_MS) {
                    failures.add(entry.name() + ": took " + outcome.millis() + " ms (limit " + LIMIT_MS + " ms)");
                }
                outcome.findings().stream()
                        .filter(f -> f.ruleId().equals(EngineRules.INTERNAL_ERROR.id()))
                        .forEach(f -> failures.add(entry.name() + ":" + f.range().start() + ": " + f.message()));
                outcomes.add(outcome);
            } catch (RuntimeException | StackOverflowError e) {
                failures.add(entry.name() + ": threw " + e);
            }
        }

        Path summary = RepositoryPaths.rulesTarget().resolve("corpus-summary.txt");
        Files.createDirectories(summary.getParent());
        Files.writeString(summary, summary(outcomes), StandardCharsets.UTF_8);
        System.out.println("Corpus summary (" + outcomes.size() + " files): " + summary);

        failures.addAll(logged);
        assertEquals(List.of(), failures, "corpus files that broke the engine");
    }

    private static Outcome analyse(CorpusWorkspace.Entry entry, Analyzer analyzer, ConfigResolver configs) {
        String text = read(entry.file());
        long start = System.nanoTime();
        ResolvedConfig resolved = configs.resolve(entry.file(), corpus.root());
        TextDocument document = TextDocument.of(entry.file().toUri().toString(), "", 0, text);
        AnalysisResult result = analyzer.analyze(document, resolved.analysisPath(entry.file()), resolved.config(),
                workspaces.viewFor(entry.file()).orElse(null), Cancellation.NONE);
        long millis = (System.nanoTime() - start) / 1_000_000;
        String kind = result.ignored() ? "(ignored)" : result.language().map(Language::domain).orElse("(not ours)");
        return new Outcome(entry, kind, result.findings(), millis);
    }

    /** As the CLI reads files: UTF-8, BOM dropped, invalid bytes replaced. */
    private static String read(Path file) {
        try {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String summary(List<Outcome> outcomes) {
        StringBuilder out = new StringBuilder();
        out.append("Plumbline corpus summary\n");
        out.append("corpus: ").append(corpus.corpus()).append(" (").append(outcomes.size()).append(" files analysed)\n");
        out.append("rules: ").append(BuiltinRules.registry().metas().size()).append(" ids in the registry\n\n");

        out.append("Files per detected kind, by corpus category\n");
        Map<String, Map<String, Integer>> byCategory = new TreeMap<>();
        Set<String> kinds = new TreeSet<>();
        for (Outcome o : outcomes) {
            byCategory.computeIfAbsent(o.entry().category(), c -> new TreeMap<>()).merge(o.kind(), 1, Integer::sum);
            kinds.add(o.kind());
        }
        out.append(String.format("  %-16s", "category"));
        kinds.forEach(k -> out.append(String.format(" %11s", k)));
        out.append('\n');
        byCategory.forEach((category, counts) -> {
            out.append(String.format("  %-16s", category));
            kinds.forEach(k -> out.append(String.format(" %11d", counts.getOrDefault(k, 0))));
            out.append('\n');
        });

        out.append("\nFiles not detected as their corpus category (detection review)\n");
        Map<String, String> expectedKind = Map.of("dockerfile", "dockerfile", "kubernetes", "k8s", "github-actions", "gha");
        outcomes.stream()
                .filter(o -> !o.kind().equals(expectedKind.get(o.entry().category())))
                .sorted(Comparator.comparing((Outcome o) -> o.entry().category()).thenComparing(o -> o.entry().name()))
                .forEach(o -> out.append(String.format("  %-14s -> %-10s %s%s%n", o.entry().category(), o.kind(),
                        o.entry().name(), o.entry().tags().isEmpty() ? "" : "  " + new TreeSet<>(o.entry().tags()))));

        Map<String, List<String>> byRule = new TreeMap<>();
        Map<String, Set<String>> filesByRule = new TreeMap<>();
        for (Outcome o : outcomes) {
            for (Finding f : o.findings()) {
                byRule.computeIfAbsent(f.ruleId(), r -> new ArrayList<>()).add(o.entry().name() + ":" + f.range().start()
                        + " " + f.severity().jsonName() + " " + f.message().replaceAll("\\R", " "));
                filesByRule.computeIfAbsent(f.ruleId(), r -> new TreeSet<>()).add(o.entry().name());
            }
        }
        out.append("\nFindings per rule\n");
        out.append(String.format("  %-44s %9s %7s%n", "rule", "findings", "files"));
        byRule.forEach((rule, findings) -> out.append(String.format("  %-44s %9d %7d%n", rule, findings.size(),
                filesByRule.get(rule).size())));
        if (byRule.isEmpty()) {
            out.append("  (no findings)\n");
        }

        out.append("\nSlowest files\n");
        outcomes.stream()
                .sorted(Comparator.comparingLong(Outcome::millis).reversed().thenComparing(o -> o.entry().name()))
                .limit(SLOWEST)
                .forEach(o -> out.append(String.format("  %6d ms  %-10s %s%n", o.millis(), o.kind(), o.entry().name())));

        out.append("\nEvery finding, by rule (owner/repo/path:line:column severity message)\n");
        byRule.forEach((rule, findings) -> {
            out.append("\n## ").append(rule).append(" (").append(findings.size()).append(" in ")
                    .append(filesByRule.get(rule).size()).append(" files)\n");
            findings.forEach(f -> out.append("  ").append(f).append('\n'));
        });
        return out.toString();
    }
}
