package dev.plumbline.rules.k8s;

import dev.plumbline.config.Config;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ImagePullPolicyRuleTest {

    private static final String POD = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n";
    private static final String FIX = ImagePullPolicyRule.FIX_TITLE;
    private static final Config ALWAYS = new Config(Map.of(), List.of(), null, null,
            Map.of(ImagePullPolicyRule.OPTION, ImagePullPolicyRule.ALWAYS));

    private final RuleTester<KubernetesFile> tester =
            RuleTester.of(new ImagePullPolicyRule(), new KubernetesLanguage(), "deploy.yaml");

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("IfNotPresent on a moving tag, in every list", POD + """
                          initContainers:
                            - {name: a, image: busybox, imagePullPolicy: «IfNotPresent»}
                          containers:
                            - name: b
                              image: nginx:latest
                              imagePullPolicy: «IfNotPresent»
                          ephemeralContainers:
                            - {name: c, image: "registry.local:5000/app", imagePullPolicy: «"IfNotPresent"»}
                        """),
                RuleCase.passes("Always, the default, fixed tags, digests, Never and other words", POD + """
                          containers:
                            - {name: a, image: nginx:latest, imagePullPolicy: Always}
                            - {name: b, image: nginx:latest}
                            - {name: c, image: nginx:1.27, imagePullPolicy: IfNotPresent}
                            - {name: d, image: "nginx@sha256:%s", imagePullPolicy: IfNotPresent}
                            - {name: e, image: kind-local:latest, imagePullPolicy: Never}
                            - {name: f, image: nginx, imagePullPolicy: Sometimes}
                            - {name: g, image: "${IMAGE}", imagePullPolicy: IfNotPresent}
                        """.formatted("0123456789abcdef".repeat(4))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void messages() {
        tester.assertMessage(POD + "  containers: [{name: a, image: nginx, imagePullPolicy: IfNotPresent}]\n",
                "Container \"a\" sets imagePullPolicy IfNotPresent on image \"nginx\", whose implied latest tag moves, so a"
                        + " node keeps running the image it pulled first");
        tester.assertMessage(POD + "  containers: [{name: a, image: nginx:latest, imagePullPolicy: IfNotPresent}]\n",
                "Container \"a\" sets imagePullPolicy IfNotPresent on image \"nginx:latest\", whose tag moves, so a node"
                        + " keeps running the image it pulled first");
    }

    @Test
    void setsAlways() {
        tester.assertFix(POD + "  containers:\n    - name: a\n      image: nginx:latest\n      imagePullPolicy: IfNotPresent"
                        + " # cache\n", FIX,
                POD + "  containers:\n    - name: a\n      image: nginx:latest\n      imagePullPolicy: Always # cache\n");
    }

    @Nested
    class WithTheAlwaysOption {

        private final RuleTester<KubernetesFile> strict =
                RuleTester.of(new ImagePullPolicyRule(), new KubernetesLanguage(), "deploy.yaml").withConfig(ALWAYS);

        @Test
        void everyContainerWhosePolicyIsNotAlways() {
            strict.verify(RuleCase.flags("explicit and default", POD + """
                      containers:
                        - {name: a, image: nginx:1.27, imagePullPolicy: «IfNotPresent»}
                        - {name: b, image: kind-local:latest, imagePullPolicy: «Never»}
                        - {«name: c», image: nginx:1.27}
                        - {name: d, image: nginx:latest}
                        - {name: e, image: nginx:1.27, imagePullPolicy: Always}
                    """));
            strict.assertMessage(POD + "  containers: [{name: a, image: nginx:1.27}]\n", "Container \"a\" does not set"
                    + " imagePullPolicy, so it defaults to IfNotPresent and nodes run their cached copy of image"
                    + " \"nginx:1.27\" without checking the registry");
        }

        @Test
        void insertsThePolicy() {
            strict.assertFix(POD + "  containers:\n    - name: a\n      image: nginx:1.27\n", FIX,
                    POD + "  containers:\n    - name: a\n      image: nginx:1.27\n      imagePullPolicy: Always\n");
        }
    }
}
