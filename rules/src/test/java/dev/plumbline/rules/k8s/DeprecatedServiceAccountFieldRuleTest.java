package dev.plumbline.rules.k8s;

import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import org.junit.jupiter.api.Test;

class DeprecatedServiceAccountFieldRuleTest {

    private static final String POD = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n";

    private final RuleTester<KubernetesFile> tester =
            RuleTester.of(new DeprecatedServiceAccountFieldRule(), new KubernetesLanguage(), "deploy.yaml");

    @Test
    void flagsTheKey() {
        tester.verify(RuleCase.flags("the key, in any workload", POD + "  «serviceAccount»: web\n  containers: [{name: a}]\n"
                + "---\napiVersion: batch/v1\nkind: CronJob\nspec:\n  jobTemplate:\n    spec:\n      template:\n"
                + "        spec: {«serviceAccount»: x, containers: [{name: a}]}\n"));
        tester.verify(RuleCase.passes("serviceAccountName", POD + "  serviceAccountName: web\n"));
        tester.assertMessage(POD + "  serviceAccount: web\n", "serviceAccount is a deprecated alias of serviceAccountName;"
                + " use serviceAccountName");
    }

    @Test
    void renamesTheKeyOrRemovesIt() {
        tester.assertFix(POD + "  serviceAccount: web # ci\n  containers: [{name: a}]\n",
                DeprecatedServiceAccountFieldRule.RENAME_TITLE,
                POD + "  serviceAccountName: web # ci\n  containers: [{name: a}]\n");
        tester.assertFix(POD + "  serviceAccountName: web\n  serviceAccount: web\n  containers: [{name: a}]\n",
                DeprecatedServiceAccountFieldRule.REMOVE_TITLE,
                POD + "  serviceAccountName: web\n  containers: [{name: a}]\n");
        tester.assertFix(POD.replace("spec:\n", "") + "spec: {serviceAccount: web, containers: [{name: a}]}\n",
                DeprecatedServiceAccountFieldRule.RENAME_TITLE,
                POD.replace("spec:\n", "") + "spec: {serviceAccountName: web, containers: [{name: a}]}\n");
    }
}
