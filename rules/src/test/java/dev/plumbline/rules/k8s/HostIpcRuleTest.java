package dev.plumbline.rules.k8s;

import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import org.junit.jupiter.api.Test;

class HostIpcRuleTest {

    private final RuleTester<KubernetesFile> tester =
            RuleTester.of(new HostIpcRule(), new KubernetesLanguage(), "deploy.yaml");

    @Test
    void flagsAndRemovesHostIpc() {
        tester.verify(RuleCase.flags("hostIPC", HostNetworkRuleTest.POD + "  hostPID: true\n  hostIPC: «true»\n"));
        tester.verify(RuleCase.passes("hostIPC false", HostNetworkRuleTest.POD + "  hostIPC: false\n"));
        tester.assertFix(HostNetworkRuleTest.POD + "  containers: [{name: a}]\n  hostIPC: true\n  volumes: []\n",
                "Remove hostIPC", HostNetworkRuleTest.POD + "  containers: [{name: a}]\n  volumes: []\n");
    }
}
