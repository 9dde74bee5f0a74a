package dev.plumbline.rules.k8s;

import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MissingMemoryLimitRuleTest {

    private static final String POD = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n";

    private final RuleTester<KubernetesFile> tester =
            RuleTester.of(new MissingMemoryLimitRule(), new KubernetesLanguage(), "deploy.yaml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("on limits, resources or the container; not ephemeral containers", POD + """
                          initContainers:
                            - «name: init»
                          containers:
                            - name: a
                              resources:
                                «limits»: {cpu: 500m}
                            - name: b
                              «resources»:
                                requests: {memory: 128Mi}
                            - name: c
                              resources:
                                «limits»:
                                  memory:
                          ephemeralContainers:
                            - name: debug
                        """),
                RuleCase.passes("a memory limit", POD + """
                          containers:
                            - name: a
                              resources: {limits: {memory: 1Gi}}
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messageAndFixes() {
        tester.assertMessage(POD + "  containers: [{name: web}]\n", "Container \"web\" has no memory limit, so a leak in it"
                + " can use up the node's memory and get other pods killed");
        tester.assertFix(POD + """
                  containers:
                    - name: web
                      resources:
                        requests:
                          cpu: 100m
                          memory: "192Mi" # measured
                """, "Limit memory to \"192Mi\"", POD + """
                  containers:
                    - name: web
                      resources:
                        requests:
                          cpu: 100m
                          memory: "192Mi" # measured
                        limits:
                          memory: "192Mi"
                """);
        tester.assertFix(POD + "  containers:\n    - name: web\n      resources: {limits: {cpu: 1}}\n",
                "Limit memory to 256Mi", POD + "  containers:\n    - name: web\n      resources: {limits: {cpu: 1,"
                        + " memory: 256Mi}}\n");
    }
}
