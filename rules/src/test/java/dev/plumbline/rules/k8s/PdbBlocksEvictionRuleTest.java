package dev.plumbline.rules.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumbline.engine.PeerId;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PdbBlocksEvictionRuleTest {

    private static final String PDB = "apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: web\nspec:\n";

    private final RuleTester<KubernetesFile> tester =
            RuleTester.of(new PdbBlocksEvictionRule(), new KubernetesLanguage(), "pdb.yaml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("maxUnavailable 0 or 0%, minAvailable 100%", PDB + """
                          maxUnavailable: «0»
                        ---
                        """ + PDB + """
                          maxUnavailable: «"0%"»
                        ---
                        """ + PDB + """
                          minAvailable: «100%»
                        ---
                        apiVersion: policy/v1beta1
                        kind: PodDisruptionBudget
                        spec: {maxUnavailable: «"0"»}
                        """),
                RuleCase.passes("budgets that allow a disruption", PDB + """
                          maxUnavailable: 1
                        ---
                        """ + PDB + """
                          minAvailable: 2
                        ---
                        """ + PDB + """
                          minAvailable: 50%
                        ---
                        """ + PDB + """
                          maxUnavailable: 10%
                        """),
                RuleCase.passes("other kinds and garbage", """
                        apiVersion: example.com/v1
                        kind: PodDisruptionBudget
                        spec: {maxUnavailable: 0}
                        ---
                        """ + PDB + """
                          maxUnavailable: [0]
                          minAvailable:
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
    void messagesAndPeers() {
        var max = tester.onlyFinding(PDB + "  maxUnavailable: 0\n");
        assertEquals("PodDisruptionBudget sets maxUnavailable to 0, so no pod it selects can ever be evicted and node"
                + " drains and cluster upgrades hang", max.message());
        assertEquals(List.of(PeerId.of(PeerId.KUBE_LINTER, "pdb-max-unavailable"),
                PeerId.of(PeerId.POLARIS, "pdbDisruptionsIsZero")), max.peers());
        var min = tester.onlyFinding(PDB + "  minAvailable: 100%\n");
        assertEquals(List.of(PeerId.of(PeerId.KUBE_LINTER, "pdb-min-available"),
                PeerId.of(PeerId.POLARIS, "pdbDisruptionsIsZero")), min.peers());
    }
}
