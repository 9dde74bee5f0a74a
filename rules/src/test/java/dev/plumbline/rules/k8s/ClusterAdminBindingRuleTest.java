package dev.plumbline.rules.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumbline.engine.PeerId;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ClusterAdminBindingRuleTest {

    private static final String RBAC = "apiVersion: rbac.authorization.k8s.io/v1\n";

    private final RuleTester<KubernetesFile> tester =
            RuleTester.of(new ClusterAdminBindingRule(), new KubernetesLanguage(), "rbac.yaml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("ClusterRoleBinding and RoleBinding to cluster-admin", RBAC + """
                        kind: ClusterRoleBinding
                        metadata: {name: ops}
                        roleRef:
                          apiGroup: rbac.authorization.k8s.io
                          kind: ClusterRole
                          name: «cluster-admin»
                        subjects: [{kind: Group, name: ops}]
                        ---
                        """ + RBAC + """
                        kind: RoleBinding
                        metadata: {name: dev, namespace: dev}
                        roleRef: {kind: ClusterRole, name: «"cluster-admin"»}
                        """),
                RuleCase.flags("a binding to a role of this file that grants everything", RBAC + """
                        kind: ClusterRole
                        metadata: {name: god}
                        rules:
                          - apiGroups: ["*"]
                            resources: ["*"]
                            verbs: ["*"]
                        ---
                        """ + RBAC + """
                        kind: ClusterRoleBinding
                        roleRef: {kind: ClusterRole, name: «god»}
                        ---
                        """ + RBAC + """
                        kind: Role
                        metadata: {name: all, namespace: team}
                        rules: [{apiGroups: ["*"], resources: ["*"], verbs: ["*"]}]
                        ---
                        """ + RBAC + """
                        kind: RoleBinding
                        metadata: {name: all, namespace: team}
                        roleRef: {kind: Role, name: «all»}
                        """),
                RuleCase.passes("narrower roles; a Role in another namespace; roles of other files", RBAC + """
                        kind: ClusterRole
                        metadata: {name: flux}
                        rules:
                          - apiGroups: [source.toolkit.fluxcd.io]
                            resources: ["*"]
                            verbs: ["*"]
                        ---
                        """ + RBAC + """
                        kind: ClusterRoleBinding
                        roleRef: {kind: ClusterRole, name: flux}
                        ---
                        """ + RBAC + """
                        kind: Role
                        metadata: {name: all, namespace: a}
                        rules: [{apiGroups: ["*"], resources: ["*"], verbs: ["*"]}]
                        ---
                        """ + RBAC + """
                        kind: RoleBinding
                        metadata: {name: all, namespace: b}
                        roleRef: {kind: Role, name: all}
                        ---
                        """ + RBAC + """
                        kind: ClusterRoleBinding
                        roleRef: {kind: ClusterRole, name: elsewhere}
                        ---
                        """ + RBAC + """
                        kind: RoleBinding
                        roleRef: {kind: ClusterRole, name: admin}
                        """),
                RuleCase.passes("other groups and garbage", """
                        apiVersion: example.com/v1
                        kind: ClusterRoleBinding
                        roleRef: {kind: ClusterRole, name: cluster-admin}
                        ---
                        """ + RBAC + """
                        kind: ClusterRoleBinding
                        roleRef: cluster-admin
                        ---
                        """ + RBAC + """
                        kind: ClusterRoleBinding
                        roleRef: {kind: ClusterRole}
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
        var cluster = tester.onlyFinding(RBAC + "kind: ClusterRoleBinding\nroleRef: {kind: ClusterRole, name: cluster-admin}\n");
        assertEquals("ClusterRoleBinding grants cluster-admin to its subjects, so they can do everything in the cluster;"
                + " bind a role with only the permissions they need", cluster.message());
        assertEquals(List.of(PeerId.of(PeerId.KUBE_LINTER, "cluster-admin-role-binding"),
                PeerId.of(PeerId.POLARIS, "clusterrolebindingClusterAdmin")), cluster.peers());
        var namespaced = tester.onlyFinding(RBAC + "kind: RoleBinding\nroleRef: {kind: ClusterRole, name: cluster-admin}\n");
        assertEquals(List.of(PeerId.of(PeerId.KUBE_LINTER, "cluster-admin-role-binding"),
                PeerId.of(PeerId.POLARIS, "rolebindingClusterAdminClusterRole")), namespaced.peers());
    }
}
