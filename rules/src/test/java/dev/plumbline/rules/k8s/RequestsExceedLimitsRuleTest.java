package dev.plumbline.rules.k8s;

import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RequestsExceedLimitsRuleTest {

    private static final String POD = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n";

    private final RuleTester<KubernetesFile> tester =
            RuleTester.of(new RequestsExceedLimitsRule(), new KubernetesLanguage(), "deploy.yaml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("any resource, units compared exactly", POD + """
                          initContainers:
                            - name: init
                              resources:
                                requests: {cpu: «"2"»}
                                limits: {cpu: 1500m}
                          containers:
                            - name: a
                              resources:
                                requests:
                                  memory: «1Gi»
                                  ephemeral-storage: «2G»
                                  nvidia.com/gpu: «2»
                                limits:
                                  memory: 1000Mi
                                  ephemeral-storage: 1Gi
                                  nvidia.com/gpu: 1
                        """),
                RuleCase.passes("equal or lower, units, unparseable amounts, no limit", POD + """
                          containers:
                            - name: a
                              resources:
                                requests: {cpu: 1, memory: 1G, storage: 1e3, x: 10%, y: abc, z: 5}
                                limits: {cpu: 1000m, memory: 1000M, storage: 1k, x: 1, y: 1, w: 1}
                            - name: b
                              resources:
                                requests: {cpu: 0.5}
                                limits: {cpu: 500m}
                            - name: c
                              resources:
                                requests: {memory: 512Mi}
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void message() {
        tester.assertMessage(POD + "  containers:\n    - name: web\n      resources: {requests: {memory: 1Gi}, limits:"
                + " {memory: 512Mi}}\n", "Container \"web\" requests 1Gi memory but is limited to 512Mi; the API server"
                + " rejects a request above its limit");
    }
}
