package dev.plumbline.rules.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** host-network; host-pid and host-ipc share its check ({@code HostNamespaces}). */
class HostNetworkRuleTest {

    static final String POD = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n";

    private final RuleTester<KubernetesFile> tester =
            RuleTester.of(new HostNetworkRule(), new KubernetesLanguage(), "deploy.yaml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("true and its YAML 1.1 spellings in any workload", POD + """
                          hostNetwork: «true»
                          containers: [{name: a}]
                        ---
                        apiVersion: apps/v1
                        kind: DaemonSet
                        metadata: {name: d}
                        spec:
                          template:
                            spec: {hostNetwork: «yes», containers: [{name: a}]}
                        """),
                RuleCase.passes("false, a quoted true, other kinds", POD + """
                          hostNetwork: false
                          containers: [{name: a}]
                        ---
                        """ + POD + """
                          hostNetwork: "true"
                        ---
                        apiVersion: example.com/v1
                        kind: Agent
                        spec:
                          hostNetwork: true
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messageNamesTheResource() {
        tester.assertMessage(POD + "  hostNetwork: true\n  containers: [{name: a}]\n", "Pod/p shares the node's network"
                + " namespace (hostNetwork: true), so its containers can bind the node's ports, reach services listening"
                + " on localhost and see its traffic");
    }

    @Test
    void theFixRemovesTheLine() {
        tester.assertFix(POD + "  hostNetwork: true # for the CNI\n  dnsPolicy: ClusterFirst\n  containers: [{name: a}]\n",
                "Remove hostNetwork", POD + "  dnsPolicy: ClusterFirst\n  containers: [{name: a}]\n");
        tester.assertFix(POD + "  containers: [{name: a}]\n  hostNetwork: true", "Remove hostNetwork",
                POD + "  containers: [{name: a}]");
        tester.assertFix("apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {hostNetwork: true, containers: [{name: a}]}\n",
                "Remove hostNetwork", "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: [{name: a}]}\n");
    }

    @Test
    void noFixForAWindowsHostProcessPod() {
        var finding = tester.onlyFinding(POD + """
                  hostNetwork: true
                  securityContext:
                    windowsOptions: {hostProcess: true}
                  containers: [{name: a}]
                """);
        assertEquals(List.of(), finding.fixes());
    }
}
