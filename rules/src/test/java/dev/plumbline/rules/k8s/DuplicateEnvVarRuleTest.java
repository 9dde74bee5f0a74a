package dev.plumbline.rules.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumbline.engine.Related;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import dev.plumbline.text.Range;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DuplicateEnvVarRuleTest {

    private static final String FIX = DuplicateEnvVarRule.FIX_TITLE;
    private static final String POD = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n"
            + "    - name: app\n";

    private final RuleTester<KubernetesFile> tester =
            RuleTester.of(new DuplicateEnvVarRule(), new KubernetesLanguage(), "pod.yaml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("every overridden entry, on its name", POD + """
                              env:
                                - name: «LOG_LEVEL»
                                  value: debug
                                - name: PORT
                                  value: "8080"
                                - {name: «LOG_LEVEL», value: info}
                                - name: LOG_LEVEL
                                  valueFrom:
                                    configMapKeyRef: {name: cfg, key: level}
                        """),
                RuleCase.flags("init containers and quoted names", """
                        apiVersion: batch/v1
                        kind: Job
                        spec:
                          template:
                            spec:
                              initContainers:
                                - name: init
                                  env: [{name: «"A"»}, {name: A}]
                        """),
                RuleCase.passes("distinct names per container; names differ in case", POD + """
                              env:
                                - {name: A, value: "1"}
                                - {name: a, value: "1"}
                            - name: other
                              env:
                                - {name: A, value: "2"}
                        """),
                RuleCase.passes("envFrom does not count; garbage shapes", POD + """
                              envFrom: [{configMapRef: {name: a}}, {configMapRef: {name: a}}]
                              env: [A, A, {value: x}, {value: x}]
                        """),
                RuleCase.passes("empty file", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        CaseSyntax.assertParses(c);
        tester.verify(c);
    }

    @Test
    void messageNamesTheVariableAndTheContainer() {
        tester.assertMessage(POD + "      env: [{name: A}, {name: A}]\n",
                "Env var \"A\" of Container \"app\" is set again further down, which wins; this entry has no effect");
    }

    @Nested
    class QuickFix {

        @Test
        void deletesTheEarlierBlockItemWithItsLines() {
            tester.assertFix(POD + """
                          env:
                            # log level
                            - name: LOG_LEVEL
                              value: debug # old
                            - name: PORT
                              value: "8080"
                            - name: LOG_LEVEL
                              value: info
                    """, FIX, POD + """
                          env:
                            # log level
                            - name: PORT
                              value: "8080"
                            - name: LOG_LEVEL
                              value: info
                    """);
        }

        @Test
        void deletesAFlowItemWithItsComma() {
            tester.assertFix(POD + "      env: [{name: A, value: x}, {name: B}, {name: A}]\n", FIX,
                    POD + "      env: [{name: B}, {name: A}]\n");
            tester.assertFix(POD + "      env: [{name: B}, {name: A, value: x}, {name: A}]\n", FIX,
                    POD + "      env: [{name: B}, {name: A}]\n");
        }

        @Test
        void keepsCrlfAndAFileWithoutFinalLineBreak() {
            tester.assertFix((POD + "      env:\n        - name: A\n        - name: A\n").replace("\n", "\r\n"), FIX,
                    (POD + "      env:\n        - name: A\n").replace("\n", "\r\n"));
            tester.assertFix(POD + "      env:\n        - name: A\n          value: x\n        - name: A", FIX,
                    POD + "      env:\n        - name: A");
        }

        @Test
        void noFixForAnEnvListSharedThroughAnAlias() {
            String source = """
                    apiVersion: v1
                    kind: Pod
                    spec:
                      initContainers:
                        - name: a
                          env: &env [{name: A}, {name: A}]
                      containers:
                        - name: b
                          env: *env
                    """;
            var findings = tester.findings(source);
            assertEquals(2, findings.size(), RuleTester.describe(findings));
            // both findings sit on the anchored list; only the container that writes it gets the fix
            assertEquals(List.of(0, 1), findings.stream().map(f -> f.fixes().size()).sorted().toList());
        }
    }

    @Test
    void pointsAtTheEntryThatWins() {
        assertEquals(List.of(Related.here(Range.of(7, 30, 7, 31), "the entry that wins")),
                tester.onlyFinding(POD + "      env: [{name: A}, {name: A}]\n").related());
    }
}
