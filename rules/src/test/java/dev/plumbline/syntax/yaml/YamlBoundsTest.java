package dev.plumbline.syntax.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.plumbline.text.Range;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hostile sizes and shapes: bounded work, a problem instead of a hang or a StackOverflowError. */
class YamlBoundsTest {

    /** Generous hang guards, not performance assertions. */
    private static final Duration GUARD = Duration.ofSeconds(30);

    @Test
    void billionLaughsParsesQuicklyAndStaysBoundedWhenAliasesAreFollowed() {
        StringBuilder text = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char p = (char) (c - 1);
            text.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                text.append(i == 0 ? "" : ",").append('*').append(p);
            }
            text.append("]\n");
        }
        YamlFile file = assertTimeoutPreemptively(GUARD, () -> YamlParser.parse(text.toString()));
        List<YamlProblem> problems = file.problems();
        assertEquals(1, problems.size(), problems::toString);
        assertEquals(YamlProblem.Kind.ALIAS_LIMIT, problems.get(0).kind());
        YamlNode root = file.documents().get(0).root().orElseThrow();
        long written = root.descendants().size();
        long expanded = expandEverything(root);
        assertTrue(expanded <= written + YamlParser.MAX_ALIAS_EXPANSION, "expanded " + expanded);
        assertTrue(root.at("d", 0, 0, 0).isPresent(), "aliases within the budget still resolve");
    }

    /** Counts the nodes a consumer that follows every alias would visit. */
    private static long expandEverything(YamlNode root) {
        long count = 0;
        Deque<YamlNode> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            YamlNode node = todo.pop().resolve();
            count++;
            node.children().forEach(todo::push);
        }
        return count;
    }

    @Test
    void tenThousandNestedFlowSequencesStopAtTheDepthLimit() {
        String text = "[".repeat(10_000) + "]".repeat(10_000) + "\n---\nnext: ok\n";
        YamlFile file = assertTimeoutPreemptively(GUARD, () -> YamlParser.parse(text));
        YamlProblem problem = file.problems().get(0);
        assertEquals(YamlProblem.Kind.DEPTH_LIMIT, problem.kind());
        assertEquals(Range.of(0, YamlParser.MAX_DEPTH, 0, YamlParser.MAX_DEPTH + 1), problem.range());
        assertEquals("ok", file.documents().get(1).rootMapping().orElseThrow().getText("next").orElseThrow());
        // the kept tree is MAX_DEPTH deep; walking it is iterative and fine
        assertEquals(YamlParser.MAX_DEPTH, file.documents().get(0).root().orElseThrow().descendants().size());
    }

    @Test
    void tenThousandNestedBlockSequencesStopAtTheDepthLimit() {
        String text = "- ".repeat(10_000) + "x\n";
        YamlFile file = assertTimeoutPreemptively(GUARD, () -> YamlParser.parse(text));
        assertEquals(YamlProblem.Kind.DEPTH_LIMIT, file.problems().get(0).kind());
    }

    @Test
    void deeplyIndentedMappingsStopAtTheDepthLimit() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            text.append(" ".repeat(i)).append("k").append(i).append(":\n");
        }
        YamlFile file = assertTimeoutPreemptively(GUARD, () -> YamlParser.parse(text.toString()));
        assertEquals(YamlProblem.Kind.DEPTH_LIMIT, file.problems().get(0).kind());
        assertEquals(YamlParser.MAX_DEPTH, file.problems().get(0).range().start().line());
    }

    @Test
    void fiveMegabyteFileParses() {
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (text.length() < 5 * 1024 * 1024) {
            text.append("""
                    ---
                    apiVersion: apps/v1
                    kind: Deployment
                    metadata:
                      name: web-%d
                      labels: {app: web, tier: "front"}
                    spec:
                      template:
                        spec:
                          containers:
                          - name: web
                            image: nginx:1.27 # pinned
                            args: ["--port", "8080"]
                            command:
                            - sh
                            - -c
                            - |
                              echo start
                              exec nginx
                    """.formatted(i++));
        }
        long start = System.nanoTime();
        YamlFile file = assertTimeoutPreemptively(GUARD, () -> YamlParser.parse(text.toString()));
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("5 MB, " + file.documents().size() + " documents parsed in " + millis + " ms");
        assertEquals(i, file.documents().size());
        assertEquals(List.of(), file.problems());
        assertEquals(i, file.comments().size());
    }

    @Test
    void oneHugeDocumentParses() {
        StringBuilder text = new StringBuilder("items:\n");
        for (int i = 0; text.length() < 2 * 1024 * 1024; i++) {
            text.append("- {name: n").append(i).append(", value: \"").append(i).append("\"}\n");
        }
        YamlFile file = assertTimeoutPreemptively(GUARD, () -> YamlParser.parse(text.toString()));
        assertEquals(List.of(), file.problems());
    }
}
