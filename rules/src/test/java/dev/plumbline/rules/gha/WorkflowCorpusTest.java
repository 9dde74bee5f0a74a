package dev.plumbline.rules.gha;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumbline.config.Config;
import dev.plumbline.engine.AnalysisResult;
import dev.plumbline.engine.Analyzer;
import dev.plumbline.engine.Cancellation;
import dev.plumbline.engine.EngineRules;
import dev.plumbline.engine.Finding;
import dev.plumbline.rules.BuiltinRules;
import dev.plumbline.syntax.gha.RunScript;
import dev.plumbline.syntax.gha.Step;
import dev.plumbline.syntax.gha.UsesRef;
import dev.plumbline.syntax.gha.WorkflowFile;
import dev.plumbline.syntax.shell.Command;
import dev.plumbline.syntax.shell.MappedText;
import dev.plumbline.syntax.shell.Word;
import dev.plumbline.testing.CorpusWorkspace;
import dev.plumbline.testing.RepositoryPaths;
import dev.plumbline.text.TextDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file of the corpus' github-actions category, analysed as a workflow (or as action metadata
 * when it is named {@code action.yml}) wherever it lived in its repository, so starter templates and
 * test data count too. Fails on any exception or internal error, and on a run-script word whose range
 * is not its text in the file. Writes {@code rules/target/gha-corpus-findings.txt} for review.
 */
class WorkflowCorpusTest {

    @TempDir
    static Path workspace;

    @Test
    void everyWorkflowAndActionIsModelledAndAnalysedWithoutFailure() throws IOException {
        CorpusWorkspace corpus = CorpusWorkspace.layOutOrSkip(workspace);
        List<String> failures = new ArrayList<>();
        Analyzer analyzer = new Analyzer(BuiltinRules.registry(), failures::add);
        Map<String, List<String>> byRule = new TreeMap<>();
        int files = 0;
        int scripts = 0;
        int inexact = 0;
        for (CorpusWorkspace.Entry entry : corpus.category("github-actions")) {
            files++;
            String text = Files.readString(entry.file(), StandardCharsets.UTF_8);
            boolean action = WorkflowFile.kindOf(entry.path()) == WorkflowFile.Kind.ACTION;
            String path = action ? "action.yml" : ".github/workflows/" + entry.file().getFileName();
            TextDocument document = TextDocument.of("file:///corpus/" + entry.name().replace(".github/workflows/", "")
                    + (action ? "" : "/" + path), "", 0, text);
            try {
                WorkflowFile model = new WorkflowLanguage().parse(document, Cancellation.NONE);
                for (Step step : model.steps()) {
                    if (step.run().isPresent()) {
                        scripts++;
                        RunScript run = step.run().get();
                        if (!run.exact()) {
                            inexact++;
                        } else {
                            checkCharacters(document, run, entry.name(), failures);
                            checkWords(document, run, entry.name(), failures);
                        }
                    }
                }
                model.uses().forEach(UsesRef::refRange);
                AnalysisResult result = analyzer.analyze(document, path, Config.DEFAULT, Cancellation.NONE);
                for (Finding f : result.findings()) {
                    if (f.ruleId().equals(EngineRules.INTERNAL_ERROR.id())) {
                        failures.add(entry.name() + ": " + f.message());
                    }
                    byRule.computeIfAbsent(f.ruleId(), k -> new ArrayList<>()).add(entry.name() + ":" + f.range() + " "
                            + document.textOf(f.range()).replace("\n", "\\n") + " | " + f.message());
                }
            } catch (RuntimeException | StackOverflowError e) {
                failures.add(entry.name() + ": threw " + e);
            }
        }
        StringBuilder out = new StringBuilder("GitHub Actions corpus: " + files + " files, " + scripts
                + " run scripts (" + inexact + " without exact positions)\n");
        byRule.forEach((rule, list) -> out.append("  ").append(rule).append(": ").append(list.size()).append('\n'));
        byRule.forEach((rule, list) -> {
            out.append("\n## ").append(rule).append('\n');
            list.forEach(line -> out.append("  ").append(line).append('\n'));
        });
        Path report = RepositoryPaths.rulesTarget().resolve("gha-corpus-findings.txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, out.toString(), StandardCharsets.UTF_8);
        System.out.println(out.substring(0, out.indexOf("\n## ") < 0 ? out.length() : out.indexOf("\n## "))
                + "(every finding: " + report + ")");
        assertEquals(List.of(), failures);
    }

    /** Each script character mapped to one file character is that character (or a line break it stands for). */
    private static void checkCharacters(TextDocument document, RunScript run, String name, List<String> failures) {
        MappedText text = run.text();
        String file = document.text();
        for (int i = 0; i < text.length(); i++) {
            int start = text.startOffset(i);
            if (text.endOffset(i + 1) - start != 1) {
                continue;
            }
            char written = file.charAt(start);
            char c = text.charAt(i);
            boolean lineBreak = (c == ' ' || c == '\n') && (written == '\n' || written == '\r');
            if (written != c && !lineBreak) {
                failures.add(name + ": script character " + i + " '" + c + "' maps to '" + written + "' at "
                        + document.positionAt(start));
                return;
            }
        }
    }

    /** Each word of a plain (unquoted, unescaped) shell word must be exactly its text in the file. */
    private static void checkWords(TextDocument document, RunScript run, String name, List<String> failures) {
        for (Command command : run.commands()) {
            for (Word word : command.words()) {
                String written = document.textOf(word.range());
                if (word.value().matches("[A-Za-z0-9_./:=+,-]+") && word.text().equals(word.value())
                        && !written.equals(word.value()) && !written.contains("\n")) {
                    failures.add(name + ":" + word.range() + " word '" + word.value() + "' maps to '" + written + "'");
                }
            }
        }
    }
}
