package dev.plumbline.rules.k8s;

import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import org.junit.jupiter.api.Test;

class HostPidRuleTest {

    private final RuleTester<KubernetesFile> tester =
            RuleTester.of(new HostPidRule(), new KubernetesLanguage(), "deploy.yaml");

    @Test
    void flagsAndRemovesHostPid() {
        tester.verify(RuleCase.flags("hostPID", HostNetworkRuleTest.POD + "  hostPID: «on»\n  hostIPC: true\n"));
        tester.verify(RuleCase.passes("hostPID false", HostNetworkRuleTest.POD + "  hostPID: false\n"));
        tester.assertMessage(HostNetworkRuleTest.POD + "  hostPID: true\n  containers: [{name: a}]\n", "Pod/p shares the"
                + " node's process namespace (hostPID: true), so its containers see every process on the node and, as"
                + " root, can signal or trace them");
        tester.assertFix(HostNetworkRuleTest.POD + "  hostPID: true\n  containers: [{name: a}]\n", "Remove hostPID",
                HostNetworkRuleTest.POD + "  containers: [{name: a}]\n");
    }
}
