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
                new InstallWithoutYesRule(),
                new AptInstallRecommendsRule(),
                new AptListsNotRemovedRule(),
                new AptNotAptGetRule(),
                new ApkNoCacheRule(),
                new PackageCacheNotCleanedRule(),
                new OsPackageUnpinnedRule(),
                new ZypperDistUpgradeRule(),
                new PipUnpinnedRule(),
                new PipInstallUnlockedRule(),
                new NpmInstallRule(),
                new LockfileNotEnforcedRule(),
                new NpmUnpinnedRule(),
                new GemUnpinnedRule(),
                new GoInstallUnpinnedRule(),
                new WgetProgressRule(),
                new CurlWithoutFailRule(),
                new MissingLockfileRule(),
                new MultipleCmdRule(),
                new MultipleEntrypointRule(),
                new MultipleHealthcheckRule(),
                new WorkdirRelativeRule(),
                new CopyRelativeNoWorkdirRule(),
                new AddInsteadOfCopyRule(),
                new AddRemoteUnverifiedRule(),
                new CopyThenExtractRule(),
                new EnvSelfReferenceRule(),
                new CdInRunRule(),
                new LnBinShRule(),
                new PointlessCommandRule(),
                new ConsecutiveRunRule(),
                new MissingPipefailRule(),
                new CmdShellFormRule(),
                new UndefinedVarRule(),
                new DefinitionDescriptionFormatRule(),
                new ShellcheckRule());
    }
}
