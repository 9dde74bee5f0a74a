package dev.plumbline.rules.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumbline.engine.Finding;
import dev.plumbline.engine.PeerId;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RbacPodExecRuleTest {

    private static final String RBAC = "apiVersion: rbac.authorization.k8s.io/v1\n";

    private final RuleTester<KubernetesFile> tester =
            RuleTester.of(new RbacPodExecRule(), new KubernetesLanguage(), "rbac.yaml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("exec and attach with create, get or any verb", RBAC + """
                        kind: Role
                        metadata: {name: debug, namespace: app}
                        rules:
                          - apiGroups: [""]
                            resources: [pods, «pods/exec»]
                            verbs: [create]
                          - apiGroups: ["*"]
                            resources: [«pods/attach»]
                            verbs: ["*"]
                          - apiGroups: [""]
                            resources: [«"pods/exec"»]
                            verbs: [get]
                        """),
                RuleCase.flags("bindings of this file to such roles", RBAC + """
                        kind: ClusterRole
                        metadata: {name: debug}
                        rules: [{apiGroups: [""], resources: [«pods/exec»], verbs: [create]}]
                        ---
                        """ + RBAC + """
                        kind: ClusterRoleBinding
                        roleRef: {kind: ClusterRole, name: «debug»}
                        ---
                        """ + RBAC + """
                        kind: RoleBinding
                        metadata: {namespace: app}
                        roleRef: {kind: ClusterRole, name: «debug»}
                        """),
                RuleCase.passes("read-only verbs, other groups, other subresources, cluster roles", RBAC + """
                        kind: Role
                        metadata: {name: logs}
                        rules:
                          - apiGroups: [""]
                            resources: [pods/log, pods/exec]
                            verbs: [list, watch]
                          - apiGroups: [apps]
                            resources: [pods/exec]
                            verbs: [create]
                        ---
                        """ + RBAC + """
                        kind: ClusterRole
                        metadata: {name: edit}
                        rules: [{apiGroups: [""], resources: [pods/exec], verbs: [create]}]
                        ---
                        """ + RBAC + """
                        kind: ClusterRoleBinding
                        roleRef: {kind: ClusterRole, name: edit}
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
    void messagesAndPeers() {
        List<Finding> findings = tester.findings(RBAC + """
                kind: Role
                metadata: {name: debug}
                rules: [{apiGroups: [""], resources: [pods/exec], verbs: [create]}]
                ---
                """ + RBAC + """
                kind: RoleBinding
                roleRef: {kind: Role, name: debug}
                """);
        assertEquals(2, findings.size(), RuleTester.describe(findings));
        assertEquals("Role/debug allows pods/exec, so its subjects can run commands in any pod it covers, with that"
                + " pod's service account and secrets", findings.get(0).message());
        assertEquals(List.of(PeerId.of(PeerId.POLARIS, "rolePodExecAttach")), findings.get(0).peers());
        assertEquals("RoleBinding binds Role/debug, which allows exec or attach into pods", findings.get(1).message());
        assertEquals(List.of(PeerId.of(PeerId.POLARIS, "rolebindingRolePodExecAttach")), findings.get(1).peers());
    }
}
