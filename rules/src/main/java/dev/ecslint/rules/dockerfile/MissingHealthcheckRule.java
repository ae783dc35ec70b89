package dev.ecslint.rules.dockerfile;

import dev.ecslint.core.dockerfile.AbstractDockerfileRule;
import dev.ecslint.core.dockerfile.Dockerfile;
import dev.ecslint.core.dockerfile.Instruction;
import dev.ecslint.core.dockerfile.Stage;
import dev.ecslint.core.dockerfile.Token;
import dev.ecslint.core.i18n.Message;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import java.util.Optional;

/** DF004: the image declares no HEALTHCHECK. */
public final class MissingHealthcheckRule extends AbstractDockerfileRule {

    private static final RuleMeta META = RuleMeta.builder("DF004", "missing-healthcheck")
            .title("Declare a HEALTHCHECK in the final stage")
            .severity(Severity.INFO)
            .category(Category.RELIABILITY)
            .kinds(DocumentKind.DOCKERFILE)
            .rationale("Without a health check, Docker and Compose only know whether the process is alive, not "
                    + "whether it serves: a hung server stays \"running\". The HEALTHCHECK also documents how to "
                    + "probe the image. Amazon ECS ignores the Dockerfile HEALTHCHECK: ECS uses the container "
                    + "definition's `healthCheck` (see CT003), which runs the same kind of command inside the "
                    + "container. A final stage FROM scratch or a distroless image without a language runtime has "
                    + "no shell and no HTTP client to run a probe, so none is asked for: ECS then judges such a "
                    + "container by the load balancer's target-group health check (for a service behind a load "
                    + "balancer), or by a small static health-check binary copied into the image and run in exec "
                    + "form in the task definition's `healthCheck` (`[\"CMD\", \"/healthcheck\"]`).")
            .fix("Add a probe the image can run to the final stage, e.g. `HEALTHCHECK --interval=30s --timeout=3s "
                    + "CMD wget -qO- http://localhost:8080/ || exit 1` on Alpine, `curl -f` where curl is installed, "
                    + "or the language runtime itself (`python -c …`, `node -e …`); mirror it in the task "
                    + "definition's `healthCheck`, and write `HEALTHCHECK NONE` when the image deliberately has none.")
            .bad("Dockerfile", "FROM nginx:1.27-alpine\nCOPY site/ /usr/share/nginx/html/\n")
            .good("Dockerfile", "FROM nginx:1.27-alpine\nCOPY site/ /usr/share/nginx/html/\n"
                    + "HEALTHCHECK --interval=30s --timeout=3s CMD wget -qO- http://localhost/ || exit 1\n")
            .references("https://docs.docker.com/reference/dockerfile/#healthcheck",
                    "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_HealthCheck.html")
            .message("noHealthcheck", "the final stage has no HEALTHCHECK, so a hung server still counts as running; "
                    + "add {probe} (ECS ignores it: set the same command as the task definition's healthCheck) or "
                    + "`HEALTHCHECK NONE` if none is wanted")
            .message("probe", "{command}")
            .message("probeNodeExec", "an exec-form probe run by the image's node, e.g. {command} (the image has no "
                    + "shell, curl or wget)")
            .message("probePythonExec", "an exec-form probe run by the image's python, e.g. {command} (the image has "
                    + "no shell, curl or wget)")
            .message("probeBinary", "an exec-form probe the image can run without a shell, e.g. a small health-check "
                    + "binary copied in: `HEALTHCHECK CMD [\"/healthcheck\"]`")
            .message("probeShippedCurl", "{command} (the image ships curl)")
            .message("probeInstallCurl", "{command} after installing curl in this stage (or use an HTTP client the "
                    + "image already has)")
            .message("fixProbe", "Add {probe} to the final stage and the same command to the task definition's "
                    + "`healthCheck`, or write `HEALTHCHECK NONE` when the image deliberately has none.")
            .equivalents("DL3057", "DS026", "CKV_DOCKER_2", "b03a748a-542d-44f4-bb86-9199ab4fd2d5")
            .build();

    public MissingHealthcheckRule() {
        super(META);
    }

    @Override
    public void check(Dockerfile dockerfile, RuleContext ctx) {
        Stage finalStage = dockerfile.finalStage();
        // a stage built FROM an earlier stage inherits that stage's HEALTHCHECK
        for (Stage s = finalStage; ; s = s.baseStage().get()) {
            if (s.last("HEALTHCHECK").isPresent()) {
                return;
            }
            if (s.baseStage().isEmpty()) {
                break;
            }
        }
        BaseImage base = BaseImage.ofFinalStage(dockerfile);
        if (base.family() == BaseImage.Family.SCRATCH || base.family() == BaseImage.Family.DISTROLESS
                || base.family() == BaseImage.Family.WINDOWS) {
            return; // no probe can run there (see the rationale); Windows images probe with PowerShell, out of scope
        }
        String url = "http://localhost" + port(dockerfile, finalStage, base).map(p -> ":" + p).orElse("") + "/";
        Message probe = probe(base, url);
        ctx.report(finalStage.from().keywordSpan(), null, META.message("noHealthcheck").phrase("probe", probe),
                META.message("fixProbe").phrase("probe", probe), null);
    }

    /** A probe the image can run: its HTTP client, BusyBox's wget, or its language runtime. */
    static Message probe(BaseImage base, String url) {
        if (base.family() == BaseImage.Family.DISTROLESS_RUNTIME) {
            String name = base.origin().map(r -> r.simpleName()).orElse("");
            if (name.startsWith("nodejs")) {
                return META.message("probeNodeExec")
                        .code("command", "HEALTHCHECK CMD [\"/nodejs/bin/node\", \"healthcheck.js\"]");
            }
            if (name.startsWith("python")) {
                return META.message("probePythonExec").code("command", "HEALTHCHECK CMD [\"python3\", \"-c\", "
                        + "\"import urllib.request; urllib.request.urlopen('" + url + "')\"]");
            }
            return META.message("probeBinary");
        }
        if (base.has("curl")) {
            return META.message("probe").code("command", "HEALTHCHECK CMD curl -fsS " + url + " || exit 1");
        }
        if (base.has("wget")) {
            return META.message("probe").code("command", "HEALTHCHECK CMD wget -qO- " + url + " || exit 1");
        }
        if (base.isOfficial("python")) {
            return META.message("probe").code("command", "HEALTHCHECK CMD python -c \"import urllib.request; "
                    + "urllib.request.urlopen('" + url + "')\"");
        }
        if (base.isOfficial("node")) {
            return META.message("probe").code("command", "HEALTHCHECK CMD node -e \"require('http').get('" + url
                    + "', r => process.exit(r.statusCode < 400 ? 0 : 1)).on('error', () => process.exit(1))\"");
        }
        String curl = "HEALTHCHECK CMD curl -fsS " + url + " || exit 1";
        if (base.isOfficial("nginx") || base.isOfficial("httpd")) {
            return META.message("probeShippedCurl").code("command", curl);
        }
        return META.message("probeInstallCurl").code("command", curl);
    }

    /** The port to probe: the final stage's first EXPOSEd TCP port, else the port the image listens on. */
    private static Optional<Long> port(Dockerfile dockerfile, Stage finalStage, BaseImage base) {
        for (Stage s = finalStage; ; s = s.baseStage().get()) {
            for (Instruction expose : s.instructions("EXPOSE")) {
                for (Token word : expose.arguments()) {
                    Optional<ExposedPort> port = dockerfile.resolve(word.value(), s).flatMap(ExposedPort::parse)
                            .filter(p -> p.protocol().equals("tcp"));
                    if (port.isPresent()) {
                        return Optional.of(port.get().first());
                    }
                }
            }
            if (s.baseStage().isEmpty()) {
                break;
            }
        }
        return base.isOfficial("nginx") || base.isOfficial("httpd") ? Optional.empty() : Optional.of(8080L);
    }
}
