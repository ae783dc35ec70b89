package dev.ecslint.rules.dockerfile;

import dev.ecslint.core.dockerfile.AbstractDockerfileRule;
import dev.ecslint.core.dockerfile.Dockerfile;
import dev.ecslint.core.dockerfile.Instruction;
import dev.ecslint.core.dockerfile.ShellCommand;
import dev.ecslint.core.dockerfile.Stage;
import dev.ecslint.core.dockerfile.Token;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.ImageRef;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** DF031: one stage on a build-toolchain image that also compiles there, so the toolchain ships. */
public final class SingleStageBuildRule extends AbstractDockerfileRule {

    private static final RuleMeta META = RuleMeta.builder("DF031", "single-stage-build")
            .title("Build in a separate stage so the toolchain does not ship")
            .severity(Severity.INFO)
            .category(Category.EFFICIENCY)
            .kinds(DocumentKind.DOCKERFILE)
            .rationale("Compiling in the only stage of a Maven, Gradle, Go, Rust or JDK image ships the compiler, "
                    + "build tool and download caches to production: images several times larger, slower task "
                    + "starts on ECS (the image is pulled on every new host) and more packages to patch.")
            .fix("Build in a `builder` stage and `COPY --from=builder` only the artifact into a small runtime "
                    + "stage (JRE, slim, distroless or scratch).")
            .bad("Dockerfile", "FROM maven:3.9-eclipse-temurin-21\nWORKDIR /src\nCOPY . .\nRUN mvn -B package\n"
                    + "CMD [\"java\", \"-jar\", \"target/app.jar\"]\n")
            .good("Dockerfile", "FROM maven:3.9-eclipse-temurin-21 AS build\nWORKDIR /src\nCOPY . .\n"
                    + "RUN mvn -B package\nFROM eclipse-temurin:21-jre\nCOPY --from=build /src/target/app.jar /app.jar\n"
                    + "CMD [\"java\", \"-jar\", \"/app.jar\"]\n")
            .references("https://docs.docker.com/build/building/multi-stage/",
                    "https://docs.docker.com/build/building/best-practices/#use-multi-stage-builds")
            .message("singleStage", "this single-stage build compiles on {image} ({command} on line {line}) and ships "
                    + "the whole toolchain in the image; build in a `builder` stage and `COPY --from=builder` only the "
                    + "artifact into a slim or distroless runtime stage")
            .build();

    public SingleStageBuildRule() {
        super(META);
    }

    private static final Set<String> TOOLCHAIN_IMAGES = Set.of("maven", "gradle", "golang", "rust", "openjdk");
    private static final Set<String> NODE_BUILD_SCRIPTS = Set.of("build", "compile", "bundle", "dist");

    @Override
    public void check(Dockerfile dockerfile, RuleContext ctx) {
        if (dockerfile.stages().size() != 1) {
            return;
        }
        Stage stage = dockerfile.stages().get(0);
        if (stage.effectiveImage().isEmpty() || stage.isScratch()) {
            return;
        }
        ImageRef image = ImageRef.parse(stage.effectiveImage().get());
        String name = image.simpleName().toLowerCase(Locale.ROOT);
        String tag = image.hasTag() ? image.tag().toLowerCase(Locale.ROOT) : "";
        boolean node = name.equals("node");
        boolean toolchain = TOOLCHAIN_IMAGES.contains(name) || name.endsWith("-jdk") || tag.contains("jdk");
        if (!node && !toolchain) {
            return;
        }
        for (Instruction run : stage.instructions("RUN")) {
            for (ShellCommand c : dockerfile.commandsOf(run).commands()) {
                if (node ? isNodeBuild(c) : isCompile(c)) {
                    ctx.report(stage.baseImage(), META.message("singleStage").code("image", stage.baseImage().value())
                            .code("command", c.name()).number("line", c.command().span().line()));
                    return;
                }
            }
        }
    }

    private static boolean isCompile(ShellCommand c) {
        List<String> args = c.positionals().stream().map(Token::value).toList();
        if (c.is("mvn", "mvnw", "gradle", "gradlew", "javac", "rustc")) {
            return true;
        }
        if (c.is("go")) {
            return args.contains("build") || args.contains("install");
        }
        return c.is("cargo") && (args.contains("build") || args.contains("install"));
    }

    private static boolean isNodeBuild(ShellCommand c) {
        Optional<Token> sub = c.subcommand();
        if (sub.isEmpty() || !c.is("npm", "yarn", "pnpm")) {
            return false;
        }
        List<Token> positionals = c.positionals();
        if (sub.get().is("run") || sub.get().is("run-script")) {
            return positionals.size() > 1 && NODE_BUILD_SCRIPTS.contains(positionals.get(1).value());
        }
        return !c.is("npm") && NODE_BUILD_SCRIPTS.contains(sub.get().value());
    }
}
