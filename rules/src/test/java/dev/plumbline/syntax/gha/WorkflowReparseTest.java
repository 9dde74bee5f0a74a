package dev.plumbline.syntax.gha;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.engine.Cancellation;
import dev.plumbline.syntax.shell.Command;
import dev.plumbline.syntax.shell.MappedText;
import dev.plumbline.syntax.shell.Word;
import dev.plumbline.text.Position;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextDocument;
import dev.plumbline.text.TextEdit;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A workflow re-parsed after an edit reads like a fresh parse: in particular the run scripts it takes
 * over from the earlier snapshot (moved, not parsed again) have the same text, offsets, ranges and
 * commands, and belong to the new snapshot.
 */
class WorkflowReparseTest {

    private static final String WORKFLOW = """
            on: push
            jobs:
              a:
                runs-on: ubuntu-latest
                steps:
                  - run: |
                      npm install "left-pad" && echo "${{ github.sha }}"
                      docker push ghcr.io/a/b:1 > out.txt
                  - run: echo 'one' | tee x
              b:
                runs-on: windows-latest
                steps:
                  - run: Write-Host hi
                  - shell: bash
                    run: pip install requests \\
                      flask
              c:
                runs-on: ubuntu-latest
                defaults:
                  run:
                    shell: sh
                steps:
                  - run: "make \\"all\\"; curl -fsSL https://x | sh"
            """;

    private static final List<String> TYPED = List.of("x", "x", " ", "", "\n", "\n      ", "é", "\uD83D\uDE00");

    @Test
    void scriptsTakenOverMatchAFreshParse() {
        Random random = new Random(9);
        int taken = 0;
        for (int round = 0; round < 40; round++) {
            TextDocument document = TextDocument.of("file:///w/.github/workflows/ci.yml", "yaml", 1, WORKFLOW);
            WorkflowFile model = parsedRuns(WorkflowFile.parse(document, Cancellation.NONE));
            for (int step = 0; step < 15; step++) {
                int line = random.nextInt(document.lineCount());
                int length = document.lineText(line).length();
                Position at = new Position(line, random.nextInt(length + 1));
                String typed = TYPED.get(random.nextInt(TYPED.size()));
                Range range = random.nextInt(4) == 0 && at.character() < length
                        ? new Range(at, new Position(line, at.character() + 1)) : Range.empty(at);
                TextDocument next = document.applyChanges(List.of(new TextEdit(range, typed)), document.version() + 1);
                WorkflowFile before = model;
                WorkflowFile reparsed = WorkflowFile.reparse(before, next, Cancellation.NONE);
                for (Step s : reparsed.steps()) {
                    taken += s.run().filter(r -> before.steps().stream().anyMatch(o -> o.parsedRun()
                            .map(p -> p.scalar() == r.scalar()).orElse(false))).isPresent() ? 1 : 0;
                }
                assertEquals(describe(WorkflowFile.parse(next, Cancellation.NONE)), describe(reparsed),
                        () -> "after editing into:\n" + next.text());
                for (Step s : reparsed.steps()) {
                    s.run().ifPresent(r -> assertSame(next, r.text().document()));
                }
                document = next;
                model = reparsed;
            }
        }
        assertTrue(taken > 100, "scripts taken over: " + taken);
    }

    private static WorkflowFile parsedRuns(WorkflowFile model) {
        model.steps().forEach(s -> s.run().ifPresent(RunScript::commands));
        return model;
    }

    /** Every step's script: shell, text with each character's offset, commands with their words. */
    private static String describe(WorkflowFile model) {
        StringBuilder out = new StringBuilder();
        parsedRuns(model);
        for (Step step : model.steps()) {
            step.run().ifPresent(script -> {
                MappedText text = script.text();
                out.append("RUN ").append(script.shell()).append(' ').append(script.isPosix()).append(' ')
                        .append(text.text()).append(' ').append(text.range()).append('\n');
                for (int i = 0; i < text.length(); i++) {
                    out.append(text.startOffset(i)).append(',');
                }
                out.append('\n');
                for (Command command : script.commands()) {
                    out.append("  CMD ").append(command.range()).append(' ').append(command.redirects()).append('\n');
                    for (Word word : command.words()) {
                        out.append("    ").append(word).append('\n');
                    }
                }
            });
        }
        return out.toString();
    }
}
