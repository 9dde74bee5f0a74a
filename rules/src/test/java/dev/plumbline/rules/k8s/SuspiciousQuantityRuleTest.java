package dev.plumbline.rules.k8s;

import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SuspiciousQuantityRuleTest {

    private static final String POD = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n";

    private final RuleTester<KubernetesFile> tester =
            RuleTester.of(new SuspiciousQuantityRule(), new KubernetesLanguage(), "pod.yaml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("milli bytes and bare small numbers", POD + """
                          containers:
                            - name: web
                              image: nginx:1.27
                              resources:
                                requests: {cpu: 100m, memory: «512m»}
                                limits: {memory: «512», ephemeral-storage: «"1.5m"»}
                          volumes:
                            - name: cache
                              emptyDir: {medium: Memory, sizeLimit: «64m»}
                        ---
                        apiVersion: v1
                        kind: ResourceQuota
                        metadata: {name: q}
                        spec:
                          hard: {requests.memory: «100m», limits.memory: 1Gi, pods: "10"}
                        """),
                RuleCase.passes("plausible byte quantities and other resources", POD + """
                          containers:
                            - name: web
                              image: nginx:1.27
                              resources:
                                requests: {cpu: 250m, memory: 128Mi, hugepages-2Mi: 64Mi}
                                limits: {cpu: "1", memory: 1073741824, nvidia.com/gpu: 1}
                        ---
                        apiVersion: v1
                        kind: PersistentVolumeClaim
                        metadata: {name: c}
                        spec:
                          resources: {requests: {storage: 10Gi}}
                        ---
                        apiVersion: example.com/v1
                        kind: Widget
                        spec: {memory: 512m}
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messagesSayHowManyBytesThatIs() {
        tester.assertMessage(POD + "  containers: [{name: w, resources: {limits: {memory: 512m}}}]\n",
                "\"memory: 512m\" is 0.512 bytes (m means milli, a thousandth); you probably mean 512Mi");
        tester.assertMessage(POD + "  containers: [{name: w, resources: {limits: {memory: 512}}}]\n",
                "\"memory: 512\" is 512 bytes, which is too little for anything; add a unit such as Mi or Gi");
    }

    @Test
    void replacesMilliWithMebi() {
        tester.assertFix(POD + "  containers:\n    - name: w\n      image: w:1\n      resources:\n"
                + "        limits:\n          memory: «256m» # oops\n", "Use 256Mi",
                POD + "  containers:\n    - name: w\n      image: w:1\n      resources:\n"
                        + "        limits:\n          memory: 256Mi # oops\n");
    }
}
