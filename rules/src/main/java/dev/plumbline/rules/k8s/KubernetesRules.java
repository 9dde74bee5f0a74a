package dev.plumbline.rules.k8s;

import dev.plumbline.engine.Rule;
import dev.plumbline.syntax.k8s.KubernetesFile;
import java.util.List;

/** Every Kubernetes rule, listed explicitly. */
public final class KubernetesRules {

    private KubernetesRules() {
    }

    public static List<Rule<KubernetesFile>> all() {
        return List.of(
                new YamlSyntaxRule(),
                new DuplicateKeyRule(),
                new LatestTagRule(),
                new UntaggedImageRule(),
                new ImageNotDigestPinnedRule(),
                new ImagePullPolicyRule(),
                new PrivilegeEscalationRule(),
                new RunAsNonRootRule(),
                new RunAsRootRule(),
                new NonRootUnverifiableRule(),
                new ReadOnlyRootFsRule(),
                new PrivilegedContainerRule(),
                new DangerousCapabilitiesRule(),
                new CapabilitiesNotDroppedRule(),
                new HostNetworkRule(),
                new HostPidRule(),
                new HostIpcRule(),
                new HostPortRule(),
                new SensitiveHostMountRule(),
                new HostPathVolumeRule(),
                new UnsafeProcMountRule(),
                new UnsafeSysctlsRule(),
                new SeccompProfileRule(),
                new AutomountServiceAccountTokenRule(),
                new DeprecatedServiceAccountFieldRule(),
                new MissingRequestsRule(),
                new MissingMemoryLimitRule(),
                new MissingCpuLimitRule(),
                new RequestsExceedLimitsRule(),
                new MissingLivenessProbeRule(),
                new MissingReadinessProbeRule(),
                new ProbePortNotExposedRule(),
                new IdenticalProbesRule(),
                new UnknownFieldRule(),
                new WrongTypeRule(),
                new MissingRequiredFieldRule(),
                new InvalidEnumValueRule(),
                new UnknownApiVersionRule(),
                new DeprecatedApiVersionRule(),
                new RemovedApiVersionRule(),
                new InvalidNameRule(),
                new SuspiciousQuantityRule(),
                // workload correctness, rollout and availability
                new SelectorMismatchRule(),
                new InvalidRestartPolicyRule(),
                new DuplicateContainerNameRule(),
                new DuplicateEnvVarRule(),
                new VolumeMountMissingVolumeRule(),
                new RevisionHistoryZeroRule(),
                new JobTtlRule(),
                new CronJobMissingDeadlineRule(),
                new ReplicasNotSpreadRule(),
                new SingleReplicaRule(),
                new SshPortRule(),
                new PdbBlocksEvictionRule(),
                new PdbUnhealthyPodEvictionPolicyRule(),
                new HpaReplicasConflictRule(),
                new HpaWithoutRequestsRule(),
                // secrets
                new SecretInEnvRule(),
                new HardcodedSecretRule(),
                new SecretInManifestRule(),
                // RBAC, exposure and metadata
                new ClusterAdminBindingRule(),
                new RbacWildcardRule(),
                new RbacPodExecRule(),
                new RbacSensitiveAccessRule(),
                new ExposedServiceRule(),
                new DefaultNamespaceRule(),
                new RequiredMetadataRule(),
                new DeprecatedAnnotationRule(),
                // cross-resource and cross-file (scope from the workspace index)
                new DanglingServiceRule(),
                new ServiceTargetPortRule(),
                new DanglingIngressRule(),
                new DanglingHpaRule(),
                new DanglingSelectorRule(),
                new MissingServiceAccountRule(),
                new MissingConfigRefRule(),
                new StatefulSetServiceNameRule(),
                new DuplicateResourceRule(),
                new KustomizeMissingPathRule(),
                new KustomizeUnpinnedRule(),
                new KustomizeDeprecatedFieldRule(),
                new MissingPdbRule(),
                new MissingNetworkPolicyRule());
    }
}
