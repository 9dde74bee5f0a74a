package dev.plumbline.rules.k8s;

import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PdbUnhealthyPodEvictionPolicyRuleTest {

    private static final String FIX = PdbUnhealthyPodEvictionPolicyRule.FIX_TITLE;
    private static final String PDB = "apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: web\n";

    private final RuleTester<KubernetesFile> tester =
            RuleTester.of(new PdbUnhealthyPodEvictionPolicyRule(), new KubernetesLanguage(), "pdb.yaml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("no policy", PDB + """
                        «spec»:
                          minAvailable: 1
                          selector: {matchLabels: {app: web}}
                        """),
                RuleCase.passes("no selector (a patch, or a budget that selects nothing)", PDB + """
                        spec:
                          minAvailable: 1
                        """),
                RuleCase.passes("either policy; no spec; other kinds", PDB + """
                        spec:
                          unhealthyPodEvictionPolicy: AlwaysAllow
                        ---
                        """ + PDB + """
                        spec: {unhealthyPodEvictionPolicy: IfHealthyBudget}
                        ---
                        """ + PDB + """
                        ---
                        apiVersion: example.com/v1
                        kind: PodDisruptionBudget
                        spec: {}
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
    void message() {
        tester.assertMessage(PDB + "spec: {selector: {}}\n", "PodDisruptionBudget does not set unhealthyPodEvictionPolicy, so running"
                + " but not-ready pods may be evicted only while the budget holds and a crash-looping pod can block"
                + " node drains; set AlwaysAllow");
    }

    @Nested
    class QuickFix {

        @Test
        void insertsThePolicy() {
            tester.assertFix(PDB + "spec:\n  minAvailable: 1\n  selector:\n    matchLabels:\n      app: web\n", FIX,
                    PDB + "spec:\n  minAvailable: 1\n  selector:\n    matchLabels:\n      app: web\n"
                            + "  unhealthyPodEvictionPolicy: AlwaysAllow\n");
            tester.assertFix(PDB + "spec: {selector: {}}\n", FIX,
                    PDB + "spec: {selector: {}, unhealthyPodEvictionPolicy: AlwaysAllow}\n");
        }
    }
}
