package dev.plumbline.rules.k8s;

import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class HpaWithoutRequestsRuleTest {

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web}
            spec:
              template:
                spec:
                  initContainers:
                    - name: init
                  containers:
                    - name: web
                      resources:
                        requests: {cpu: 100m}
                    - name: proxy
                      resources:
                        limits: {cpu: 50m, memory: 64Mi}
                    - name: logger
            ---
            """;
    private static final String HPA = "apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata: {name: web}\n"
            + "spec:\n  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}\n";

    private final RuleTester<KubernetesFile> tester =
            RuleTester.of(new HpaWithoutRequestsRule(), new KubernetesLanguage(), "app.yaml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("CPU and memory utilization with a container lacking the request", DEPLOYMENT + HPA + """
                          metrics:
                            - type: Resource
                              resource:
                                name: «cpu»
                                target: {type: Utilization, averageUtilization: 70}
                            - type: Resource
                              resource:
                                name: «memory»
                                target: {type: Utilization, averageUtilization: 80}
                        """),
                RuleCase.flags("autoscaling/v1 targetCPUUtilizationPercentage", DEPLOYMENT + """
                        apiVersion: autoscaling/v1
                        kind: HorizontalPodAutoscaler
                        spec:
                          scaleTargetRef: {kind: Deployment, name: web}
                          «targetCPUUtilizationPercentage»: 60
                        """),
                RuleCase.flags("a container metric looks at that container only", DEPLOYMENT + HPA + """
                          metrics:
                            - type: ContainerResource
                              containerResource: {name: «memory», container: web, target: {type: Utilization}}
                            - type: ContainerResource
                              containerResource: {name: cpu, container: proxy, target: {type: Utilization}}
                        """),
                RuleCase.passes("average values, other metrics, targets outside the file", DEPLOYMENT + HPA + """
                          metrics:
                            - type: Resource
                              resource: {name: cpu, target: {type: AverageValue, averageValue: 500m}}
                            - type: Pods
                              pods: {metric: {name: rps}, target: {type: AverageValue, averageValue: "10"}}
                        ---
                        apiVersion: autoscaling/v2
                        kind: HorizontalPodAutoscaler
                        spec:
                          scaleTargetRef: {kind: Deployment, name: elsewhere}
                          metrics: [{type: Resource, resource: {name: cpu, target: {type: Utilization}}}]
                        """),
                RuleCase.passes("every container requests the resource", """
                        apiVersion: apps/v1
                        kind: Deployment
                        metadata: {name: web}
                        spec:
                          template:
                            spec:
                              containers: [{name: web, resources: {requests: {cpu: 100m}}}]
                        ---
                        """ + HPA + """
                          metrics: [{type: Resource, resource: {name: cpu, target: {type: Utilization}}}]
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
    void messageNamesTheContainer() {
        tester.assertMessage(DEPLOYMENT + HPA + "  metrics: [{type: Resource, resource: {name: cpu, target: {type:"
                + " Utilization}}}]\n", "HorizontalPodAutoscaler/web scales on cpu utilization, but Container \"logger\" of"
                + " Deployment/web has no cpu request, so utilization cannot be computed and the autoscaler does not"
                + " scale");
    }
}
