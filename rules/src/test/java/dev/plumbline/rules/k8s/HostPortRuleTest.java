package dev.plumbline.rules.k8s;

import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class HostPortRuleTest {

    private static final String POD = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n";
    private static final String FIX = HostPortRule.FIX_TITLE;

    private final RuleTester<KubernetesFile> tester =
            RuleTester.of(new HostPortRule(), new KubernetesLanguage(), "deploy.yaml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("every port with a hostPort, in any container list", POD + """
                          initContainers:
                            - name: init
                              ports: [{containerPort: 53, hostPort: «53», protocol: UDP}]
                          containers:
                            - name: app
                              ports:
                                - containerPort: 80
                                  hostPort: «80»
                                - containerPort: 443
                        """),
                RuleCase.passes("no hostPort, hostPort 0, garbage", POD + """
                          containers:
                            - name: app
                              ports:
                                - containerPort: 80
                                - containerPort: 81
                                  hostPort: 0
                                - containerPort: 82
                                  hostPort:
                                - just-text
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void message() {
        tester.assertMessage(POD + "  containers:\n    - name: web\n      ports: [{containerPort: 80, hostPort: 8080}]\n",
                "Container \"web\" binds port 8080 on the node (hostPort), which exposes it outside the cluster network"
                        + " and limits the pod to nodes where that port is free");
    }

    @Test
    void theFixRemovesTheKeyWhereverItSits() {
        tester.assertFix(POD + "  containers:\n    - name: web\n      ports:\n        - containerPort: 80\n"
                        + "          hostPort: 80 # legacy\n          protocol: TCP\n", FIX,
                POD + "  containers:\n    - name: web\n      ports:\n        - containerPort: 80\n          protocol: TCP\n");
        tester.assertFix(POD + "  containers:\n    - name: web\n      ports:\n        - hostPort: 80\n"
                        + "          containerPort: 80\n", FIX,
                POD + "  containers:\n    - name: web\n      ports:\n        - containerPort: 80\n");
        tester.assertFix(POD + "  containers:\n    - name: web\n      ports: [{containerPort: 80, hostPort: 80}]\n", FIX,
                POD + "  containers:\n    - name: web\n      ports: [{containerPort: 80}]\n");
    }
}
