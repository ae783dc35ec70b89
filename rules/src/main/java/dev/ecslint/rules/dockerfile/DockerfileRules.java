package dev.ecslint.rules.dockerfile;

import dev.ecslint.core.dockerfile.Dockerfile;
import dev.ecslint.core.model.Rule;
import dev.ecslint.core.model.RuleSet;
import java.util.List;

/** The built-in rules for Dockerfiles (DF); the engine creates them only when a file yields such a subject. */
public final class DockerfileRules implements RuleSet {

    @Override
    public List<Class<?>> subjectTypes() {
        return List.of(Dockerfile.class);
    }

    @Override
    public List<Rule<?>> rules() {
        return List.of(
                new AddInsteadOfCopyRule(),
                new AddRemoteUrlRule(),
                new AptInsteadOfAptGetRule(),
                new AptNoInstallRecommendsRule(),
                new CdInRunRule(),
                new ConsecutiveRunRule(),
                new CopyAllBeforeDepsRule(),
                new CopyFromUnknownStageRule(),
                new CopyFromUnpinnedImageRule(),
                new CopyMultipleToFileRule(),
                new CurlPipeShellRule(),
                new DuplicateStageNameRule(),
                new HeavyBaseImageRule(),
                new InstallMissingYesRule(),
                new InvalidPortRule(),
                new LatestTagRule(),
                new MaintainerDeprecatedRule(),
                new MissingDockerignoreRule(),
                new MissingHealthcheckRule(),
                new PackageCacheNotCleanedRule(),
                new PackageUpgradeRule(),
                new PasswordSetInRunRule(),
                new PipCacheRule(),
                new PipeWithoutPipefailRule(),
                new RelativeWorkdirRule(),
                new RepeatedEntrypointRule(),
                new RootUserRule(),
                new RunExportLostRule(),
                new SecretBuildArgRule(),
                new SecretInEnvRule(),
                new SensitiveFileCopiedRule(),
                new ShellFormCmdRule(),
                new ShellPid1Rule(),
                new SignatureCheckDisabledRule(),
                new SingleStageBuildRule(),
                new SshPortExposedRule(),
                new SudoUsageRule(),
                new TlsVerificationDisabledRule(),
                new UnpinnedPackagesRule(),
                new UntaggedImageRule(),
                new UntrustedRegistryRule(),
                new UpdateAloneRule(),
                new UseraddHighUidRule(),
                new WgetAndCurlRule(),
                new WorldWritableRule());
    }
}
