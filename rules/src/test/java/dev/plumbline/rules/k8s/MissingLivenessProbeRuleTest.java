package dev.plumbline.rules.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MissingLivenessProbeRuleTest {

    private static final String POD = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n";

    private final RuleTester<KubernetesFile> tester =
            RuleTester.of(new MissingLivenessProbeRule(), new KubernetesLanguage(), "deploy.yaml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("regular containers of long-running workloads", """
                        apiVersion: apps/v1
                        kind: StatefulSet
                        metadata: {name: db}
                        spec:
                          template:
                            spec:
                              initContainers: [{name: init}]
                              containers:
                                - «name: db»
                                - name: side
                                  livenessProbe: {exec: {command: [true]}}
                        ---
                        """ + POD + """
                          restartPolicy: Always
                          containers: [{«name: a»}]
                          ephemeralContainers: [{name: debug}]
                        """),
                RuleCase.flags("a null probe is no probe", POD + """
                          containers:
                            - «name: a»
                              livenessProbe:
                        """),
                RuleCase.passes("Jobs, CronJobs and run-once Pods finish", """
                        apiVersion: batch/v1
                        kind: Job
                        metadata: {name: j}
                        spec:
                          template:
                            spec:
                              restartPolicy: Never
                              containers: [{name: a}]
                        ---
                        apiVersion: batch/v1
                        kind: CronJob
                        metadata: {name: c}
                        spec:
                          schedule: "@daily"
                          jobTemplate:
                            spec:
                              template:
                                spec:
                                  containers: [{name: a}]
                        ---
                        """ + POD + """
                          restartPolicy: OnFailure
                          containers: [{name: a}]
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void message() {
        tester.assertMessage(POD + "  containers: [{name: web}]\n", "Container \"web\" has no livenessProbe, so the kubelet"
                + " cannot tell when it hangs and never restarts it");
    }

    @Nested
    class QuickFix {

        @Test
        void insertsATcpProbeOnTheFirstNamedPort() {
            tester.assertFix(POD + """
                      containers:
                        - name: web
                          ports:
                            - name: http
                              containerPort: 8080
                            - containerPort: 9090
                    """, "Add a liveness probe (tcpSocket on port http)", POD + """
                      containers:
                        - name: web
                          ports:
                            - name: http
                              containerPort: 8080
                            - containerPort: 9090
                          livenessProbe:
                            tcpSocket:
                              port: http
                    """);
        }

        @Test
        void usesTheNumberOfAnUnnamedPortAndKeepsFlowStyle() {
            tester.assertFix(POD + "  containers: [{name: web, ports: [{containerPort: 5432}]}]\n",
                    "Add a liveness probe (tcpSocket on port 5432)",
                    POD + "  containers: [{name: web, ports: [{containerPort: 5432}], livenessProbe: {tcpSocket:"
                            + " {port: 5432}}}]\n");
        }

        @Test
        void noFixWithoutAPortOrWhenItWouldCopyTheReadinessProbe() {
            assertEquals(List.of(), tester.onlyFinding(POD + "  containers: [{name: web}]\n").fixes());
            assertEquals(List.of(), tester.onlyFinding(POD + """
                      containers:
                        - name: web
                          ports: [{name: db, containerPort: 5432}]
                          readinessProbe:
                            tcpSocket: {port: 5432}
                    """).fixes());
        }
    }
}
