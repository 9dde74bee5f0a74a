package dev.plumbline.rules.k8s;

import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RbacWildcardRuleTest {

    private static final String RBAC = "apiVersion: rbac.authorization.k8s.io/v1\n";

    private final RuleTester<KubernetesFile> tester =
            RuleTester.of(new RbacWildcardRule(), new KubernetesLanguage(), "rbac.yaml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("each wildcard in each list", RBAC + """
                        kind: ClusterRole
                        metadata: {name: ops}
                        rules:
                          - apiGroups: [«"*"»]
                            resources: [«'*'»]
                            verbs:
                              - get
                              - «"*"»
                        ---
                        """ + RBAC + """
                        kind: Role
                        metadata: {name: app, namespace: a}
                        rules:
                          - apiGroups: [""]
                            resources: [pods]
                            verbs: «"*"»
                        """),
                RuleCase.passes("explicit lists, subresource patterns, cluster-maintained roles", RBAC + """
                        kind: ClusterRole
                        metadata: {name: reader}
                        rules:
                          - apiGroups: ["", apps]
                            resources: [pods, "pods/*", deployments]
                            verbs: [get, list, watch]
                          - nonResourceURLs: ["*"]
                            verbs: [get]
                        ---
                        """ + RBAC + """
                        kind: ClusterRole
                        metadata: {name: "system:controller:foo"}
                        rules: [{apiGroups: ["*"], resources: ["*"], verbs: ["*"]}]
                        ---
                        """ + RBAC + """
                        kind: ClusterRole
                        metadata: {name: cluster-admin}
                        rules: [{apiGroups: ["*"], resources: ["*"], verbs: ["*"]}]
                        """),
                RuleCase.passes("other kinds and garbage", """
                        apiVersion: example.com/v1
                        kind: Role
                        rules: [{verbs: ["*"]}]
                        ---
                        """ + RBAC + """
                        kind: ClusterRoleBinding
                        rules: [{verbs: ["*"]}]
                        ---
                        """ + RBAC + """
                        kind: Role
                        rules: "*"
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
    void messageSaysWhatTheWildcardCovers() {
        tester.assertMessage(RBAC + "kind: Role\nmetadata: {name: app}\nrules: [{apiGroups: [\"\"], resources: [pods],"
                + " verbs: [\"*\"]}]\n", "Role/app grants \"*\" in verbs, which means every verb, escalate, bind and"
                + " impersonate included; list what it needs");
    }
}
