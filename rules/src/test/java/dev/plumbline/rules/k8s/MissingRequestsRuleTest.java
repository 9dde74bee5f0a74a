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

class MissingRequestsRuleTest {

    private static final String POD = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n";

    private final RuleTester<KubernetesFile> tester =
            RuleTester.of(new MissingRequestsRule(), new KubernetesLanguage(), "deploy.yaml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("on the requests key, else the resources key", POD + """
                          initContainers:
                            - name: init
                              resources:
                                «requests»: {memory: 64Mi}
                          containers:
                            - name: a
                              resources:
                                «requests»:
                                  cpu: 100m
                            - name: b
                              «resources»:
                                limits: {cpu: "1"}
                          ephemeralContainers:
                            - name: debug
                        """),
                RuleCase.passes("requests, or limits the requests default to", POD + """
                          containers:
                            - name: a
                              resources:
                                requests: {cpu: 100m, memory: 128Mi}
                            - name: b
                              resources:
                                limits: {cpu: 500m, memory: 256Mi}
                            - name: c
                              resources: &r
                                requests: {cpu: 1, memory: 1Gi}
                            - name: d
                              resources: *r
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void eachResourceHasItsFindingAndPeerIds() {
        List<Finding> findings = tester.findings(POD + "  containers:\n    - name: web\n");
        assertEquals(List.of("7:7-7:16", "7:7-7:16"), findings.stream().map(f -> f.range().toString()).toList(),
                "both on the container's name entry");
        assertEquals(List.of("Container \"web\" has no CPU request, so the scheduler places it as if it needed no CPU and"
                        + " it gets the smallest share under contention", "Container \"web\" has no memory request, so the"
                        + " scheduler can place it on a node without room for it and it is among the first evicted"),
                findings.stream().map(Finding::message).toList());
        assertEquals(List.of(List.of(MissingRequestsRule.KL_CPU, MissingRequestsRule.KS, MissingRequestsRule.POL_CPU),
                List.of(MissingRequestsRule.KS, MissingRequestsRule.POL_MEMORY)),
                findings.stream().map(Finding::peers).toList());
    }

    @Nested
    class QuickFix {

        @Test
        void insertsAResourcesBlock() {
            tester.assertFix(POD + """
                      containers:
                        - name: web
                          image: nginx:1.27
                          resources:
                            requests:
                              memory: 128Mi
                    """, MissingRequestsRule.CPU_FIX_TITLE, POD + """
                      containers:
                        - name: web
                          image: nginx:1.27
                          resources:
                            requests:
                              memory: 128Mi
                              cpu: 100m
                    """);
            tester.assertFix(POD + """
                      containers:
                      - name: web
                        resources:
                          requests: {cpu: 250m}
                    """, MissingRequestsRule.MEMORY_FIX_TITLE, POD + """
                      containers:
                      - name: web
                        resources:
                          requests: {cpu: 250m, memory: 128Mi}
                    """);
        }

        @Test
        void fillsAnEmptyResourcesKey() {
            tester.assertFix(POD + "  containers:\n    - name: web\n      «resources»: # tune\n      image: nginx:1.27\n",
                    MissingRequestsRule.CPU_FIX_TITLE,
                    POD + "  containers:\n    - name: web\n      resources: # tune\n        requests:\n"
                            + "          cpu: 100m\n      image: nginx:1.27\n");
        }
    }
}
