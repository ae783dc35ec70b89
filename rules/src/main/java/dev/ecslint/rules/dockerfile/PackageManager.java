package dev.ecslint.rules.dockerfile;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The package managers the DF package rules know: the command names that invoke each one, the
 * subcommands that install and upgrade, and the options that take a separate value (so that the value
 * of {@code --virtual .deps} or {@code -t bookworm-backports} is not read as a package name).
 */
enum PackageManager {
    APT_GET("apt-get", Set.of("install"), Set.of("upgrade", "dist-upgrade"),
            Set.of("-o", "--option", "-c", "--config-file", "-t", "--target-release", "--default-release",
                    "-a", "--host-architecture")),
    APT("apt", Set.of("install"), Set.of("upgrade", "dist-upgrade", "full-upgrade"),
            Set.of("-o", "--option", "-c", "--config-file", "-t", "--target-release", "--default-release",
                    "-a", "--host-architecture")),
    APK("apk", Set.of("add"), Set.of("upgrade"),
            Set.of("-X", "--repository", "-t", "--virtual", "-p", "--root", "--arch", "--cache-dir",
                    "--keys-dir", "--repositories-file")),
    YUM("yum", Set.of("install", "groupinstall", "localinstall"), Set.of("update", "upgrade"),
            Set.of("-c", "--config", "--installroot", "--enablerepo", "--disablerepo", "--releasever",
                    "-x", "--exclude", "--setopt")),
    DNF("dnf", Set.of("install"), Set.of("update", "upgrade"),
            Set.of("-c", "--config", "--installroot", "--enablerepo", "--disablerepo", "--releasever",
                    "-x", "--exclude", "--setopt", "--repo")),
    MICRODNF("microdnf", Set.of("install"), Set.of("update", "upgrade"),
            Set.of("--config", "--installroot", "--enablerepo", "--disablerepo", "--releasever", "--setopt")),
    ZYPPER("zypper", Set.of("install", "in"), Set.of(),
            Set.of("-R", "--root", "-c", "--config", "-r", "--repo", "-t", "--type", "--from")),
    PIP("pip", Set.of("install"), Set.of(),
            Set.of("-r", "--requirement", "-c", "--constraint", "-e", "--editable", "-i", "--index-url",
                    "--extra-index-url", "-f", "--find-links", "--trusted-host", "-t", "--target", "--prefix",
                    "--root", "--build", "--src", "--platform", "--python-version", "--implementation", "--abi",
                    "--upgrade-strategy", "--progress-bar", "--log", "--proxy", "--retries", "--timeout",
                    "--exists-action", "--cert", "--client-cert", "--cache-dir", "--global-option",
                    "--install-option", "-C", "--config-settings", "--only-binary", "--no-binary", "--python",
                    "--report")),
    NPM("npm", Set.of("install", "i", "add", "isntall"), Set.of(),
            Set.of("--registry", "--loglevel", "--prefix", "--cache", "--userconfig", "--tag", "-w",
                    "--workspace", "--omit", "--include", "--install-strategy")),
    GEM("gem", Set.of("install", "i"), Set.of(),
            Set.of("-v", "--version", "-i", "--install-dir", "-n", "--bindir", "-s", "--source", "-P",
                    "--trust-policy", "--platform", "-g", "--file", "--build-root")),
    GO("go", Set.of("install"), Set.of(),
            Set.of("-ldflags", "-gcflags", "-asmflags", "-tags", "-o", "-mod", "-modfile", "-p", "-pkgdir",
                    "-toolexec", "-overlay"));

    private final String command;
    private final Set<String> installs;
    private final Set<String> upgrades;
    private final Set<String> valueOptions;

    PackageManager(String command, Set<String> installs, Set<String> upgrades, Set<String> valueOptions) {
        this.command = command;
        this.installs = installs;
        this.upgrades = upgrades;
        this.valueOptions = valueOptions;
    }

    /** The manager a command name invokes ({@code pip3.12} is pip), if any. */
    private static final Pattern PIP_NAME = Pattern.compile("pip[0-9.]*");

    static java.util.Optional<PackageManager> byCommand(String baseName) {
        String name = baseName.toLowerCase(Locale.ROOT);
        if (PIP_NAME.matcher(name).matches()) {
            return java.util.Optional.of(PIP);
        }
        for (PackageManager m : values()) {
            if (m != PIP && m.command.equals(name)) {
                return java.util.Optional.of(m);
            }
        }
        return java.util.Optional.empty();
    }

    /** The name users type ({@code apt-get}). */
    String command() {
        return command;
    }

    boolean isInstall(String subcommand) {
        return installs.contains(subcommand);
    }

    boolean isUpgrade(String subcommand) {
        return upgrades.contains(subcommand);
    }

    /** True when the option is followed by a separate value word. */
    boolean takesValue(String option) {
        return valueOptions.contains(option);
    }

    /** apt-get, apt, apk, yum, dnf, microdnf and zypper manage the distribution's packages. */
    boolean isSystem() {
        return this != PIP && this != NPM && this != GEM && this != GO;
    }

    /** yum, dnf and microdnf share their cache handling ({@code clean all}, {@code /var/cache/yum}). */
    boolean isRpm() {
        return this == YUM || this == DNF || this == MICRODNF;
    }
}
