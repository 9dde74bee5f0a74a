package dev.plumbline.rules.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumbline.engine.Finding;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CapabilitiesNotDroppedRuleTest {

    private static final String POD = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n";
    private static final String FIX = CapabilitiesNotDroppedRule.FIX_TITLE;

    private final RuleTester<KubernetesFile> tester =
            RuleTester.of(new CapabilitiesNotDroppedRule(), new KubernetesLanguage(), "deploy.yaml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("on the drop key, the capabilities key, or the container", POD + """
                          initContainers:
                            - «name: init»
                          containers:
                            - name: a
                              securityContext:
                                capabilities:
                                  «drop»: [NET_RAW]
                            - name: b
                              securityContext:
                                «capabilities»:
                                  add: [NET_BIND_SERVICE]
                            - «name: c»
                              securityContext:
                                runAsNonRoot: true
                          ephemeralContainers:
                            - name: debug
                        """),
                RuleCase.passes("ALL in any spelling", POD + """
                          containers:
                            - name: a
                              securityContext: {capabilities: {drop: [ALL]}}
                            - name: b
                              securityContext:
                                capabilities:
                                  drop:
                                    - NET_RAW
                                    - "all"
                            - name: c
                              securityContext: {capabilities: {drop: [CAP_ALL]}}
                        """),
                RuleCase.passes("Windows pods", POD + """
                          nodeSelector: {kubernetes.io/os: windows}
                          containers:
                            - name: a
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void theNetRawCaseCarriesKubeLintersId() {
        Finding keeps = tester.onlyFinding(POD + "  containers:\n    - name: web\n");
        assertEquals("Container \"web\" does not drop ALL capabilities, so it keeps NET_RAW (raw sockets: spoofed packets"
                + " on the pod network); drop ALL and add back what it needs", keeps.message());
        assertEquals(List.of(CapabilitiesNotDroppedRule.KL, CapabilitiesNotDroppedRule.POL), keeps.peers());
        Finding drops = tester.onlyFinding(POD + "  containers:\n    - name: web\n      securityContext:"
                + " {capabilities: {drop: [NET_RAW]}}\n");
        assertEquals(List.of(CapabilitiesNotDroppedRule.POL), drops.peers());
    }

    @Nested
    class QuickFix {

        @Test
        void insertsCapabilitiesIntoANewSecurityContext() {
            tester.assertFix(POD + "  containers:\n    - name: web\n      image: nginx:1.27\n", FIX,
                    POD + "  containers:\n    - name: web\n      image: nginx:1.27\n      securityContext:\n"
                            + "        capabilities:\n          drop: [\"ALL\"]\n");
        }

        @Test
        void addsAllToABlockDropList() {
            tester.assertFix(POD + """
                      containers:
                        - name: web
                          securityContext:
                            capabilities:
                              drop:
                                - NET_RAW   # spoofing
                              add: [NET_BIND_SERVICE]
                    """, FIX, POD + """
                      containers:
                        - name: web
                          securityContext:
                            capabilities:
                              drop:
                                - NET_RAW   # spoofing
                                - ALL
                              add: [NET_BIND_SERVICE]
                    """);
        }

        @Test
        void fillsANullCapabilitiesOrDrop() {
            tester.assertFix(POD + "  containers:\n    - name: web\n      securityContext:\n        capabilities:\n", FIX,
                    POD + "  containers:\n    - name: web\n      securityContext:\n        capabilities:\n"
                            + "          drop: [\"ALL\"]\n");
            tester.assertFix(POD + "  containers:\n    - name: web\n      securityContext:\n        capabilities:\n"
                            + "          drop:\n", FIX,
                    POD + "  containers:\n    - name: web\n      securityContext:\n        capabilities:\n"
                            + "          drop: [\"ALL\"]\n");
        }

        @Test
        void quotesLikeTheExistingItems() {
            tester.assertFix(POD + "  containers:\n    - name: web\n      securityContext: {capabilities: {drop: [\"NET_RAW\"]}}\n",
                    FIX, POD + "  containers:\n    - name: web\n      securityContext: {capabilities: {drop: [\"NET_RAW\","
                            + " \"ALL\"]}}\n");
        }
    }
}
