package dev.ecslint.rules.dockerfile;

import dev.ecslint.core.dockerfile.AbstractDockerfileRule;
import dev.ecslint.core.dockerfile.Dockerfile;
import dev.ecslint.core.dockerfile.Instruction;
import dev.ecslint.core.dockerfile.PackageCommand;
import dev.ecslint.core.dockerfile.PackageManager;
import dev.ecslint.core.dockerfile.Token;
import dev.ecslint.core.i18n.Message;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** DF013: packages installed without a version, so each build may install different code. */
public final class UnpinnedPackagesRule extends AbstractDockerfileRule {

    private static final RuleMeta META = RuleMeta.builder("DF013", "unpinned-packages")
            .title("Pin the versions of installed packages")
            .severity(Severity.INFO)
            .category(Category.RELIABILITY)
            .kinds(DocumentKind.DOCKERFILE)
            .rationale("`apt-get install curl` or `pip install flask` installs whatever version is current when "
                    + "the layer is rebuilt: an unrelated change to the Dockerfile can pull a new major version, "
                    + "and the image that runs in ECS is not the one that was tested. Pinned versions change only "
                    + "when someone changes them. Local files, `pip install -r`/`-c` with a requirements or "
                    + "constraints file, and package lists held in variables are not checked.")
            .fix("Pin each package: `apt-get install curl=7.88.1-10+deb12u8`, `apk add curl=8.9.1-r2`, "
                    + "`pip install flask==3.0.3` (or a pinned requirements file), `npm install -g pm2@5.4.2`, "
                    + "`gem install bundler:2.5.16`, `go install golang.org/x/tools/gopls@v0.16.2`.")
            .bad("Dockerfile", "FROM python:3.12-slim\nRUN pip install --no-cache-dir flask\n")
            .good("Dockerfile", "FROM python:3.12-slim\nRUN pip install --no-cache-dir flask==3.0.3\n")
            .references("https://docs.docker.com/build/building/best-practices/#apt-get",
                    "https://pip.pypa.io/en/stable/topics/repeatable-installs/")
            .message("unpinned", "{command} installs {packages} without a version, so each rebuild may get different "
                    + "code; pin it, e.g. {pin}")
            .message("unpinnedMore", "{command} installs {packages} and {more} more without a version, so each "
                    + "rebuild may get different code; pin them, e.g. {pin}")
            .message("pin", "{pinned}")
            .message("pinPip", "{pinned} or a pinned requirements file (`pip install -r requirements.txt`)")
            .message("pinAt", "{pinned} (`@latest` moves)")
            .message("pinGem", "{pinned} or `-v <version>`")
            .message("fixPin", "Pin each package the way its manager writes a version, e.g. {pin}.")
            .equivalents("DL3008", "DL3018", "DL3013", "DL3016", "DL3028", "DL3062",
                    "965a08d7-ef86-4f14-8792-4a3b2098937e", "d3499f6d-1651-41bb-a9a7-de925fea487b",
                    "02d9c71f-3ee8-4986-9c27-1a20d0d19bfc", "e36d8880-3f78-4546-b9a1-12f0745ca0d5",
                    "22cd11f7-9c6c-4f6e-84c0-02058120b341")
            .build();

    public UnpinnedPackagesRule() {
        super(META);
    }

    private static final int NAMES_SHOWN = 4;

    @Override
    public void check(Dockerfile dockerfile, RuleContext ctx) {
        for (Instruction run : Instructions.withTriggers(dockerfile, "RUN")) {
            for (PackageCommand c : dockerfile.commandsOf(run).packageCommands()) {
                if (!c.isInstall() || c.is(PackageManager.YUM, PackageManager.DNF, PackageManager.MICRODNF,
                        PackageManager.ZYPPER)) {
                    continue;
                }
                List<Token> unpinned = unpinned(c);
                if (!unpinned.isEmpty()) {
                    Message message = message(c, unpinned);
                    ctx.report(unpinned.get(0), message, META.message("fixPin").phrase("pin", pin(c, unpinned.get(0).value())));
                }
            }
        }
    }

    private static List<Token> unpinned(PackageCommand c) {
        List<Token> found = new ArrayList<>();
        if (c.is(PackageManager.PIP) && c.hasFlag("-r", "--requirement", "-c", "--constraint")
                || c.is(PackageManager.GEM) && c.hasFlag("-v", "--version")) {
            return found;
        }
        for (Token operand : c.operands()) {
            String p = operand.value();
            if (operand.hasVariable() || p.isEmpty() || isLocal(p) || isLocalFor(c.manager(), p)) {
                continue;
            }
            if (!isPinned(c.manager(), p)) {
                found.add(operand);
            }
        }
        return found;
    }

    private static final List<String> LOCAL_FILE_SUFFIXES = List.of(".deb", ".apk", ".whl", ".gem", ".tgz", ".tar",
            ".tar.gz", ".tar.bz2", ".zip");

    /** Files and directories ({@code ./x.deb}, {@code .}, {@code pkg.whl}) carry their own version. */
    private static boolean isLocal(String p) {
        String lower = p.toLowerCase(Locale.ROOT);
        return p.startsWith(".") || p.startsWith("/") || p.startsWith("~")
                || LOCAL_FILE_SUFFIXES.stream().anyMatch(lower::endsWith);
    }

    /**
     * Operands that name no remote package for this manager: pip reads a word with a path separator as a
     * directory ({@code pip install vendor/tool}); go's {@code tool}, {@code all}, {@code std} and
     * {@code cmd} patterns stand for packages that go.mod or the toolchain pins.
     */
    private static boolean isLocalFor(PackageManager manager, String p) {
        if (manager == PackageManager.PIP) {
            return p.contains("/") && !p.contains("://") && !p.contains("@");
        }
        return manager == PackageManager.GO && GO_META_PATTERNS.contains(p);
    }

    private static final Set<String> GO_META_PATTERNS = Set.of("tool", "all", "std", "cmd");

    private static final List<String> PIP_SPECIFIERS = List.of("==", "~=", ">=", "<=", "!=", "<", ">", "@");

    private static boolean isPinned(PackageManager manager, String p) {
        switch (manager) {
            case APT_GET:
            case APT:
                return p.contains("=");
            case APK:
                return p.contains("=") || p.contains("~") || p.contains("<") || p.contains(">");
            case PIP:
                if (p.contains("://")) {
                    // a VCS requirement is pinned by @ref (git+https://host/repo.git@v1.2#egg=x); an archive URL
                    // names one file
                    return !p.startsWith("git+") || lastPathSegment(p).contains("@");
                }
                return PIP_SPECIFIERS.stream().anyMatch(p::contains);
            case NPM:
                if (p.contains("://") || p.startsWith("git+") || !p.startsWith("@") && p.contains("/")) {
                    return p.contains("#"); // git URLs and GitHub shorthands pin a commit or tag after #
                }
                return p.lastIndexOf('@') > 0 && !p.endsWith("@latest");
            case GEM:
                return p.contains(":");
            case GO:
                return p.contains("@") && !p.endsWith("@latest");
            default:
                return true;
        }
    }

    private static String lastPathSegment(String url) {
        int hash = url.indexOf('#');
        String path = hash >= 0 ? url.substring(0, hash) : url;
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static Message message(PackageCommand c, List<Token> unpinned) {
        List<String> names = unpinned.stream().limit(NAMES_SHOWN).map(Token::value).collect(Collectors.toList());
        Message pin = pin(c, unpinned.get(0).value());
        Message message = unpinned.size() > NAMES_SHOWN
                ? META.message("unpinnedMore").number("more", unpinned.size() - NAMES_SHOWN)
                : META.message("unpinned");
        return message.code("command", c.program().value() + " " + c.subcommandName()).codes("packages", names)
                .phrase("pin", pin);
    }

    /** The package pinned the way its manager writes a version. */
    private static Message pin(PackageCommand c, String operand) {
        String example = withoutLatest(operand);
        Message pin;
        switch (c.manager()) {
            case PIP:
                pin = META.message("pinPip").code("pinned", example + "==<version>");
                break;
            case NPM:
            case GO:
                pin = META.message("pinAt").code("pinned", example + "@<version>");
                break;
            case GEM:
                pin = META.message("pinGem").code("pinned", example + ":<version>");
                break;
            default:
                pin = META.message("pin").code("pinned", example + "=<version>");
                break;
        }
        return pin;
    }

    private static String withoutLatest(String operand) {
        return operand.endsWith("@latest") ? operand.substring(0, operand.length() - "@latest".length()) : operand;
    }
}
