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
                new SyntaxUnknownInstructionRule(),
                new SyntaxArgumentCountRule(),
                new SyntaxUnknownFlagRule(),
                new SyntaxFlagValueRule(),
                new SyntaxKeyValueRule(),
                new SyntaxFromRule(),
                new SyntaxImageReferenceRule(),
                new SyntaxInvalidArgumentRule(),
                new SyntaxDirectiveRule(),
                new MisplacedDirectiveRule(),
                new DirectiveCasingRule(),
                new SyntaxInstructionBeforeFromRule(),
                new SyntaxOnbuildTriggerRule(),
                new SyntaxCopyDestinationRule(),
                new EmptyContinuationLineRule(),
                new InstructionCasingRule(),
                new FromAsCasingRule(),
                new LegacyKeyValueRule(),
                new JsonSingleQuotesRule(),
                new MaintainerDeprecatedRule(),
                new ExposeInvalidPortRule(),
                new ExposeHostMappingRule(),
                new ExposeProtoCasingRule(),
                new LabelKeyInvalidRule(),
                new LabelRequiredRule(),
                new LabelNotInSchemaRule(),
                new LabelSchemaValueRule(),
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
