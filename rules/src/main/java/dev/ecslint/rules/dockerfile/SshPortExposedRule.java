package dev.ecslint.rules.dockerfile;

import dev.ecslint.core.dockerfile.AbstractDockerfileRule;
import dev.ecslint.core.dockerfile.Dockerfile;
import dev.ecslint.core.dockerfile.Instruction;
import dev.ecslint.core.dockerfile.Stage;
import dev.ecslint.core.dockerfile.Token;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import java.util.Optional;

/** DF019: the image exposes the SSH port. */
public final class SshPortExposedRule extends AbstractDockerfileRule {

    private static final RuleMeta META = RuleMeta.builder("DF019", "ssh-port-exposed")
            .title("Do not expose the SSH port")
            .severity(Severity.WARNING)
            .category(Category.SECURITY)
            .kinds(DocumentKind.DOCKERFILE)
            .rationale("Exposing port 22 means an SSH server runs in the container: one more network service to "
                    + "patch, credentials or keys inside the image, and a way around the audited access path. On "
                    + "ECS, `aws ecs execute-command` (ECS Exec) opens an audited shell without any open port.")
            .fix("Remove the SSH server and `EXPOSE 22`; use ECS Exec (`enableExecuteCommand`) or "
                    + "`docker exec` for debugging.")
            .bad("Dockerfile", "FROM ubuntu:24.04\nEXPOSE 22 8080\n")
            .good("Dockerfile", "FROM ubuntu:24.04\nEXPOSE 8080\n")
            .references("https://docs.docker.com/reference/dockerfile/#expose",
                    "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-exec.html")
            .message("ssh", "{expose} opens the SSH port, so an SSH server runs in the container; remove it and use "
                    + "ECS Exec (`aws ecs execute-command`) to get a shell")
            .equivalents("DS004", "CKV_DOCKER_1")
            .build();

    public SshPortExposedRule() {
        super(META);
    }

    private static final int SSH = 22;

    @Override
    public void check(Dockerfile dockerfile, RuleContext ctx) {
        for (Instruction expose : Instructions.withTriggers(dockerfile, "EXPOSE")) {
            Optional<Stage> stage = dockerfile.stageOf(expose);
            for (Token port : expose.arguments()) {
                Optional<String> value = port.hasVariable() && stage.isPresent()
                        ? dockerfile.resolve(port.value(), stage.get()) : Optional.of(port.value());
                Optional<ExposedPort> parsed = value.flatMap(ExposedPort::parse);
                // SSH is a TCP service: 22/udp is something else
                if (parsed.isPresent() && parsed.get().contains(SSH) && !parsed.get().protocol().equals("udp")) {
                    ctx.report(port, META.message("ssh").code("expose", "EXPOSE " + port.value()));
                }
            }
        }
    }
}
