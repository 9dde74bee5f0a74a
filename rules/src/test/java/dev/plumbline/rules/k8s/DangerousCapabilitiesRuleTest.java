package dev.plumbline.rules.k8s;

import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DangerousCapabilitiesRuleTest {

    private static final String POD = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n";

    private final RuleTester<KubernetesFile> tester =
            RuleTester.of(new DangerousCapabilitiesRule(), new KubernetesLanguage(), "deploy.yaml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("each dangerous item, in every container list and spelling", POD + """
                          initContainers:
                            - name: init
                              securityContext:
                                capabilities:
                                  add: [«ALL»]
                          containers:
                            - name: app
                              securityContext:
                                capabilities:
                                  add:
                                    - NET_BIND_SERVICE
                                    - «SYS_ADMIN»
                                    - «"CAP_SYS_PTRACE"»
                                    - «net_admin»
                          ephemeralContainers:
                            - name: debug
                              securityContext: {capabilities: {add: [«BPF», «PERFMON», «SYS_MODULE», «SYS_RAWIO»,
                                «SYS_BOOT», «DAC_READ_SEARCH»]}}
                        """),
                RuleCase.passes("harmless capabilities, drops and garbage", POD + """
                          containers:
                            - name: a
                              securityContext:
                                capabilities:
                                  drop: [ALL, SYS_ADMIN]
                                  add: [NET_BIND_SERVICE, CHOWN, {x: 1}, ~]
                            - name: b
                              securityContext: {capabilities: {add: SYS_ADMIN}}
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messageNamesTheCapabilityAsWritten() {
        tester.assertMessage(POD + "  containers:\n    - name: web\n      securityContext: {capabilities: {add: [CAP_SYS_ADMIN]}}\n",
                "Container \"web\" adds capability CAP_SYS_ADMIN, which allows mounts, namespaces and most of root's powers");
    }

    @Nested
    class QuickFix {

        @Test
        void removesABlockItemWithItsComment() {
            tester.assertFix(POD + """
                      containers:
                        - name: web
                          securityContext:
                            capabilities:
                              add:
                                - NET_BIND_SERVICE
                                - «SYS_ADMIN» # for mount
                              drop: [ALL]
                    """, "Remove capability SYS_ADMIN", POD + """
                      containers:
                        - name: web
                          securityContext:
                            capabilities:
                              add:
                                - NET_BIND_SERVICE
                              drop: [ALL]
                    """);
        }

        @Test
        void removesAFlowItemWithItsComma() {
            tester.assertFix(POD + "  containers:\n    - name: web\n      securityContext:\n"
                            + "        capabilities: {add: [«NET_ADMIN», CHOWN]}\n", "Remove capability NET_ADMIN",
                    POD + "  containers:\n    - name: web\n      securityContext:\n"
                            + "        capabilities: {add: [CHOWN]}\n");
            tester.assertFix(POD + "  containers:\n    - name: web\n      securityContext:\n"
                            + "        capabilities: {add: [CHOWN, «NET_ADMIN»]}\n", "Remove capability NET_ADMIN",
                    POD + "  containers:\n    - name: web\n      securityContext:\n"
                            + "        capabilities: {add: [CHOWN]}\n");
            tester.assertFix(POD + "  containers:\n    - name: web\n      securityContext:\n"
                            + "        capabilities: {add: [«ALL»]}\n", "Remove capability ALL",
                    POD + "  containers:\n    - name: web\n      securityContext:\n"
                            + "        capabilities: {add: []}\n");
        }

        @Test
        void theOnlyBlockItemGoesWithItsKey() {
            tester.assertFix(POD + """
                      containers:
                        - name: web
                          securityContext:
                            capabilities:
                              drop: [ALL]
                              add:
                                - SYS_ADMIN
                            runAsNonRoot: true
                    """, "Remove capability SYS_ADMIN", POD + """
                      containers:
                        - name: web
                          securityContext:
                            capabilities:
                              drop: [ALL]
                            runAsNonRoot: true
                    """);
            tester.assertFix(POD + """
                      containers:
                        - name: web
                          securityContext:
                            capabilities:
                              add:
                              - SYS_ADMIN
                            runAsNonRoot: true
                    """, "Remove capability SYS_ADMIN", POD + """
                      containers:
                        - name: web
                          securityContext:
                            runAsNonRoot: true
                    """);
        }
    }
}
