package dev.plumbline.rules.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.plumbline.config.Config;
import dev.plumbline.config.RuleSetting;
import dev.plumbline.engine.Severity;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ImageNotDigestPinnedRuleTest {

    private static final String POD = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n";
    private static final String DIGEST = "sha256:" + "0123456789abcdef".repeat(4);
    private static final Config ON = new Config(Map.of("k8s/image-not-digest-pinned",
            RuleSetting.severity(Severity.INFORMATION)), List.of(), null, null, Map.of());

    private final RuleTester<KubernetesFile> tester = RuleTester.of(new ImageNotDigestPinnedRule(),
            new KubernetesLanguage(), "deploy.yaml").withConfig(ON);

    static Stream<RuleCase> cases() {
        return Stream.of(
                RuleCase.flags("a tag without a digest, on the tag, in every list", POD + """
                          initContainers:
                            - {name: a, image: "busybox:«1.36»"}
                          containers:
                            - name: b
                              image: registry.local:5000/team/app:«v2.1.0»
                          ephemeralContainers:
                            - name: c
                              image: alpine:«3.20»
                        """),
                RuleCase.passes("digests, untagged, latest and placeholders", POD + """
                          containers:
                            - {name: a, image: "nginx:1.27@%s"}
                            - {name: b, image: "nginx@%s"}
                            - {name: c, image: nginx}
                            - {name: d, image: "nginx:latest"}
                            - {name: e, image: "nginx:${TAG}"}
                            - {name: f, image: registry.local:5000/app}
                        """.formatted(DIGEST, DIGEST)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactlyTheMarkedRanges(RuleCase c) {
        tester.verify(c);
    }

    @Test
    void offByDefault() {
        String source = POD + "  containers: [{name: a, image: \"nginx:1.27\"}]\n";
        assertEquals(List.of(), RuleTester.of(new ImageNotDigestPinnedRule(), new KubernetesLanguage(), "d.yaml")
                .findings(source));
        tester.assertMessage(source, "Image \"nginx:1.27\" of Container \"a\" is pinned by tag only; the tag can be moved"
                + " to other content, a digest (@sha256:...) cannot");
    }
}
