package dev.plumbline.rules.k8s;

import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class UntaggedImageRuleTest {

    private static final String POD = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n";

    private final RuleTester<KubernetesFile> tester =
            RuleTester.of(new UntaggedImageRule(), new KubernetesLanguage(), "deploy.yaml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("every container list", POD + """
                          initContainers:
                            - name: init
                              image: «busybox»
                          containers:
                            - name: app
                              image: «ghcr.io/acme/app»
                          ephemeralContainers:
                            - {name: debug, image: «"busybox"»}
                        """),
                RuleCase.flags("a registry port is not a tag", POD + """
                          containers:
                            - name: app
                              image: «registry.local:5000/team/app»
                            - name: ip
                              image: «'10.0.0.1:5000/app'»
                        """),
                RuleCase.flags("a Deployment and a Job", """
                        apiVersion: apps/v1
                        kind: Deployment
                        spec:
                          template:
                            spec:
                              containers:
                                - name: web
                                  image: «nginx»
                        ---
                        apiVersion: batch/v1
                        kind: Job
                        spec:
                          template:
                            spec:
                              containers:
                                - name: job
                                  image: «perl»
                        """),
                RuleCase.passes("tagged, digest-pinned, latest (another rule)", POD + """
                          containers:
                            - {name: a, image: "nginx:1.27"}
                            - {name: b, image: "nginx@sha256:%s"}
                            - {name: c, image: "nginx:latest"}
                            - {name: d, image: "registry.local:5000/app:2"}
                        """.formatted("ab".repeat(32))),
                RuleCase.passes("template placeholders and invalid references", POD + """
                          containers:
                            - {name: a, image: "${IMAGE}"}
                            - {name: b, image: "$(REGISTRY)/app"}
                            - {name: c, image: "{{ .Values.image }}"}
                            - {name: d, image: "<your-image>"}
                            - {name: e, image: ""}
                            - {name: f, image: }
                            - {name: g, image: "My/App"}
                        """),
                RuleCase.passes("images outside containers", """
                        apiVersion: example.com/v1
                        kind: Pod
                        spec:
                          containers: [{name: a, image: nginx}]
                        ---
                        apiVersion: kustomize.config.k8s.io/v1beta1
                        kind: Kustomization
                        images:
                          - name: nginx
                            newName: my-registry/nginx
                        """),
                RuleCase.passes("empty file", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messageNamesTheImageAndTheContainer() {
        tester.assertMessage(POD + "  containers: [{name: web, image: nginx}]\n", "Image \"nginx\" of Container \"web\""
                + " has no tag, so it runs whatever \"latest\" is when the node pulls it; pin a version (and ideally a"
                + " digest)");
    }
}
