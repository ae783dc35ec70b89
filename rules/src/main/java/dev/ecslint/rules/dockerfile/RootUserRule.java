package dev.ecslint.rules.dockerfile;

import dev.ecslint.core.dockerfile.AbstractDockerfileRule;
import dev.ecslint.core.dockerfile.Dockerfile;
import dev.ecslint.core.dockerfile.Instruction;
import dev.ecslint.core.dockerfile.Stage;
import dev.ecslint.core.i18n.Message;
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
            .message("noUser", "no USER is set in {where}, so the container runs as root, the default of {image}; {fix}")
            .message("rootUser", "{user} is the last USER in force, so the container runs as root; after the steps "
                    + "that need root, {fix}")
            .message("rootUserInStage", "{user} in stage {stage} is the last USER in force for the final stage, so "
                    + "the container runs as root; after the steps that need root, {fix}")
            .message("windowsAdmin", "{user} is the last USER in force, so the container runs as the Windows "
                    + "administrator; use `USER ContainerUser` for the running process")
            .message("whereFinalStage", "the final stage")
            .message("whereChain", "the final stage and the stages it builds on")
            .message("userAs", "{user} ({value})")
            .message("fixNode", "add `USER node` before CMD: the node images ship that user")
            .message("fixNginx", "nginx starts as root to listen on port 80, so a plain `USER` breaks it: build FROM "
                    + "{image}, which runs as a non-root user and listens on 8080, or make nginx listen on 8080, give "
                    + "it writable cache and pid paths and add `USER nginx`")
            .message("fixApache", "Apache starts as root to listen on port 80: make it listen on 8080 (`Listen 8080`) "
                    + "and add `USER www-data`")
            .message("fixDotnet", "add `USER app` before ENTRYPOINT: .NET 8 and later images ship that user")
            .message("fixBusybox", "create a user with BusyBox's adduser (`RUN adduser -D app`) and add `USER app` "
                    + "before CMD")
            .message("fixUseradd", "create a user (`RUN useradd --create-home app`) and add `USER app` before CMD")
            .message("fixUbiMinimal", "{image} has no useradd: add `USER 1001` before CMD (a numeric UID needs no "
                    + "account)")
            .message("fixDistroless", "use the image's `:nonroot` tag or add `USER 65532`, the non-root user "
                    + "distroless images define")
            .message("fixScratch", "add `USER 65534:65534` before ENTRYPOINT (scratch has no user database and a "
                    + "numeric UID needs none) and make the copied files readable by it")
            .message("fixNumeric", "add a numeric `USER 10001` before CMD (it needs no account) or create a user with "
                    + "the base image's own tool")
            .message("fixSentence", "After the steps that need root, {fix}.")
            .message("fixWindows", "Run the process as `USER ContainerUser` after the steps that need the "
                    + "administrator.")
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
        ctx.report(finalStage.from().keywordSpan(), null, META.message("noUser")
                .phrase("where", META.message(finalStage.isFromStage() ? "whereChain" : "whereFinalStage"))
                .code("image", baseImage.get()).phrase("fix", userFix(BaseImage.ofFinalStage(dockerfile))),
                META.message("fixSentence").phrase("fix", userFix(BaseImage.ofFinalStage(dockerfile))), null);
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
        Message subject = written.equals(name) ? Message.literal("{user}").code("user", "USER " + name)
                : META.message("userAs").code("user", "USER " + written).code("value", name);
        if (windows) {
            ctx.report(user.argumentText(), META.message("windowsAdmin").phrase("user", subject),
                    META.message("fixWindows"));
        } else if (stage == finalStage) {
            Message fix = userFix(BaseImage.ofFinalStage(dockerfile));
            ctx.report(user.argumentText(), META.message("rootUser").phrase("user", subject).phrase("fix", fix),
                    META.message("fixSentence").phrase("fix", fix));
        } else {
            Message fix = userFix(BaseImage.ofFinalStage(dockerfile));
            ctx.report(user.argumentText(), META.message("rootUserInStage").phrase("user", subject)
                    .code("stage", stage.alias().map(a -> a.value()).orElse(String.valueOf(stage.index())))
                    .phrase("fix", fix), META.message("fixSentence").phrase("fix", fix));
        }
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
    static Message userFix(BaseImage base) {
        if (base.isOfficial("node")) {
            return META.message("fixNode");
        }
        if (base.isOfficial("nginx")) {
            String tag = base.origin().filter(ImageRef::hasTag).map(r -> ":" + r.tag()).orElse("");
            return META.message("fixNginx").code("image", "nginxinc/nginx-unprivileged" + tag);
        }
        if (base.isOfficial("httpd") || base.isOfficial("php") && base.text().contains("apache")) {
            return META.message("fixApache");
        }
        if (base.origin().filter(r -> "mcr.microsoft.com".equals(r.registry()) && r.repository().startsWith("dotnet/")
                && dotnetShipsAppUser(r)).isPresent()) {
            return META.message("fixDotnet");
        }
        switch (base.family()) {
            case ALPINE:
            case BUSYBOX:
                return META.message("fixBusybox");
            case DEBIAN:
            case RHEL:
                return META.message("fixUseradd");
            case RHEL_MINIMAL:
                return META.message("fixUbiMinimal").code("image", base.text());
            case DISTROLESS:
            case DISTROLESS_RUNTIME:
                return META.message("fixDistroless");
            case SCRATCH:
                return META.message("fixScratch");
            default:
                return META.message("fixNumeric");
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
