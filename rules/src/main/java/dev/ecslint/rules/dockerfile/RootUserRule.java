package dev.ecslint.rules.dockerfile;

import dev.ecslint.core.dockerfile.AbstractDockerfileRule;
import dev.ecslint.core.dockerfile.Dockerfile;
import dev.ecslint.core.dockerfile.Instruction;
import dev.ecslint.core.dockerfile.Stage;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.ImageRef;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import java.util.Locale;
import java.util.Optional;

/** DF001: the image's final stage runs its process as root. */
public final class RootUserRule extends AbstractDockerfileRule {

    private static final RuleMeta META = RuleMeta.builder("DF001", "root-user")
            .title("Run the container as a non-root user")
            .severity(Severity.ERROR)
            .category(Category.SECURITY)
            .kinds(DocumentKind.DOCKERFILE)
            .rationale("A container whose process runs as root turns any code-execution bug into root inside the "
                    + "container, and root there is one kernel or runtime escape away from root on the host. The "
                    + "user in force is the last USER of the final stage, else of the stage it builds on, else the "
                    + "base image's default, which is root for almost every image; distroless :nonroot, "
                    + "Chainguard and Bitnami images default to a non-root user.")
            .fix("Create an unprivileged user and switch to it after the steps that need root, e.g. "
                    + "`RUN useradd --create-home app` then `USER app` (node images already have `USER node`).")
            .bad("Dockerfile", "FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nCMD [\"node\", \"server.js\"]\n")
            .good("Dockerfile", "FROM node:20-alpine\nWORKDIR /app\nCOPY --chown=node:node . .\nUSER node\n"
                    + "CMD [\"node\", \"server.js\"]\n")
            .references("https://docs.docker.com/reference/dockerfile/#user",
                    "https://docs.docker.com/build/building/best-practices/#user",
                    "https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-1")
            .equivalents("DL3002", "DS002", "CKV_DOCKER_3", "CKV_DOCKER_8", "fd54f200-402c-4333-a5a4-36ef6709af2f",
                    "67fd0c4a-68cf-46d7-8c41-bc9fba7e40ae")
            .build();

    public RootUserRule() {
        super(META);
    }

    @Override
    public void check(Dockerfile dockerfile, RuleContext ctx) {
        Stage finalStage = dockerfile.finalStage();
        Optional<String> baseImage = originOf(finalStage).effectiveImage();
        boolean windows = baseImage.map(RootUserRule::isWindows).orElse(false);
        for (Stage stage = finalStage; ; stage = stage.baseStage().get()) {
            Optional<Instruction> user = stage.last("USER");
            if (user.isPresent()) {
                checkUser(dockerfile, stage, finalStage, user.get(), windows, ctx);
                return;
            }
            if (stage.baseStage().isEmpty()) {
                break;
            }
        }
        if (baseImage.isEmpty() || windows || runsAsNonRoot(baseImage.get())) {
            return;
        }
        String image = baseImage.get();
        String where = finalStage.isFromStage() ? "the final stage and the stages it builds on" : "the final stage";
        ctx.report(finalStage.from().keywordSpan(), null, "no USER is set in " + where + ", so the container runs as "
                + "root, the default of `" + image + "`; " + suggestion(image));
    }

    private static void checkUser(Dockerfile dockerfile, Stage stage, Stage finalStage, Instruction user,
                                  boolean windows, RuleContext ctx) {
        Optional<String> resolved = dockerfile.resolve(user.argumentText().value(), stage);
        if (resolved.isEmpty()) {
            return; // a variable without default: unknown, never a violation
        }
        String name = resolved.get().trim();
        int colon = name.indexOf(':');
        String account = colon >= 0 ? name.substring(0, colon) : name;
        boolean root = windows ? account.equalsIgnoreCase("ContainerAdministrator")
                : account.equals("root") || account.equals("0");
        if (!root) {
            return;
        }
        String written = user.argumentText().value();
        String subject = written.equals(name) ? "`USER " + name + "`" : "`USER " + written + "` (`" + name + "`)";
        String who = stage == finalStage ? "the container" : "the final stage builds on stage `"
                + stage.alias().map(a -> a.value()).orElse(String.valueOf(stage.index())) + "`, so the container";
        ctx.report(user.argumentText(), subject + " is the last USER in force: " + who + (windows
                ? " runs as the Windows administrator; use `USER ContainerUser` for the running process"
                : " runs as root; switch to an unprivileged user after the steps that need root, e.g. `USER app`"));
    }

    /** The stage at the start of the FROM chain: the one whose base is an image. */
    private static Stage originOf(Stage stage) {
        Stage s = stage;
        while (s.baseStage().isPresent()) {
            s = s.baseStage().get();
        }
        return s;
    }

    private static boolean isWindows(String image) {
        String lower = image.toLowerCase(Locale.ROOT);
        return lower.startsWith("mcr.microsoft.com/windows") || lower.contains("servercore")
                || lower.contains("nanoserver");
    }

    /** Images documented to default to a non-root user. */
    private static boolean runsAsNonRoot(String image) {
        ImageRef ref = ImageRef.parse(image);
        String tag = ref.hasTag() ? ref.tag().toLowerCase(Locale.ROOT) : "";
        if (tag.matches("(.*[-_.])?non-?root([-_.].*)?")) {
            return true;
        }
        String repository = ref.repository().toLowerCase(Locale.ROOT);
        return "cgr.dev".equals(ref.registry()) && repository.startsWith("chainguard/")
                || repository.startsWith("bitnami/");
    }

    private static String suggestion(String image) {
        if (ImageRef.parse(image).simpleName().equals("node")) {
            return "add `USER node` (the node images ship that user) before CMD";
        }
        return "create a user (`RUN useradd --create-home app`) and add `USER app` before CMD";
    }
}
