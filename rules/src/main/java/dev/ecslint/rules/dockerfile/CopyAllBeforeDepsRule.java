package dev.ecslint.rules.dockerfile;

import dev.ecslint.core.dockerfile.AbstractDockerfileRule;
import dev.ecslint.core.dockerfile.Dockerfile;
import dev.ecslint.core.dockerfile.Instruction;
import dev.ecslint.core.dockerfile.ShellCommand;
import dev.ecslint.core.dockerfile.Stage;
import dev.ecslint.core.dockerfile.Token;
import dev.ecslint.core.model.BoundedMatch;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** DF030: the whole context is copied before the dependency install step, defeating the layer cache. */
public final class CopyAllBeforeDepsRule extends AbstractDockerfileRule {

    private static final RuleMeta META = RuleMeta.builder("DF030", "copy-all-before-deps")
            .title("Copy the dependency manifest before the source code")
            .severity(Severity.INFO)
            .category(Category.EFFICIENCY)
            .kinds(DocumentKind.DOCKERFILE)
            .rationale("Docker reuses a cached layer only while everything before it is unchanged. When `COPY . .` "
                    + "comes before `npm ci` (or pip, Maven, Go modules…), every edit to any source file "
                    + "re-downloads and reinstalls all dependencies.")
            .fix("Copy only the manifest and lock file first, install, then copy the rest: `COPY package.json "
                    + "package-lock.json ./`, `RUN npm ci`, `COPY . .`.")
            .bad("Dockerfile", "FROM node:20-slim\nWORKDIR /app\nCOPY . .\nRUN npm ci\n")
            .good("Dockerfile", "FROM node:20-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\n"
                    + "RUN npm ci\nCOPY . .\n")
            .references("https://docs.docker.com/build/cache/optimize/#order-your-layers",
                    "https://docs.docker.com/build/building/best-practices/#leverage-build-cache")
            .message("copyAllFirst", "{copy} copies the whole context before {install} (line {line}), so every "
                    + "source change reinstalls all dependencies; copy the manifest and lock file first, run the install, "
                    + "then copy the rest")
            .message("fixManifest", "Copy only what the install reads first ({manifest}), run {install}, then copy the "
                    + "rest with `COPY . .`.")
            .build();

    public CopyAllBeforeDepsRule() {
        super(META);
    }

    /** Dependency manifests and lock files: copying one of them on its own first is the fix. */
    private static final List<String> MANIFESTS = List.of("package.json", "package-lock.json", "npm-shrinkwrap.json",
            "yarn.lock", "pnpm-lock.yaml", "requirements.txt", "pyproject.toml", "poetry.lock", "pipfile",
            "pipfile.lock", "setup.py", "setup.cfg", "pom.xml", "build.gradle", "build.gradle.kts",
            "settings.gradle", "settings.gradle.kts", "go.mod", "go.sum", "gemfile", "gemfile.lock",
            "composer.json", "composer.lock", "cargo.toml", "cargo.lock");

    @Override
    public void check(Dockerfile dockerfile, RuleContext ctx) {
        for (Stage stage : dockerfile.stages()) {
            Token wholeContext = null;
            String copyKeyword = null;
            boolean manifestFirst = false;
            for (Instruction instruction : stage.instructions()) {
                if ((instruction.is("COPY") || instruction.is("ADD")) && !instruction.hasFlag("from")) {
                    if (wholeContext == null) {
                        Optional<Token> all = instruction.sources().stream()
                                .filter(Instructions::isWholeContext).findFirst();
                        if (all.isPresent()) {
                            wholeContext = all.get();
                            copyKeyword = instruction.keyword();
                        } else {
                            manifestFirst |= instruction.sources().stream().anyMatch(s -> isManifest(s.value()));
                        }
                    }
                } else if (instruction.is("RUN") && wholeContext != null && !manifestFirst) {
                    Optional<ShellCommand> install = dependencyInstall(dockerfile, instruction);
                    if (install.isPresent()) {
                        ShellCommand c = install.get();
                        ctx.report(wholeContext, META.message("copyAllFirst")
                                .code("copy", copyKeyword + " " + wholeContext.value()).code("install", describe(c))
                                .number("line", c.command().span().line()),
                                META.message("fixManifest").code("manifest", "COPY " + manifestsOf(c) + " ./")
                                        .code("install", describe(c)));
                        break;
                    }
                }
            }
        }
    }

    /** True when a source names a manifest, or is a wildcard that matches one ({@code package*.json}). */
    static boolean isManifest(String source) {
        String path = source.replace('\\', '/');
        String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        if (name.contains("*") || name.contains("?")) {
            Pattern glob = Pattern.compile(Pattern.quote(name).replace("*", "\\E.*\\Q").replace("?", "\\E.\\Q"));
            return MANIFESTS.stream().anyMatch(m -> BoundedMatch.matches(glob, m)) && !name.equals("*");
        }
        return MANIFESTS.contains(name) || name.startsWith("requirements") && name.endsWith(".txt");
    }

    private static Optional<ShellCommand> dependencyInstall(Dockerfile dockerfile, Instruction run) {
        for (ShellCommand c : dockerfile.commandsOf(run).commands()) {
            if (isDependencyInstall(c)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    static boolean isDependencyInstall(ShellCommand c) {
        String sub = c.subcommand().map(Token::value).orElse("");
        if (c.is("npm")) {
            return List.of("ci", "install", "i").contains(sub) && c.positionals().size() == 1;
        }
        if (c.is("yarn")) {
            return sub.isEmpty() || sub.equals("install");
        }
        if (c.is("pnpm")) {
            return sub.equals("install") || sub.equals("i");
        }
        if (c.is("pip", "pip3") || c.is("python", "python3") && c.flagValue("-m").filter("pip"::equals).isPresent()) {
            return c.hasArgument("install") && c.hasFlag("-r", "--requirement");
        }
        if (c.is("poetry", "bundle", "composer")) {
            return sub.equals("install");
        }
        if (c.is("mvn", "mvnw")) {
            return c.positionals().stream().map(Token::value)
                    .anyMatch(goal -> goal.equals("package") || goal.endsWith("dependency:go-offline")
                            || goal.equals("install") || goal.equals("verify"));
        }
        if (c.is("gradle", "gradlew")) {
            return c.positionals().stream().map(Token::value).anyMatch(t -> t.equals("build") || t.equals("assemble"));
        }
        if (c.is("go")) {
            return sub.equals("mod") && c.positionals().size() > 1 && c.positionals().get(1).is("download");
        }
        return false;
    }

    /** The files an install reads, to copy before it. */
    private static String manifestsOf(ShellCommand c) {
        if (c.is("npm")) {
            return "package.json package-lock.json";
        }
        if (c.is("yarn")) {
            return "package.json yarn.lock";
        }
        if (c.is("pnpm")) {
            return "package.json pnpm-lock.yaml";
        }
        if (c.is("poetry")) {
            return "pyproject.toml poetry.lock";
        }
        if (c.is("bundle")) {
            return "Gemfile Gemfile.lock";
        }
        if (c.is("composer")) {
            return "composer.json composer.lock";
        }
        if (c.is("mvn", "mvnw")) {
            return "pom.xml";
        }
        if (c.is("gradle", "gradlew")) {
            return "build.gradle* settings.gradle*";
        }
        if (c.is("go")) {
            return "go.mod go.sum";
        }
        return c.flagValue("-r", "--requirement").orElse("requirements.txt");
    }

    private static String describe(ShellCommand c) {
        StringBuilder text = new StringBuilder(c.name());
        for (Token a : c.arguments()) {
            if (text.length() > 40) {
                text.append(" …");
                break;
            }
            text.append(' ').append(a.value());
        }
        return text.toString();
    }
}
