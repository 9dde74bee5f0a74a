package dev.plumbline.rules.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class UnsafeSysctlsRuleTest {

    private static final String POD = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers: [{name: a}]\n";

    private final RuleTester<KubernetesFile> tester =
            RuleTester.of(new UnsafeSysctlsRule(), new KubernetesLanguage(), "deploy.yaml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("names outside the safe set, slashed ones too", POD + """
                          securityContext:
                            sysctls:
                              - name: «net.core.somaxconn»
                                value: "1024"
                              - name: kernel.shm_rmid_forced
                                value: "1"
                              - {name: «kernel.msgmax», value: "65536"}
                              - {name: «net/ipv4/ip_forward», value: "1"}
                              - {name: net/ipv4/tcp_syncookies, value: "1"}
                        """),
                RuleCase.passes("the safe set", POD + """
                          securityContext:
                            sysctls:
                              - {name: net.ipv4.ip_local_port_range, value: "1024 65000"}
                              - {name: net.ipv4.ip_unprivileged_port_start, value: "0"}
                              - {name: net.ipv4.ping_group_range, value: "0 2147483647"}
                              - {name: net.ipv4.tcp_keepalive_time, value: "600"}
                              - {name: net.ipv4.tcp_rmem, value: "4096 87380 6291456"}
                              - {name: "", value: x}
                              - just-text
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messageAndSlashedNames() {
        tester.assertMessage(POD + "  securityContext: {sysctls: [{name: vm.max_map_count, value: \"262144\"}]}\n",
                "Sysctl \"vm.max_map_count\" is not in the kubelet's safe set; the kubelet refuses the pod unless it is"
                        + " started with --allowed-unsafe-sysctls for it");
        assertEquals("net.ipv4.conf.eth0/100.rp_filter", UnsafeSysctlsRule.dotted("net/ipv4/conf/eth0.100/rp_filter"));
        assertEquals("kernel.shm_rmid_forced", UnsafeSysctlsRule.dotted(" kernel.shm_rmid_forced "));
    }
}
