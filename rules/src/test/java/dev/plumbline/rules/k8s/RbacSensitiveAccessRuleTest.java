package dev.plumbline.rules.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.plumbline.engine.PeerId;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RbacSensitiveAccessRuleTest {

    private static final String ROLE = "apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata: {name: app}\n";

    private final RuleTester<KubernetesFile> tester =
            RuleTester.of(new RbacSensitiveAccessRule(), new KubernetesLanguage(), "rbac.yaml")
                    .withConfig(TestConfigs.enabling(RbacSensitiveAccessRule.META));

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("reading secrets", ROLE + """
                        rules:
                          - apiGroups: [""]
                            resources: [configmaps, «secrets»]
                            verbs: [get]
                          - apiGroups: ["*"]
                            resources: [«secrets»]
                            verbs: ["*"]
                        """),
                RuleCase.flags("creating pods and workloads, in their own groups", ROLE + """
                        rules:
                          - apiGroups: ["", apps, batch]
                            resources: [«pods», «deployments», «cronjobs», services]
                            verbs: [create, delete]
                          - apiGroups: [apps]
                            resources: [jobs]
                            verbs: [create]
                        """),
                RuleCase.flags("escalate, bind and impersonate", ROLE + """
                        rules:
                          - apiGroups: [rbac.authorization.k8s.io]
                            resources: [roles]
                            verbs: [«escalate», «bind»]
                          - apiGroups: [""]
                            resources: [serviceaccounts]
                            verbs: [«impersonate»]
                        """),
                RuleCase.passes("other verbs, resources or groups; resourceNames; cluster-maintained roles", ROLE + """
                        rules:
                          - apiGroups: [""]
                            resources: [pods, secrets]
                            verbs: [delete, update]
                          - apiGroups: [""]
                            resources: [configmaps]
                            verbs: [create, get]
                          - apiGroups: [custom.io]
                            resources: [secrets, pods]
                            verbs: [get, create]
                          - apiGroups: [""]
                            resources: [secrets]
                            resourceNames: [app-config]
                            verbs: [get, watch]
                        ---
                        apiVersion: rbac.authorization.k8s.io/v1
                        kind: ClusterRole
                        metadata: {name: "system:aggregate-to-edit"}
                        rules: [{apiGroups: [""], resources: [secrets], verbs: [get]}]
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
    void isOffByDefaultAndStampsTheFittingPeer() {
        assertFalse(RbacSensitiveAccessRule.META.enabledByDefault());
        var secrets = tester.onlyFinding(ROLE + "rules: [{apiGroups: [\"\"], resources: [secrets], verbs: [list]}]\n");
        assertEquals("Role/app can read Secrets, every credential of the namespaces it covers", secrets.message());
        assertEquals(List.of(PeerId.of(PeerId.KUBE_LINTER, "access-to-secrets")), secrets.peers());
        var pods = tester.onlyFinding(ROLE + "rules: [{apiGroups: [\"\"], resources: [pods], verbs: [create]}]\n");
        assertEquals(List.of(PeerId.of(PeerId.KUBE_LINTER, "access-to-create-pods")), pods.peers());
        var bind = tester.onlyFinding(ROLE + "rules: [{apiGroups: [\"\"], resources: [roles], verbs: [bind]}]\n");
        assertEquals(List.of(), bind.peers());
    }
}
