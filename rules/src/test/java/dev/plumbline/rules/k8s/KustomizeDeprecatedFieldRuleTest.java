package dev.plumbline.rules.k8s;

import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class KustomizeDeprecatedFieldRuleTest {

    private static final RuleTester<dev.plumbline.syntax.k8s.KubernetesFile> TESTER =
            RuleTester.of(new KustomizeDeprecatedFieldRule(), new KubernetesLanguage(), "kustomization.yaml");

    private static final String HEAD = "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n";

    static List<RuleCase> cases() {
        return List.of(
                RuleCase.flags("every deprecated field", HEAD + "«bases»: [../base]\n«patchesStrategicMerge»: [p.yaml]\n"
                        + "«patchesJson6902»: []\n«commonLabels»: {app: web}\n«vars»: []\n"),
                RuleCase.passes("current fields", HEAD + "resources: [../base]\npatches: [{path: p.yaml}]\n"
                        + "labels: [{pairs: {app: web}, includeSelectors: true}]\n"),
                RuleCase.passes("not a kustomization", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n"
                        + "data: {bases: x}\n"));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void verify(RuleCase c) {
        TESTER.verify(c);
    }

    @Test
    void movesBasesIntoResources() {
        TESTER.assertFix(HEAD + "«bases»:\n  - ../base\n", KustomizeDeprecatedFieldRule.BASES_FIX,
                HEAD + "resources:\n  - ../base\n");
    }

    @Test
    void movesStrategicMergePatchesIntoPatches() {
        TESTER.assertFix(HEAD + "resources: [../base]\n«patchesStrategicMerge»:\n  - memory.yaml\n  - replicas.yaml\n",
                KustomizeDeprecatedFieldRule.PATCHES_FIX,
                HEAD + "resources: [../base]\npatches:\n  - path: memory.yaml\n  - path: replicas.yaml\n");
    }

    @Test
    void offersNoFixWhenTheTargetKeyExists() {
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), TESTER.onlyFinding(HEAD
                + "resources: [a.yaml]\nbases: [../base]\n").fixes());
    }
}
