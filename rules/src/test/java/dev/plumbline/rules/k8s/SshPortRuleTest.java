package dev.plumbline.rules.k8s;

import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SshPortRuleTest {

    private static final String POD = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n";

    private final RuleTester<KubernetesFile> tester =
            RuleTester.of(new SshPortRule(), new KubernetesLanguage(), "pod.yaml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("port 22 over TCP, written or by default", POD + """
                          containers:
                            - name: app
                              ports:
                                - containerPort: «22»
                                - {containerPort: «22», protocol: TCP, name: ssh}
                          initContainers:
                            - name: init
                              ports: [{containerPort: «22»}]
                        """),
                RuleCase.passes("other ports and protocols, quoted port (schema), garbage", POD + """
                          containers:
                            - name: app
                              ports:
                                - containerPort: 2222
                                - {containerPort: 22, protocol: UDP}
                                - containerPort: "22"
                                - hostPort: 22
                                - 22
                            - name: b
                              ports: 22
                        """),
                RuleCase.passes("empty file", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        CaseSyntax.assertParses(c);
        tester.verify(c);
    }

    @Test
    void message() {
        tester.assertMessage(POD + "  containers: [{name: app, ports: [{containerPort: 22}]}]\n", "Container \"app\""
                + " exposes port 22 (SSH); reach containers through kubectl exec or a debug container instead of"
                + " running an SSH server");
    }
}
