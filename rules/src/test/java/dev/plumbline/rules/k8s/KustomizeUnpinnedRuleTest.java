package dev.plumbline.rules.k8s;

import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class KustomizeUnpinnedRuleTest {

    private static final RuleTester<dev.plumbline.syntax.k8s.KubernetesFile> TESTER =
            RuleTester.of(new KustomizeUnpinnedRule(), new KubernetesLanguage(), "kustomization.yaml");

    private static String kustomization(String resources) {
        return "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n" + resources;
    }

    static List<RuleCase> cases() {
        return List.of(
                RuleCase.flags("repository without ref", kustomization("  - «github.com/example/app/deploy»\n")),
                RuleCase.flags("ref on a branch", kustomization("  - «https://github.com/example/app//deploy?ref=main»\n")),
                RuleCase.flags("raw file from a branch", kustomization(
                        "  - «https://raw.githubusercontent.com/example/app/master/deploy.yaml»\n")),
                RuleCase.flags("components too", kustomization("  - ok.yaml\ncomponents:\n  - «git::https://example.com/x.git//c»\n")),
                RuleCase.passes("tag ref", kustomization("  - github.com/example/app/deploy?ref=v1.4.2\n")),
                RuleCase.passes("commit ref", kustomization("  - https://github.com/example/app//deploy?ref=3f2a9c1\n")),
                RuleCase.passes("release asset", kustomization(
                        "  - https://github.com/example/app/releases/download/v1.0.0/install.yaml\n")),
                RuleCase.passes("local paths", kustomization("  - ../base\n  - deployment.yaml\n  - app.v2/x.yaml\n")));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void verify(RuleCase c) {
        TESTER.verify(c);
    }
}
