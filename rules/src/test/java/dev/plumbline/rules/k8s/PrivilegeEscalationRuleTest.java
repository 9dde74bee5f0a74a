package dev.plumbline.rules.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumbline.engine.Finding;
import dev.plumbline.rules.k8s.support.HardenedSecurityContext;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PrivilegeEscalationRuleTest {

    private static final String FIX = PrivilegeEscalationRule.FIX_TITLE;
    private static final String POD = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n";

    private final RuleTester<KubernetesFile> tester =
            RuleTester.of(new PrivilegeEscalationRule(), new KubernetesLanguage(), "deploy.yaml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("deployment container without securityContext", """
                        apiVersion: apps/v1
                        kind: Deployment
                        metadata:
                          name: web
                        spec:
                          template:
                            spec:
                              containers:
                                - «name: web»
                                  image: nginx:1.27
                        """),
                RuleCase.flags("securityContext without the key", POD + """
                          containers:
                            - «name: web»
                              image: nginx:1.27
                              securityContext:
                                runAsNonRoot: true
                        """),
                RuleCase.flags("explicit true, quoted false, empty value, a number", POD + """
                          containers:
                            - name: a
                              securityContext: {allowPrivilegeEscalation: «true»}
                            - name: b
                              securityContext:
                                allowPrivilegeEscalation: «"false"»
                            - name: c
                              securityContext:
                                «allowPrivilegeEscalation:»
                            - name: d
                              securityContext:
                                allowPrivilegeEscalation: «0»
                        """),
                RuleCase.flags("init and ephemeral containers count", POD + """
                          initContainers:
                            - «name: setup»
                          containers:
                            - name: app
                              securityContext: {allowPrivilegeEscalation: false}
                          ephemeralContainers:
                            - «name: debug»
                        """),
                RuleCase.flags("the pod-level key does not count", POD + """
                          securityContext:
                            allowPrivilegeEscalation: false
                          containers:
                            - «name: app»
                        """),
                RuleCase.flags("item without a name sits on its dash, a flow item on itself", POD + """
                          containers:
                          «-» image: nginx:1.27
                          initContainers: [«{image: busybox:1.36}»]
                        """),
                RuleCase.flags("every workload kind", """
                        apiVersion: batch/v1
                        kind: CronJob
                        spec:
                          jobTemplate:
                            spec:
                              template:
                                spec:
                                  containers: [{«name: job»}]
                        ---
                        apiVersion: v1
                        kind: PodTemplate
                        template:
                          spec:
                            containers: [{«name: tpl»}]
                        ---
                        apiVersion: apps/v1
                        kind: DaemonSet
                        spec:
                          template:
                            spec:
                              containers: [{«name: ds»}]
                        """),
                RuleCase.flags("CRLF and a later document after a broken one",
                        "apiVersion: v1\r\nkind: Pod\r\nmetadata: {name: \"x\r\n---\r\n" + POD.replace("\n", "\r\n")
                                + "  containers:\r\n    - «name: app»\r\n"),
                RuleCase.passes("false, and the YAML 1.1 spellings of false", POD + """
                          containers:
                            - name: a
                              securityContext:
                                allowPrivilegeEscalation: false
                            - name: b
                              securityContext: {allowPrivilegeEscalation: no}
                            - name: c
                              securityContext: {allowPrivilegeEscalation: Off}
                        """),
                RuleCase.passes("Windows pods: the field does not apply", POD + """
                          os: {name: windows}
                          containers:
                            - name: a
                        ---
                        """ + POD + """
                          securityContext: {windowsOptions: {hostProcess: true}}
                          hostNetwork: true
                          containers:
                            - name: a
                        """),
                RuleCase.passes("privileged containers are another rule's", POD + """
                          containers:
                            - name: a
                              securityContext:
                                privileged: true
                        """),
                RuleCase.passes("a securityContext merged from an anchor", POD + """
                          initContainers:
                            - name: a
                              securityContext: &hardened
                                allowPrivilegeEscalation: false
                          containers:
                            - name: b
                              securityContext:
                                <<: *hardened
                                runAsNonRoot: true
                            - name: c
                              securityContext: *hardened
                        """),
                RuleCase.passes("custom resources and other kinds have no containers", """
                        apiVersion: example.com/v1
                        kind: Widget
                        spec:
                          template:
                            spec:
                              containers:
                                - name: app
                        ---
                        apiVersion: batch.volcano.sh/v1alpha1
                        kind: Job
                        spec:
                          template:
                            spec:
                              containers:
                                - name: app
                        ---
                        apiVersion: v1
                        kind: Service
                        metadata:
                          name: s
                        """),
                RuleCase.passes("garbage shapes", POD + """
                          containers: "nginx"
                          initContainers:
                            - just text
                            -
                        """),
                RuleCase.passes("empty file", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messagesNameTheContainerAndTheValue() {
        tester.assertMessage(POD + "  containers:\n    - name: web\n", "Container \"web\" does not set"
                + " allowPrivilegeEscalation: false, so a process in it can gain more privileges than its parent"
                + " (through setuid binaries or file capabilities)");
        tester.assertMessage(POD + "  initContainers:\n    - securityContext: {allowPrivilegeEscalation: yes}\n",
                "Init container #1 sets allowPrivilegeEscalation to yes, so a process in it can gain more privileges"
                        + " than its parent (through setuid binaries or file capabilities); set it to false");
    }

    @Test
    void aContainerWrittenAsAnAliasGetsNoFix() {
        String source = POD + """
                  initContainers:
                    - &c
                      name: shared
                      securityContext: {allowPrivilegeEscalation: false}
                  containers:
                    - *c
                    - <<: *c
                      name: own
                ---
                apiVersion: v1
                kind: Pod
                spec:
                  initContainers:
                    - &d
                      name: shared
                  containers:
                    - *d
                """;
        List<Finding> findings = tester.findings(source);
        assertEquals(2, findings.size(), RuleTester.describe(findings));
        assertEquals(List.of(1), findings.get(0).fixes().stream().filter(f -> f.title().equals(FIX))
                .map(f -> f.edits().size()).toList(), "the anchored item itself is fixed in place");
        assertEquals(List.of(), findings.get(1).fixes(), "the alias item would change the anchor");
    }

    @Nested
    class QuickFix {

        @Test
        void insertsASecurityContextAfterTheLastKeyOfAnIndentedItem() {
            tester.assertFix("""
                    apiVersion: apps/v1
                    kind: Deployment
                    metadata:
                      name: web
                    spec:
                      template:
                        spec:
                          containers:
                            - name: web
                              image: nginx:1.27.0 # pinned
                            - name: side
                              image: busybox:1.36
                              securityContext:
                                allowPrivilegeEscalation: false
                    """, FIX, """
                    apiVersion: apps/v1
                    kind: Deployment
                    metadata:
                      name: web
                    spec:
                      template:
                        spec:
                          containers:
                            - name: web
                              image: nginx:1.27.0 # pinned
                              securityContext:
                                allowPrivilegeEscalation: false
                            - name: side
                              image: busybox:1.36
                              securityContext:
                                allowPrivilegeEscalation: false
                    """);
        }

        @Test
        void keepsANonIndentedSequenceAndFourSpaceIndentation() {
            tester.assertFix("""
                    apiVersion: v1
                    kind: Pod
                    metadata:
                        name: p
                    spec:
                        containers:
                        - name: app
                          image: nginx:1.27
                          ports:
                          - containerPort: 80
                        # the next container
                        - name: other
                          image: nginx:1.27
                          securityContext: {allowPrivilegeEscalation: false}
                    """, FIX, """
                    apiVersion: v1
                    kind: Pod
                    metadata:
                        name: p
                    spec:
                        containers:
                        - name: app
                          image: nginx:1.27
                          ports:
                          - containerPort: 80
                          securityContext:
                              allowPrivilegeEscalation: false
                        # the next container
                        - name: other
                          image: nginx:1.27
                          securityContext: {allowPrivilegeEscalation: false}
                    """);
        }

        @Test
        void anItemWhoseFirstKeyIsNotName() {
            tester.assertFix(POD + """
                      containers:
                        - image: nginx:1.27
                          name: app
                          resources:
                            limits: {memory: 128Mi}
                    """, FIX, POD + """
                      containers:
                        - image: nginx:1.27
                          name: app
                          resources:
                            limits: {memory: 128Mi}
                          securityContext:
                            allowPrivilegeEscalation: false
                    """);
        }

        @Test
        void anItemWithoutName() {
            tester.assertFix(POD + "  containers:\n  «-» image: nginx:1.27\n", FIX,
                    POD + "  containers:\n  - image: nginx:1.27\n    securityContext:\n      allowPrivilegeEscalation: false\n");
        }

        @Test
        void addsTheKeyToABlockSecurityContextKeepingComments() {
            tester.assertFix(POD + """
                      containers:
                        - name: app
                          image: nginx:1.27
                          securityContext:
                            # hardened
                            runAsNonRoot: true   # uid from the image
                          # trailing comment
                    """, FIX, POD + """
                      containers:
                        - name: app
                          image: nginx:1.27
                          securityContext:
                            # hardened
                            runAsNonRoot: true   # uid from the image
                            allowPrivilegeEscalation: false
                          # trailing comment
                    """);
        }

        @Test
        void addsTheKeyToAFlowSecurityContext() {
            tester.assertFix(POD + "  containers:\n    - name: app\n      securityContext: { runAsNonRoot: true }\n", FIX,
                    POD + "  containers:\n    - name: app\n      securityContext: { runAsNonRoot: true,"
                            + " allowPrivilegeEscalation: false }\n");
            tester.assertFix(POD + "  containers:\n    - name: app\n      securityContext: {}\n", FIX,
                    POD + "  containers:\n    - name: app\n      securityContext: {allowPrivilegeEscalation: false}\n");
        }

        @Test
        void fillsANullSecurityContext() {
            tester.assertFix(POD + "  containers:\n    - name: app\n      securityContext:\n      image: nginx:1.27\n", FIX,
                    POD + "  containers:\n    - name: app\n      securityContext:\n        allowPrivilegeEscalation: false\n"
                            + "      image: nginx:1.27\n");
            tester.assertFix(POD + "  containers:\n    - name: app\n      securityContext: ~ # later\n", FIX,
                    POD + "  containers:\n    - name: app\n      securityContext: # later\n"
                            + "        allowPrivilegeEscalation: false\n");
        }

        @Test
        void setsAWrongValueInPlace() {
            tester.assertFix(POD + "  containers:\n    - name: app\n      securityContext:\n"
                            + "        allowPrivilegeEscalation: «true» # why?\n", FIX,
                    POD + "  containers:\n    - name: app\n      securityContext:\n"
                            + "        allowPrivilegeEscalation: false # why?\n");
            tester.assertFix(POD + "  containers:\n    - name: app\n      securityContext:\n"
                            + "        «allowPrivilegeEscalation:»\n        runAsNonRoot: true\n", FIX,
                    POD + "  containers:\n    - name: app\n      securityContext:\n"
                            + "        allowPrivilegeEscalation: false\n        runAsNonRoot: true\n");
            tester.assertFix(POD + "  containers:\n    - {name: app, securityContext: {allowPrivilegeEscalation: «\"false\"»}}\n",
                    FIX, POD + "  containers:\n    - {name: app, securityContext: {allowPrivilegeEscalation: false}}\n");
        }

        @Test
        void addsToAFlowContainer() {
            tester.assertFix(POD + "  containers: [{name: app, image: \"nginx:1.27\"}]\n", FIX,
                    POD + "  containers: [{name: app, image: \"nginx:1.27\", securityContext:"
                            + " {allowPrivilegeEscalation: false}}]\n");
        }

        @Test
        void keepsCrlfLineEndings() {
            String before = (POD + "  containers:\n    - name: app\n      image: nginx:1.27\n").replace("\n", "\r\n");
            String after = (POD + "  containers:\n    - name: app\n      image: nginx:1.27\n      securityContext:\n"
                    + "        allowPrivilegeEscalation: false\n").replace("\n", "\r\n");
            tester.assertFix(before, FIX, after);
        }

        @Test
        void insertsAfterABlockScalarAndAtTheEndOfAFileWithoutNewline() {
            tester.assertFix(POD + "  containers:\n    - name: app\n      args:\n        - |\n          echo hi\n\n", FIX,
                    POD + "  containers:\n    - name: app\n      args:\n        - |\n          echo hi\n"
                            + "      securityContext:\n        allowPrivilegeEscalation: false\n\n");
            tester.assertFix(POD + "  containers:\n    - name: app", FIX,
                    POD + "  containers:\n    - name: app\n      securityContext:\n        allowPrivilegeEscalation: false");
        }

        @Test
        void fixesEphemeralAndInitContainers() {
            tester.assertFix(POD + "  initContainers:\n    - «name: init»\n  ephemeralContainers:\n    - name: dbg\n", FIX,
                    POD + "  initContainers:\n    - name: init\n      securityContext:\n        allowPrivilegeEscalation: false\n"
                            + "  ephemeralContainers:\n    - name: dbg\n");
            tester.assertFix(POD + "  initContainers:\n    - name: init\n  ephemeralContainers:\n    - «name: dbg»\n", FIX,
                    POD + "  initContainers:\n    - name: init\n  ephemeralContainers:\n    - name: dbg\n"
                            + "      securityContext:\n        allowPrivilegeEscalation: false\n");
        }

        @Test
        void hardeningAddsEveryMissingSettingInOneEdit() {
            tester.assertFix(POD + "  containers:\n    - name: web\n      securityContext: {runAsUser: 1000}\n",
                    HardenedSecurityContext.FIX_TITLE,
                    POD + "  containers:\n    - name: web\n      securityContext: {runAsUser: 1000, runAsNonRoot: true,"
                            + " allowPrivilegeEscalation: false, readOnlyRootFilesystem: true,"
                            + " capabilities: {drop: [\"ALL\"]}}\n");
        }

        @Test
        void overridesAKeyInheritedThroughAMergeKey() {
            tester.assertFix(POD + """
                      securityContext: &open
                        allowPrivilegeEscalation: true
                      containers:
                        - name: b
                          securityContext:
                            <<: *open
                            runAsNonRoot: true
                    """, FIX, POD + """
                      securityContext: &open
                        allowPrivilegeEscalation: true
                      containers:
                        - name: b
                          securityContext:
                            <<: *open
                            runAsNonRoot: true
                            allowPrivilegeEscalation: false
                    """);
        }
    }
}
