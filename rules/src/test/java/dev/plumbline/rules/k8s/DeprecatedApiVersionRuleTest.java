package dev.plumbline.rules.k8s;

import dev.plumbline.config.Config;
import dev.plumbline.syntax.k8s.KubernetesFile;
import dev.plumbline.testing.RuleCase;
import dev.plumbline.testing.RuleTester;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeprecatedApiVersionRuleTest {

    private final RuleTester<KubernetesFile> newest =
            RuleTester.of(new DeprecatedApiVersionRule(), new KubernetesLanguage(), "app.yaml");
    private final RuleTester<KubernetesFile> release124 =
            RuleTester.of(new DeprecatedApiVersionRule(), new KubernetesLanguage(), "app.yaml")
                    .withConfig(new Config(Map.of(), List.of(), null, null, Map.of("k8s.version", "1.24")));

    @Test
    void retiredVersionsAreDeprecatedBeforeTheirRemovalOnly() {
        release124.verify(RuleCase.flags("deprecated in 1.21, removed in 1.25", """
                apiVersion: «policy/v1beta1»
                kind: PodDisruptionBudget
                ---
                apiVersion: «batch/v1beta1»
                kind: CronJob
                """));
        release124.verify(RuleCase.passes("removed before 1.24, or not yet deprecated", """
                apiVersion: extensions/v1beta1
                kind: Deployment
                ---
                apiVersion: flowcontrol.apiserver.k8s.io/v1beta3
                kind: FlowSchema
                """));
        newest.verify(RuleCase.passes("removed by the newest release: another rule's", """
                apiVersion: policy/v1beta1
                kind: PodDisruptionBudget
                """));
    }

    @Test
    void preReleaseVersionsBesideAStableOneAreDeprecated() {
        newest.verify(RuleCase.flags("a stable version of the kind is served", """
                apiVersion: «resource.k8s.io/v1beta1»
                kind: DeviceClass
                metadata: {name: gpu}
                ---
                apiVersion: «networking.k8s.io/v1beta1»
                kind: IPAddress
                ---
                apiVersion: certificates.k8s.io/v1beta1
                kind: ClusterTrustBundle
                """));
        newest.assertMessage("apiVersion: storage.k8s.io/v1beta1\nkind: VolumeAttributesClass\n",
                "storage.k8s.io/v1beta1 VolumeAttributesClass is a pre-release version superseded by storage.k8s.io/v1;"
                        + " pre-release versions are removed in a later release");
        release124.verify(RuleCase.passes("an older release may not serve the stable one yet",
                "apiVersion: resource.k8s.io/v1beta1\nkind: DeviceClass\n"));
    }

    @Test
    void messageAndFix() {
        release124.assertMessage("apiVersion: batch/v1beta1\nkind: CronJob\n",
                "batch/v1beta1 CronJob is deprecated since Kubernetes 1.21 and no longer served from 1.25; use batch/v1");
        release124.assertFix("""
                apiVersion: «batch/v1beta1»
                kind: CronJob
                metadata: {name: nightly}
                spec:
                  schedule: "0 3 * * *"
                  jobTemplate:
                    spec:
                      template:
                        spec:
                          restartPolicy: OnFailure
                          containers: [{name: job, image: "busybox:1.36"}]
                """, "Use batch/v1", """
                apiVersion: batch/v1
                kind: CronJob
                metadata: {name: nightly}
                spec:
                  schedule: "0 3 * * *"
                  jobTemplate:
                    spec:
                      template:
                        spec:
                          restartPolicy: OnFailure
                          containers: [{name: job, image: "busybox:1.36"}]
                """);
    }
}
