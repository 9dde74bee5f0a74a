package dev.plumbline.rules.gha;

import dev.plumbline.engine.Rule;
import dev.plumbline.syntax.gha.WorkflowFile;
import java.util.List;

/** Every GitHub Actions rule, listed explicitly. */
public final class WorkflowRules {

    private WorkflowRules() {
    }

    public static List<Rule<WorkflowFile>> all() {
        return List.of(
                new YamlSyntaxRule(),
                new DuplicateKeyRule(),
                new UnpinnedActionRule(),
                new NpmInstallRule(),
                new UnknownKeyRule(),
                new MissingRequiredKeyRule(),
                new WrongTypeRule(),
                new YamlMergeKeyRule(),
                new UnusedAnchorRule(),
                new InvalidIdRule(),
                new DuplicateIdRule(),
                new InvalidEnvNameRule(),
                new InvalidEventRule(),
                new InvalidGlobRule(),
                new InvalidCronRule(),
                new CronTooFrequentRule(),
                new InvalidInputDefinitionRule(),
                new DangerousTriggerRule(),
                new InvalidNeedsRule(),
                new InvalidMatrixRule(),
                new InvalidRunnerLabelRule(),
                new ShellNameRule(),
                new DiscouragedFeatureRule(),
                new ConcurrencyDeadlockRule(),
                new MissingConcurrencyRule(),
                new MissingTimeoutRule(),
                new IfAlwaysTrueRule(),
                new ConstantConditionRule(),
                new DeprecatedCommandRule(),
                new GithubEnvWriteRule(),
                new MissingReusableWorkflowRule(),
                new ReusableWorkflowInputsRule(),
                new ExpressionSyntaxRule(),
                new ExpressionTypeRule(),
                new ContextAvailabilityRule(),
                new UnknownFunctionRule(),
                new UndefinedReferenceRule(),
                new TemplateInjectionRule(),
                new ActionBranchRefRule(),
                new ShortShaRefRule(),
                new LatestTagRule(),
                new UntaggedImageRule(),
                new ImageNotDigestPinnedRule(),
                new MissingPermissionsRule(),
                new ExcessivePermissionsRule(),
                new InvalidPermissionRule(),
                new PersistCredentialsRule(),
                new UntrustedCheckoutRule(),
                new SecretsInheritRule(),
                new SecretsContextDumpRule(),
                new UnredactedSecretRule(),
                new SecretsOutsideEnvironmentRule(),
                new InsecureCommandsRule(),
                new HardcodedSecretRule(),
                new UnsoundTernaryRule(),
                new UnsoundContainsRule(),
                new ObfuscatedExpressionRule(),
                new BotConditionRule(),
                new AdhocPackageInstallRule(),
                new GithubAppTokenRule(),
                new UseTrustedPublishingRule(),
                new CachePoisoningRule(),
                new InvalidUsesRule(),
                new ShaPinMissingVersionCommentRule(),
                new ActionInputRule(),
                new DeprecatedActionInputRule(),
                new OutdatedActionRule(),
                new ArchivedActionRule(),
                new TyposquatActionRule(),
                new ForbiddenActionRule(),
                new UnpinnedToolRule(),
                new InvalidActionMetadataRule());
    }
}
