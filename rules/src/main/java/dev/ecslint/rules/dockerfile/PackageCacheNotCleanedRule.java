package dev.ecslint.rules.dockerfile;

import dev.ecslint.core.dockerfile.AbstractDockerfileRule;
import dev.ecslint.core.dockerfile.Dockerfile;
import dev.ecslint.core.dockerfile.Instruction;
import dev.ecslint.core.dockerfile.PackageCommand;
import dev.ecslint.core.dockerfile.PackageManager;
import dev.ecslint.core.dockerfile.RunCommands;
import dev.ecslint.core.dockerfile.ShellCommand;
import dev.ecslint.core.dockerfile.Stage;
import dev.ecslint.core.dockerfile.Token;
import dev.ecslint.core.i18n.Message;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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
            .message("aptLists", "{command} leaves the package lists in the layer; end the same RUN with "
                    + "`&& rm -rf /var/lib/apt/lists/*`")
            .message("apkCache", "{command} without --no-cache leaves the package index in /var/cache/apk; use "
                    + "`apk add --no-cache`")
            .message("cacheLeft", "{command} leaves its cache in the layer; end the same RUN with {clean}")
            .equivalents("DL3009", "DL3019", "DL3032", "DL3036", "DL3040", "DS015", "DS019", "DS020", "DS025",
                    "DS027", "df746b39-6564-4fed-bf85-e9c44382303c", "ae9c56a6-3ed1-4ac0-9b54-31267f51151d",
                    "00481784-25aa-4a55-8633-3136dfcf4f37", "295acb63-9246-4b21-b441-7c1f1fb62dc0",
                    "38300d1a-feb2-4a48-936a-d1ef1cd24313")
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
                    checkRun(dockerfile.commandsOf(i), ctx);
                }
                // a trigger runs in every downstream build, whichever stage registers it
                i.onbuildTrigger().filter(t -> t.is("RUN")).ifPresent(t -> checkRun(dockerfile.commandsOf(t), ctx));
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

    private static void checkRun(RunCommands run, RuleContext ctx) {
        List<PackageCommand> installs = new ArrayList<>();
        for (PackageCommand c : run.packageCommands()) {
            if (c.isInstall() && c.manager().isSystem()) {
                installs.add(c);
            }
        }
        if (installs.isEmpty()) {
            return;
        }
        Cleanups cleanups = Cleanups.of(run);
        for (PackageCommand c : installs) {
            if (!cleanups.keepsOutOfLayer(c)) {
                ctx.report(c.program(), problem(c));
            }
        }
    }

    private static Message problem(PackageCommand c) {
        String command = c.name() + " " + c.subcommandName();
        switch (c.manager()) {
            case APT_GET:
            case APT:
                return META.message("aptLists").code("command", command);
            case APK:
                return META.message("apkCache").code("command", command);
            case ZYPPER:
                return META.message("cacheLeft").code("command", command).code("clean", "&& zypper clean");
            default:
                return META.message("cacheLeft").code("command", command).code("clean", "&& " + c.name() + " clean all");
        }
    }

    /**
     * Where the clean-ups of one RUN happen: for each kind, the position of the last command that does it,
     * so that each install is judged in constant time (an install is cleaned when a clean-up comes after it).
     */
    private static final class Cleanups {
        private final Set<String> mounted;
        private final Map<String, Integer> lastRemoval = new HashMap<>();
        private int lastRpmCleanAll = -1;
        private int lastMicrodnfCleanAll = -1;
        private int lastZypperClean = -1;

        private Cleanups(Set<String> mounted) {
            this.mounted = mounted;
        }

        static Cleanups of(RunCommands run) {
            Cleanups cleanups = new Cleanups(run.cacheMountTargets());
            for (ShellCommand c : run.commands()) {
                if (c.is("rm")) {
                    for (Token path : c.positionals()) {
                        for (String dir : CACHE_DIRECTORIES) {
                            if (removes(path.value(), dir)) {
                                cleanups.lastRemoval.merge(dir, c.index(), Math::max);
                            }
                        }
                    }
                }
            }
            for (PackageCommand c : run.packageCommands()) {
                String sub = c.subcommandName();
                boolean cleanAll = sub.equals("clean") && c.operands().stream().anyMatch(o -> o.value().equals("all"));
                if (cleanAll && c.is(PackageManager.YUM, PackageManager.DNF)) {
                    cleanups.lastRpmCleanAll = Math.max(cleanups.lastRpmCleanAll, c.position());
                } else if (cleanAll && c.is(PackageManager.MICRODNF)) {
                    cleanups.lastMicrodnfCleanAll = Math.max(cleanups.lastMicrodnfCleanAll, c.position());
                } else if (c.is(PackageManager.ZYPPER) && (sub.equals("clean") || sub.equals("cc"))) {
                    cleanups.lastZypperClean = Math.max(cleanups.lastZypperClean, c.position());
                }
            }
            return cleanups;
        }

        boolean keepsOutOfLayer(PackageCommand install) {
            int at = install.position();
            switch (install.manager()) {
                case APT_GET:
                case APT:
                    // apt keeps its lists in /var/lib/apt/lists and its package cache in /var/cache/apt: mounting
                    // /var/lib/apt alone leaves pkgcache.bin in the layer (hadolint DL3009 asks for both)
                    return removedAfter(APT_LISTS, at) || mounted.contains(APT_LISTS)
                            || mounted.contains("/var/lib/apt") && mounted.contains("/var/cache/apt");
                case APK:
                    return install.hasFlag("--no-cache", "--no-network") || handled(APK_CACHE, at);
                case ZYPPER:
                    return lastZypperClean > at || handled(ZYPP_CACHE, at);
                case MICRODNF:
                    return lastMicrodnfCleanAll > at || anyRpmDirectoryHandled(at);
                default:
                    return lastRpmCleanAll > at || anyRpmDirectoryHandled(at);
            }
        }

        private boolean anyRpmDirectoryHandled(int at) {
            for (String dir : PackageManager.DNF.cacheDirectories()) {
                if (handled(dir, at)) {
                    return true;
                }
            }
            return false;
        }

        /** Removed after the install, or a cache or tmpfs mount on it or on a directory above it. */
        private boolean handled(String dir, int at) {
            if (removedAfter(dir, at)) {
                return true;
            }
            for (String target : mounted) {
                if (dir.equals(target) || dir.startsWith(target + "/")) {
                    return true;
                }
            }
            return false;
        }

        private boolean removedAfter(String dir, int at) {
            return lastRemoval.getOrDefault(dir, -1) > at;
        }
    }

    private static final String APT_LISTS = "/var/lib/apt/lists";
    private static final String APK_CACHE = "/var/cache/apk";
    private static final String ZYPP_CACHE = "/var/cache/zypp";
    private static final List<String> CACHE_DIRECTORIES = List.of(APT_LISTS, APK_CACHE, ZYPP_CACHE, "/var/cache/yum",
            "/var/cache/dnf", "/var/cache/libdnf5");

    /**
     * True when {@code rm PATH} deletes {@code dir} or what is in it: the directory itself, its content
     * ({@code /var/lib/apt/lists/*}), part of it, or a directory above it ({@code /var/cache/*}).
     */
    static boolean removes(String path, String dir) {
        String p = path;
        while (p.endsWith("*") || p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        if (p.isEmpty()) {
            return false; // rm -rf /* is no clean-up
        }
        return p.equals(dir) || path.startsWith(dir + "/") || dir.startsWith(p + "/");
    }
}
