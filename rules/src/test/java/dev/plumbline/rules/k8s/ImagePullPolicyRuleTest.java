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

class ImagePullPolicyRuleTest {

    private static final String FIX = ImagePullPolicyRule.FIX_TITLE;
    private static final String POD = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n";

    private final RuleTester<KubernetesFile> tester =
            RuleTester.of(new ImagePullPolicyRule(), new KubernetesLanguage(), "pod.yaml");
    private final RuleTester<KubernetesFile> strict =
            RuleTester.of(new ImagePullPolicyRule(), new KubernetesLanguage(), "pod.yaml")
                    .withConfig(TestConfigs.yaml("kubernetes: {pullPolicy: always}\n"));

    static Stream<RuleCase> mutableTags() {
        return Stream.of(
                RuleCase.flags("IfNotPresent on latest or untagged images", POD + """
                            - name: a
                              image: nginx:latest
                              imagePullPolicy: «IfNotPresent»
                            - {name: b, image: "registry:5000/app", imagePullPolicy: «IfNotPresent»}
                        """),
                RuleCase.passes("pinned tags, digests, Always, Never, no policy, placeholders", POD + """
                            - {name: a, image: "nginx:1.27.3", imagePullPolicy: IfNotPresent}
                            - {name: b, image: "nginx:latest@sha256:0000000000000000000000000000000000000000000000000000000000000000", imagePullPolicy: IfNotPresent}
                            - {name: c, image: "nginx:latest", imagePullPolicy: Always}
                            - {name: d, image: "kind-local/app", imagePullPolicy: Never}
                            - {name: e, image: "nginx"}
                            - {name: f, image: "${IMAGE}", imagePullPolicy: IfNotPresent}
                        """),
                RuleCase.passes("empty file", ""));
    }

    static Stream<RuleCase> always() {
        return Stream.of(
                RuleCase.flags("anything but Always, missing included", POD + """
                            - «name: a»
                              image: nginx:1.27.3
                            - {name: b, image: "nginx:1.27.3", imagePullPolicy: «IfNotPresent»}
                            - {name: c, image: "kind-local/app", imagePullPolicy: «Never»}
                            - {name: d, imagePullPolicy: Always}
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutableTags")
    void reportsIfNotPresentOnMutableTags(RuleCase c) {
        CaseSyntax.assertParses(c);
        tester.verify(c);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("always")
    void withPullPolicyAlwaysReportsAnythingButAlways(RuleCase c) {
        CaseSyntax.assertParses(c);
        strict.verify(c);
    }

    @Test
    void messages() {
        tester.assertMessage(POD + "    - {name: a, image: \"nginx:latest\", imagePullPolicy: IfNotPresent}\n",
                "Container \"a\" pulls image \"nginx:latest\" with imagePullPolicy IfNotPresent, so each node keeps the"
                        + " image it pulled first and nodes run different code under one tag");
        strict.assertMessage(POD + "    - {name: a, image: \"nginx:1.2\"}\n",
                "Container \"a\" does not set imagePullPolicy: Always");
    }

    @Nested
    class QuickFix {

        @Test
        void setsTheValue() {
            tester.assertFix(POD + "    - name: a\n      image: nginx:latest\n      imagePullPolicy: IfNotPresent # cache\n",
                    FIX, POD + "    - name: a\n      image: nginx:latest\n      imagePullPolicy: Always # cache\n");
        }

        @Test
        void insertsTheKeyInStrictMode() {
            strict.assertFix(POD + "    - name: a\n      image: nginx:1.27.3\n", FIX,
                    POD + "    - name: a\n      image: nginx:1.27.3\n      imagePullPolicy: Always\n");
        }

        @Test
        void noFixForAnAliasedContainer() {
            var findings = strict.findings(POD + "    - &c {name: a, image: \"nginx:1.2\"}\n  initContainers:\n    - *c\n");
            assertEquals(2, findings.size(), RuleTester.describe(findings));
            assertEquals(List.of(0, 1), findings.stream().map(f -> f.fixes().size()).sorted().toList());
        }
    }
}
