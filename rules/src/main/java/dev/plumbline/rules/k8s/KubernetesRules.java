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
                new PrivilegeEscalationRule(),
                new UnknownFieldRule(),
                new WrongTypeRule(),
                new MissingRequiredFieldRule(),
                new InvalidEnumValueRule(),
                new UnknownApiVersionRule(),
                new DeprecatedApiVersionRule(),
                new RemovedApiVersionRule(),
                new InvalidNameRule(),
                new SuspiciousQuantityRule());
    }
}
