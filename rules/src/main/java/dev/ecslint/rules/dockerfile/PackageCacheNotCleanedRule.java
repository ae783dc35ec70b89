package dev.ecslint.rules.dockerfile;

import dev.ecslint.core.dockerfile.AbstractDockerfileRule;
import dev.ecslint.core.dockerfile.Dockerfile;
import dev.ecslint.core.dockerfile.Flag;
import dev.ecslint.core.dockerfile.Instruction;
import dev.ecslint.core.dockerfile.ShellCommand;
import dev.ecslint.core.dockerfile.Stage;
import dev.ecslint.core.dockerfile.Token;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/** DF011: a package install leaves the package index or download cache in the image layer. */
public final class PackageCacheNotCleanedRule extends AbstractDockerfileRule {

    private static final RuleMeta META = RuleMeta.builder("DF011", "package-cache-not-cleaned")
            .title("Clean the package manager cache in the same RUN")
            .severity(Severity.INFO)
            .category(Category.EFFICIENCY)
            .kinds(DocumentKind.DOCKERFILE)
            .rationale("Package indexes and downloaded packages (/var/lib/apt/lists, /var/cache/apk, "
                    + "/var/cache/yum, /var/cache/zypp) are only needed during the install. Left in the layer they "
                    + "add tens of megabytes that every ECS task pulls; deleting them in a later RUN does not help, "
                    + "because the earlier layer still holds them. Stages that the final image does not build on "
                    + "are not checked, as their layers do not ship.")
            .fix("Clean up in the same RUN: `apt-get install … && rm -rf /var/lib/apt/lists/*`, `apk add --no-cache "
                    + "…`, `yum install … && yum clean all` (dnf, microdnf alike), `zypper install … && zypper clean`; "
                    + "or mount a BuildKit cache on that directory (`RUN --mount=type=cache,target=/var/cache/apk`).")
            .bad("Dockerfile", "FROM alpine:3.20\nRUN apk add curl=8.9.1-r2\n")
            .good("Dockerfile", "FROM alpine:3.20\nRUN apk add --no-cache curl=8.9.1-r2\n")
            .references("https://docs.docker.com/build/building/best-practices/#apt-get",
                    "https://docs.docker.com/build/cache/optimize/#use-cache-mounts")
            .equivalents("DL3009", "DL3019", "DL3032", "DL3040", "DL3036", "DS016", "DS017", "DS018", "DS019")
            .build();

    public PackageCacheNotCleanedRule() {
        super(META);
    }

    @Override
    public void check(Dockerfile dockerfile, RuleContext ctx) {
        Set<Stage> shipped = shippedStages(dockerfile);
        for (Stage stage : dockerfile.stages()) {
            for (Instruction i : stage.instructions()) {
                if (i.is("RUN") && shipped.contains(stage)) {
                    checkRun(i, ctx);
                }
                // a trigger runs in every downstream build, whichever stage registers it
                i.onbuildTrigger().filter(t -> t.is("RUN")).ifPresent(t -> checkRun(t, ctx));
            }
        }
    }

    /** The final stage and the stages it is built FROM: the layers the image is made of. */
    private static Set<Stage> shippedStages(Dockerfile dockerfile) {
        Set<Stage> stages = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Stage s = dockerfile.finalStage(); ; s = s.baseStage().get()) {
            stages.add(s);
            if (s.baseStage().isEmpty()) {
                return stages;
            }
        }
    }

    private static void checkRun(Instruction run, RuleContext ctx) {
        List<String> cacheMounts = cacheMounts(run);
        List<ShellCommand> commands = run.shellScript().allCommands();
        for (PackageCommand c : PackageCommand.in(run.shellScript())) {
            if (!c.isInstall()) {
                continue;
            }
            int after = c.command().index();
            String problem = null;
            switch (c.manager()) {
                case APT_GET:
                case APT:
                    if (!removesAfter(commands, after, "/var/lib/apt/lists")
                            && !cacheMounts.contains("/var/lib/apt/lists")
                            && !(cacheMounts.contains("/var/lib/apt") && cacheMounts.contains("/var/cache/apt"))) {
                        problem = "`" + c.command().name() + " install` leaves the package lists in the layer; end "
                                + "the same RUN with `&& rm -rf /var/lib/apt/lists/*`";
                    }
                    break;
                case APK:
                    if (!c.hasFlag("--no-cache", "--no-network") && !cacheMounts.contains("/var/cache/apk")
                            && !removesAfter(commands, after, "/var/cache/apk")) {
                        problem = "`apk add` without --no-cache leaves the package index in /var/cache/apk; use "
                                + "`apk add --no-cache`";
                    }
                    break;
                case YUM:
                case DNF:
                case MICRODNF:
                    if (!cleansAllAfter(commands, after) && !removesAfter(commands, after, "/var/cache/yum")
                            && !removesAfter(commands, after, "/var/cache/dnf")
                            && !cacheMounts.contains("/var/cache/yum") && !cacheMounts.contains("/var/cache/dnf")) {
                        problem = "`" + c.command().name() + " install` leaves its cache in the layer; end the same "
                                + "RUN with `&& " + c.manager().command() + " clean all`";
                    }
                    break;
                case ZYPPER:
                    if (!zypperCleansAfter(commands, after) && !cacheMounts.contains("/var/cache/zypp")) {
                        problem = "`zypper install` leaves its cache in the layer; end the same RUN with "
                                + "`&& zypper clean`";
                    }
                    break;
                default:
                    break;
            }
            if (problem != null) {
                ctx.report(c.program(), problem);
            }
        }
    }

    /** The targets of {@code --mount=type=cache}, without trailing slashes. */
    private static List<String> cacheMounts(Instruction run) {
        List<String> targets = new ArrayList<>();
        for (Flag mount : run.flags("mount")) {
            if (!"cache".equals(mount.option("type"))) {
                continue;
            }
            for (String key : new String[] {"target", "dst", "destination"}) {
                String target = mount.option(key);
                if (target != null) {
                    targets.add(target.replaceAll("(?<!/)/+$", ""));
                }
            }
        }
        return targets;
    }

    /** An {@code rm} after position {@code after} that deletes {@code dir} or what is in it. */
    private static boolean removesAfter(List<ShellCommand> commands, int after, String dir) {
        for (ShellCommand c : commands) {
            if (c.index() > after && c.is("rm")) {
                for (Token a : c.positionals()) {
                    if (a.value().startsWith(dir)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean cleansAllAfter(List<ShellCommand> commands, int after) {
        for (ShellCommand c : commands) {
            if (c.index() > after && c.is("yum", "dnf", "microdnf") && c.hasArgument("clean")
                    && c.hasArgument("all")) {
                return true;
            }
        }
        return false;
    }

    private static boolean zypperCleansAfter(List<ShellCommand> commands, int after) {
        for (ShellCommand c : commands) {
            if (c.index() > after && c.is("zypper") && (c.hasArgument("clean") || c.hasArgument("cc"))) {
                return true;
            }
        }
        return false;
    }
}
