package dev.ecslint.core.dockerfile;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The package managers the Dockerfile rules know: the command names that invoke each one, the
 * subcommands that install and upgrade, the options that take a separate value (so that the value of
 * {@code --virtual .deps} or {@code -t bookworm-backports} is not read as a package name), and the
 * directories where each keeps what it downloads.
 */
public enum PackageManager {
    APT_GET(Set.of("apt-get"), Set.of("install"), Set.of("upgrade", "dist-upgrade"),
            Set.of("-o", "--option", "-c", "--config-file", "-t", "--target-release", "--default-release",
                    "-a", "--host-architecture")),
    APT(Set.of("apt"), Set.of("install"), Set.of("upgrade", "dist-upgrade", "full-upgrade"),
            Set.of("-o", "--option", "-c", "--config-file", "-t", "--target-release", "--default-release",
                    "-a", "--host-architecture")),
    APK(Set.of("apk"), Set.of("add"), Set.of("upgrade"),
            Set.of("-X", "--repository", "-t", "--virtual", "-p", "--root", "--arch", "--cache-dir",
                    "--keys-dir", "--repositories-file")),
    YUM(Set.of("yum"), Set.of("install", "groupinstall", "localinstall"), Set.of("update", "upgrade"),
            Set.of("-c", "--config", "--installroot", "--enablerepo", "--disablerepo", "--releasever",
                    "-x", "--exclude", "--setopt")),
    /** dnf and dnf5 (Fedora 41+), which accept {@code in} for {@code install}. */
    DNF(Set.of("dnf", "dnf5"), Set.of("install", "in"), Set.of("update", "upgrade"),
            Set.of("-c", "--config", "--installroot", "--enablerepo", "--disablerepo", "--releasever",
                    "-x", "--exclude", "--setopt", "--repo")),
    MICRODNF(Set.of("microdnf"), Set.of("install", "in"), Set.of("update", "upgrade"),
            Set.of("--config", "--installroot", "--enablerepo", "--disablerepo", "--releasever", "--setopt")),
    ZYPPER(Set.of("zypper"), Set.of("install", "in"), Set.of("update", "up", "dist-upgrade", "dup"),
            Set.of("-R", "--root", "-c", "--config", "-r", "--repo", "-t", "--type", "--from")),
    PIP(Set.of("pip"), Set.of("install"), Set.of(),
            Set.of("-r", "--requirement", "-c", "--constraint", "-e", "--editable", "-i", "--index-url",
                    "--extra-index-url", "-f", "--find-links", "--trusted-host", "-t", "--target", "--prefix",
                    "--root", "--build", "--src", "--platform", "--python-version", "--implementation", "--abi",
                    "--upgrade-strategy", "--progress-bar", "--log", "--proxy", "--retries", "--timeout",
                    "--exists-action", "--cert", "--client-cert", "--cache-dir", "--global-option",
                    "--install-option", "-C", "--config-settings", "--only-binary", "--no-binary", "--python",
                    "--report")),
    NPM(Set.of("npm"), Set.of("install", "i", "add", "isntall"), Set.of(),
            Set.of("--registry", "--loglevel", "--prefix", "--cache", "--userconfig", "--tag", "-w",
                    "--workspace", "--omit", "--include", "--install-strategy")),
    GEM(Set.of("gem"), Set.of("install", "i"), Set.of(),
            Set.of("-v", "--version", "-i", "--install-dir", "-n", "--bindir", "-s", "--source", "-P",
                    "--trust-policy", "--platform", "-g", "--file", "--build-root")),
    GO(Set.of("go"), Set.of("install"), Set.of(),
            Set.of("-ldflags", "-gcflags", "-asmflags", "-tags", "-o", "-mod", "-modfile", "-p", "-pkgdir",
                    "-toolexec", "-overlay"));

    private final Set<String> commands;
    private final Set<String> installs;
    private final Set<String> upgrades;
    private final Set<String> valueOptions;

    PackageManager(Set<String> commands, Set<String> installs, Set<String> upgrades, Set<String> valueOptions) {
        this.commands = commands;
        this.installs = installs;
        this.upgrades = upgrades;
        this.valueOptions = valueOptions;
    }

    /** The manager a command name invokes ({@code pip3.12} is pip, {@code dnf5} is dnf), if any. */
    public static Optional<PackageManager> byCommand(String baseName) {
        String name = baseName.toLowerCase(Locale.ROOT);
        if (isPipName(name)) {
            return Optional.of(PIP);
        }
        for (PackageManager m : values()) {
            if (m.commands.contains(name)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** {@code pip}, {@code pip3}, {@code pip3.12}. */
    private static boolean isPipName(String name) {
        if (!name.startsWith("pip")) {
            return false;
        }
        for (int i = 3; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c != '.' && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    public boolean isInstall(String subcommand) {
        return installs.contains(subcommand);
    }

    public boolean isUpgrade(String subcommand) {
        return upgrades.contains(subcommand);
    }

    /** True when the option is followed by a separate value word. */
    public boolean takesValue(String option) {
        return valueOptions.contains(option);
    }

    /** apt-get, apt, apk, yum, dnf, microdnf and zypper manage the distribution's packages. */
    public boolean isSystem() {
        return this != PIP && this != NPM && this != GEM && this != GO;
    }

    /** yum, dnf and microdnf: RPM package managers built on the same repositories and caches. */
    public boolean isRpm() {
        return this == YUM || this == DNF || this == MICRODNF;
    }

    /**
     * The directories whose content this manager leaves in the layer after an install, when nothing
     * removes them: apt's package lists, apk's index, the RPM managers' caches (dnf5 keeps its own in
     * {@code /var/cache/libdnf5}), zypper's cache, pip's download cache.
     */
    public Set<String> cacheDirectories() {
        switch (this) {
            case APT_GET:
            case APT:
                return Set.of("/var/lib/apt/lists");
            case APK:
                return Set.of("/var/cache/apk");
            case YUM:
            case DNF:
            case MICRODNF:
                return Set.of("/var/cache/yum", "/var/cache/dnf", "/var/cache/libdnf5");
            case ZYPPER:
                return Set.of("/var/cache/zypp");
            case PIP:
                return Set.of("/root/.cache/pip");
            default:
                return Set.of();
        }
    }
}
