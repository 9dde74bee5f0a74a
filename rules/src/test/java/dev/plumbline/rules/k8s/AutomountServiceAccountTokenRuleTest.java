package dev.plumbline.rules.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumbline.config.Config;
import dev.plumbline.config.RuleSetting;
import dev.plumbline.engine.Severity;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AutomountServiceAccountTokenRuleTest {

    private static final String POD = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n";
    private static final Config ON = new Config(Map.of("automount-service-account-token",
            RuleSetting.severity(Severity.INFORMATION)), List.of(), null, null, Map.of());

    private final RuleTester<KubernetesFile> tester = RuleTester.of(new AutomountServiceAccountTokenRule(),
            new KubernetesLanguage(), "deploy.yaml").withConfig(ON);

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("not set, or set to true", POD + """
                        «spec»:
                          containers: [{name: a}]
                        ---
                        """ + POD + """
                        spec:
                          automountServiceAccountToken: «true»
                          containers: [{name: a}]
                        """),
                RuleCase.flags("a ServiceAccount of another name or namespace does not count", """
                        apiVersion: v1
                        kind: ServiceAccount
                        metadata: {name: web, namespace: prod}
                        automountServiceAccountToken: false
                        ---
                        apiVersion: v1
                        kind: Pod
                        metadata: {name: p, namespace: dev}
                        «spec»:
                          serviceAccountName: web
                          containers: [{name: a}]
                        """),
                RuleCase.passes("false on the pod, or on its ServiceAccount in the file", POD + """
                        spec:
                          automountServiceAccountToken: false
                          containers: [{name: a}]
                        ---
                        apiVersion: v1
                        kind: ServiceAccount
                        metadata: {name: web}
                        automountServiceAccountToken: false
                        ---
                        """ + POD + """
                        spec:
                          serviceAccountName: web
                          containers: [{name: a}]
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void offByDefaultWithAMessageNamingTheAccount() {
        String source = POD + "spec:\n  containers: [{name: a}]\n";
        assertEquals(List.of(), RuleTester.of(new AutomountServiceAccountTokenRule(), new KubernetesLanguage(), "d.yaml")
                .findings(source));
        tester.assertMessage(source, "Pod/p gets the token of service account \"default\" mounted, so anything running in"
                + " it can call the Kubernetes API with the service account's permissions");
    }

    @Test
    void fixes() {
        tester.assertFix(POD + "spec:\n  containers: [{name: a}]\n", AutomountServiceAccountTokenRule.FIX_TITLE,
                POD + "spec:\n  containers: [{name: a}]\n  automountServiceAccountToken: false\n");
        tester.assertFix(POD + "spec:\n  automountServiceAccountToken: true # why\n  containers: [{name: a}]\n",
                AutomountServiceAccountTokenRule.FIX_TITLE,
                POD + "spec:\n  automountServiceAccountToken: false # why\n  containers: [{name: a}]\n");
    }
}
