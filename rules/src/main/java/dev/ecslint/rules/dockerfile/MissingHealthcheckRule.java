package dev.ecslint.rules.dockerfile;

import dev.ecslint.core.dockerfile.AbstractDockerfileRule;
import dev.ecslint.core.dockerfile.Dockerfile;
import dev.ecslint.core.dockerfile.Stage;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;

/** DF004: the image declares no HEALTHCHECK. */
public final class MissingHealthcheckRule extends AbstractDockerfileRule {

    private static final RuleMeta META = RuleMeta.builder("DF004", "missing-healthcheck")
            .title("Declare a HEALTHCHECK in the final stage")
            .severity(Severity.INFO)
            .category(Category.RELIABILITY)
            .kinds(DocumentKind.DOCKERFILE)
            .rationale("Without a health check, Docker and Compose only know whether the process is alive, not "
                    + "whether it serves: a hung server stays \"running\". The HEALTHCHECK also documents how to "
                    + "probe the image. Note that Amazon ECS ignores the Dockerfile HEALTHCHECK: ECS uses the "
                    + "container definition's `healthCheck` (see CT003), which can run the same command.")
            .fix("Add a probe to the final stage, e.g. `HEALTHCHECK --interval=30s --timeout=3s CMD wget -qO- "
                    + "http://localhost:8080/health || exit 1`, and mirror it in the task definition's "
                    + "`healthCheck`; write `HEALTHCHECK NONE` when the image deliberately has none.")
            .bad("Dockerfile", "FROM nginx:1.27-alpine\nCOPY site/ /usr/share/nginx/html/\n")
            .good("Dockerfile", "FROM nginx:1.27-alpine\nCOPY site/ /usr/share/nginx/html/\n"
                    + "HEALTHCHECK --interval=30s --timeout=3s CMD wget -qO- http://localhost/ || exit 1\n")
            .references("https://docs.docker.com/reference/dockerfile/#healthcheck",
                    "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_HealthCheck.html")
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
        ctx.report(finalStage.from().keywordSpan(), null, "the final stage has no HEALTHCHECK, so a hung server "
                + "still counts as running; add e.g. `HEALTHCHECK CMD wget -qO- http://localhost:8080/health || "
                + "exit 1` (ECS ignores it: also set the task definition's healthCheck) or `HEALTHCHECK NONE` "
                + "if none is wanted");
    }
}
