package dev.plumbline.syntax.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.engine.Cancellation;
import dev.plumbline.text.Position;
import dev.plumbline.text.Range;
import dev.plumbline.text.TextDocument;
import dev.plumbline.text.TextEdit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Re-parsing one mapping entry of a single-document file ({@link EntryReparser}) gives exactly what a
 * full parse gives: every node's kind, ranges, value, style, type, content mapping, expanded size and
 * internal end, the comments and problems, and {@code pathAt} answers. Random edits over real
 * workflows (the test workspaces and the shared corpus), applied as an editor does.
 */
class EntryReparseTest {

    private static final String WORKFLOW = """
            name: CI
            on:
              push:
                branches: [main]
              pull_request:
            permissions:
              contents: read
            jobs:
              build:
                runs-on: ubuntu-latest
                steps:
                  - uses: actions/checkout@v4 # pinned later
                  - name: Build
                    run: |
                      make build
                      echo "${{ github.sha }}"

              test:
                needs: build
                runs-on: ubuntu-latest
                env:
                  A: 1
                steps:
                  - run: npm test
            env:
              X: y
            """;

    private static final List<String> PIECES = List.of("x", "x", "x", "", " ", "  ", "\n", "\n", "\n    ", "#", "# c",
            ": ", "- ", "-", "'", "\"", "|", "{", "}", "[", "]", ",", "\t", "&a ", "*a", "\r\n", "\r", "---\n", "...",
            "  k: v\n", "      - run: echo hi\n", "\n  other:\n    runs-on: x\n", "\uD83D\uDE00", "%", "!tag ", "? ",
            "run: |\n", "        more\n", "${{ x }}", "<<: *a\n");

    private static final List<String> TYPED = List.of("x", "x", "e", " ", "", "\n", "\n        ", "-");

    @Test
    void anEditInsideAJobReparsesOnlyThatJob() {
        TextDocument before = TextDocument.of("file:///w/.github/workflows/ci.yml", "yaml", 1, WORKFLOW);
        YamlFile previous = YamlParser.parse(before, Cancellation.NONE);
        int at = WORKFLOW.indexOf("make build") + 4;
        TextDocument after = before.applyChanges(List.of(new TextEdit(Range.empty(before.positionAt(at)), "x")), 2);
        YamlFile next = YamlParser.reparse(after, previous, Cancellation.NONE);
        assertEquals(dump(YamlParser.parse(after.text())), dump(next));
        YamlMapping oldJobs = previous.documents().get(0).rootMapping().orElseThrow().getMapping("jobs").orElseThrow();
        YamlMapping newJobs = next.documents().get(0).rootMapping().orElseThrow().getMapping("jobs").orElseThrow();
        assertTrue(oldJobs.get("test").orElseThrow() == newJobs.get("test").orElseThrow(), "the other job is kept as it is");
        assertTrue(oldJobs.get("build").orElseThrow() != newJobs.get("build").orElseThrow());
    }

    @Test
    void aLineBreakMovesTheEntriesAfterIt() {
        TextDocument before = TextDocument.of("file:///w/.github/workflows/ci.yml", "yaml", 1, WORKFLOW);
        YamlFile previous = YamlParser.parse(before, Cancellation.NONE);
        int at = WORKFLOW.indexOf("make build") + 10;
        TextDocument after = before.applyChanges(List.of(new TextEdit(Range.empty(before.positionAt(at)),
                "\n          make test")), 2);
        assertTrue(EntryReparser.reparse(previous.documents().get(0), after.text(), after.lineIndex(),
                after.change().orElseThrow()).isPresent());
        assertEquals(dump(YamlParser.parse(after.text())), dump(YamlParser.reparse(after, previous, Cancellation.NONE)));
    }

    @Test
    void randomEditsOfTheSampleMatchAFullParse() {
        Random random = new Random(5);
        int spliced = 0;
        for (int round = 0; round < 60; round++) {
            spliced += editRandomly(WORKFLOW, random, 25);
        }
        assertTrue(spliced > 50, "entry re-parses exercised: " + spliced);
    }

    @Test
    void randomEditsOfRealWorkflowsMatchAFullParse() throws IOException {
        List<Path> files = workflows();
        assertTrue(files.size() >= 10, "workflows found: " + files.size());
        Random random = new Random(20261126);
        int spliced = 0;
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            try {
                spliced += editRandomly(text, random, 6);
            } catch (AssertionError e) {
                throw new AssertionError(file + ": " + e.getMessage(), e);
            }
        }
        assertTrue(spliced > files.size() / 2, "entry re-parses exercised: " + spliced);
    }

    /** Applies {@code steps} random edits one after the other; returns how many the entry re-parse took. */
    private static int editRandomly(String text, Random random, int steps) {
        TextDocument document = TextDocument.of("file:///w/.github/workflows/ci.yml", "yaml", 1, text);
        YamlFile model = YamlParser.parse(document, Cancellation.NONE);
        int spliced = 0;
        for (int step = 0; step < steps; step++) {
            String current = document.text();
            int start = random.nextInt(current.length() + 1);
            int end = Math.min(current.length(), start + (random.nextInt(4) == 0 ? random.nextInt(30) : 0));
            // mostly what typing does (a character, a space, a line break); now and then anything
            String insert = random.nextInt(3) > 0 ? TYPED.get(random.nextInt(TYPED.size()))
                    : PIECES.get(random.nextInt(PIECES.size()));
            if (random.nextInt(3) > 0) {
                end = start;
            }
            Range range = document.rangeOf(start, end);
            if (document.offsetAt(range.start()) != start || document.offsetAt(range.end()) != end) {
                continue; // inside a CR LF or a surrogate pair: no position says that
            }
            TextDocument next = document.applyChanges(List.of(new TextEdit(range, insert)), document.version() + 1);
            if (model.documents().size() == 1 && EntryReparser.reparse(model.documents().get(0), next.text(),
                    next.lineIndex(), next.change().orElseThrow()).isPresent()) {
                spliced++;
            }
            model = YamlParser.reparse(next, model, Cancellation.NONE);
            String expected = dump(YamlParser.parse(next.text()));
            String actual = dump(model);
            if (!expected.equals(actual)) {
                assertEquals(expected, actual, "after editing:\n" + current + "\ninto:\n" + next.text());
            }
            if (step % 4 == 0) {
                assertEquals(paths(YamlParser.parse(next.text()), next), paths(model, next),
                        () -> "after editing:\n" + current + "\ninto:\n" + next.text());
            }
            document = next;
        }
        return spliced;
    }

    /** Everything a full parse fixes about the tree, including what only the package sees. */
    static String dump(YamlFile file) {
        StringBuilder out = new StringBuilder(IncrementalYamlParseTest.dump(file));
        for (YamlDocument d : file.documents()) {
            out.append("TEXT ").append(d.text().length()).append(' ').append(d.lastLine()).append(' ')
                    .append(d.usesAnchors()).append('\n');
            d.root().ifPresent(root -> root.walk(node -> {
                BaseNode base = (BaseNode) node;
                out.append("  S ").append(base.expandedSize).append(' ').append(node.sourceText().length());
                if (node instanceof YamlScalar s) {
                    out.append(' ').append(s.source.position(s.contentEnd));
                    ScalarContent content = s.content();
                    if (content.exact() && !s.value().isEmpty()) {
                        out.append(' ').append(content.rangeOf(0, s.value().length()));
                    }
                }
                out.append('\n');
            }));
        }
        return out.toString();
    }

    /** {@code pathAt} for a spread of positions: the key/index steps and the node found. */
    private static String paths(YamlFile file, TextDocument document) {
        StringBuilder out = new StringBuilder();
        int lines = document.lineCount();
        for (int line = 0; line < lines; line += 1 + lines / 40) {
            int length = document.lineText(line).length();
            for (int column : new int[] {0, length / 3, length / 2, length}) {
                Position position = new Position(line, column);
                file.pathAt(position).ifPresent(path -> out.append(position).append(' ')
                        .append(path.node().range()).append(' ').append(path.steps().size()).append('\n'));
            }
        }
        return out.toString();
    }

    /** The workflows of the test workspaces and of the shared corpus. */
    static List<Path> workflows() throws IOException {
        List<Path> out = new ArrayList<>();
        Path workspaces = Path.of("").toAbsolutePath().resolveSibling("test-workspaces");
        for (Path root : List.of(workspaces, YamlCorpusTest.corpusDirectory().map(c -> c.resolve("github-actions"))
                .orElse(workspaces.resolve("none")))) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile)
                        .filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml"))
                        .filter(p -> p.toString().replace('\\', '/').contains("github"))
                        .sorted()
                        .forEach(out::add);
            }
        }
        return out;
    }
}
