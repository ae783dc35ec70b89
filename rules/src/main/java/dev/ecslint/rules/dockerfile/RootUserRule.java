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
            .fix("Switch to an unprivileged user after the steps that need root, the way the base image allows: "
                    + "`RUN useradd --create-home app` then `USER app` on Debian, Ubuntu and RHEL images, "
                    + "`RUN adduser -D app` on Alpine (BusyBox), `USER node` on node images, the `:nonroot` tag of "
                    + "distroless images, `nginxinc/nginx-unprivileged` instead of `nginx`, or a numeric `USER 10001` "
                    + "where no account can be created.")
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
        boolean windows = baseImage.map(image -> BaseImage.isWindows(ImageRef.parse(image))).orElse(false);
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
                + "root, the default of `" + image + "`; " + userFix(BaseImage.ofFinalStage(dockerfile)));
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
                : " runs as root; after the steps that need root, " + userFix(BaseImage.ofFinalStage(dockerfile))));
    }

    /** The stage at the start of the FROM chain: the one whose base is an image. */
    private static Stage originOf(Stage stage) {
        Stage s = stage;
        while (s.baseStage().isPresent()) {
            s = s.baseStage().get();
        }
        return s;
    }

    /** Images documented to default to a non-root user. */
    private static boolean runsAsNonRoot(String image) {
        ImageRef ref = ImageRef.parse(image);
        String tag = ref.hasTag() ? ref.tag().toLowerCase(Locale.ROOT) : "";
        if (tag.equals("nonroot") || tag.equals("non-root") || tag.startsWith("nonroot-") || tag.endsWith("-nonroot")
                || tag.endsWith("-non-root") || tag.contains("-nonroot-")) {
            return true;
        }
        String repository = ref.repository().toLowerCase(Locale.ROOT);
        return "cgr.dev".equals(ref.registry()) && repository.startsWith("chainguard/")
                || repository.startsWith("bitnami/") || repository.equals("nginxinc/nginx-unprivileged");
    }

    /** How to run this image as a non-root user, in the way its family allows. */
    static String userFix(BaseImage base) {
        String image = base.text();
        if (base.isOfficial("node")) {
            return "add `USER node` before CMD: the node images ship that user";
        }
        if (base.isOfficial("nginx")) {
            String tag = base.origin().filter(ImageRef::hasTag).map(r -> ":" + r.tag()).orElse("");
            return "nginx starts as root to listen on port 80, so a plain `USER` breaks it: build FROM "
                    + "`nginxinc/nginx-unprivileged" + tag + "`, which runs as a non-root user and listens on 8080, "
                    + "or make nginx listen on 8080, give it writable cache and pid paths and add `USER nginx`";
        }
        if (base.isOfficial("httpd") || base.isOfficial("php") && image.contains("apache")) {
            return "Apache starts as root to listen on port 80: make it listen on 8080 (`Listen 8080`) and add "
                    + "`USER www-data`";
        }
        if (base.origin().filter(r -> "mcr.microsoft.com".equals(r.registry()) && r.repository().startsWith("dotnet/")
                && dotnetShipsAppUser(r)).isPresent()) {
            return "add `USER app` before ENTRYPOINT: .NET 8 and later images ship that user";
        }
        switch (base.family()) {
            case ALPINE:
            case BUSYBOX:
                return "create a user with BusyBox's adduser (`RUN adduser -D app`) and add `USER app` before CMD";
            case DEBIAN:
            case RHEL:
                return "create a user (`RUN useradd --create-home app`) and add `USER app` before CMD";
            case RHEL_MINIMAL:
                return "`" + image + "` has no useradd: add `USER 1001` before CMD (a numeric UID needs no account)";
            case DISTROLESS:
            case DISTROLESS_RUNTIME:
                return "use the image's `:nonroot` tag or add `USER 65532`, the non-root user distroless images define";
            case SCRATCH:
                return "add `USER 65534:65534` before ENTRYPOINT (scratch has no user database and a numeric UID needs "
                        + "none) and make the copied files readable by it";
            default:
                return "add a numeric `USER 10001` before CMD (it needs no account) or create a user with the base "
                        + "image's own tool";
        }
    }

    /** .NET images from 8.0 on define the {@code app} user. */
    private static boolean dotnetShipsAppUser(ImageRef ref) {
        if (!ref.hasTag()) {
            return true;
        }
        String tag = ref.tag();
        int dot = tag.indexOf('.');
        String major = dot > 0 ? tag.substring(0, dot) : tag;
        return major.chars().allMatch(Character::isDigit) && !major.isEmpty() && Integer.parseInt(major) >= 8;
    }
}
