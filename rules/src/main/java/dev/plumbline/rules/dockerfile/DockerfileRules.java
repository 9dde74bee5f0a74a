package dev.plumbline.rules.dockerfile;

import dev.plumbline.engine.Rule;
import dev.plumbline.syntax.dockerfile.Dockerfile;
import java.util.List;

/** Every Dockerfile rule, listed explicitly. */
public final class DockerfileRules {

    private DockerfileRules() {
    }

    public static List<Rule<Dockerfile>> all() {
        return List.of(
                new SyntaxErrorRule(),
                new LatestTagRule(),
                new UntaggedImageRule(),
                new PipNoCacheDirRule(),
                // practices: users, health, stages, base images, secrets
                new MissingUserRule(),
                new RootUserRule(),
                new UserNotNumericRule(),
                new CopyWithoutChownRule(),
                new SudoRule(),
                new UseraddLargeUidRule(),
                new ChmodWorldWritableRule(),
                new MissingHealthcheckRule(),
                new SingleStageBuildRule(),
                new DuplicateStageNameRule(),
                new ReservedStageNameRule(),
                new StageNameCasingRule(),
                new CopyFromUnknownStageRule(),
                new CopyFromSelfRule(),
                new CopyWholeFilesystemRule(),
                new UnusedStageRule(),
                new ImageNotDigestPinnedRule(),
                new UntrustedRegistryRule(),
                new UndefinedArgInFromRule(),
                new InvalidDefaultArgInFromRule(),
                new FromPlatformConstantRule(),
                new RedundantTargetPlatformRule(),
                new SdkImageInFinalStageRule(),
                new SecretInEnvRule(),
                new SecretInArgRule(),
                new HardcodedSecretRule(),
                new CopySensitiveFileRule(),
                new CurlPipeShellRule(),
                new InsecureDownloadRule(),
                new MissingDockerignoreRule(),
                new CopyIgnoredFileRule(),
                new CopySourceMissingRule());
    }
}
