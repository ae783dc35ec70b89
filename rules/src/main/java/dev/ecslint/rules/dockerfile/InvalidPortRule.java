package dev.ecslint.rules.dockerfile;

import dev.ecslint.core.dockerfile.AbstractDockerfileRule;
import dev.ecslint.core.dockerfile.Dockerfile;
import dev.ecslint.core.dockerfile.Instruction;
import dev.ecslint.core.dockerfile.Token;
import dev.ecslint.core.i18n.Message;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import java.util.Optional;

/** DF020: an EXPOSE argument that is not a valid port, range or protocol. */
public final class InvalidPortRule extends AbstractDockerfileRule {

    private static final RuleMeta META = RuleMeta.builder("DF020", "invalid-port")
            .title("EXPOSE only valid ports (0-65535)")
            .severity(Severity.ERROR)
            .category(Category.CORRECTNESS)
            .kinds(DocumentKind.DOCKERFILE)
            .rationale("Ports are 16-bit numbers: Docker rejects `EXPOSE 80000`, `EXPOSE 8080:80` (a mapping, "
                    + "not a port) or an unknown protocol such as `80/http` when it builds the image. EXPOSE takes "
                    + "a port or a range, optionally followed by /tcp, /udp or /sctp.")
            .fix("Write a port between 0 and 65535 (`EXPOSE 8080`, `EXPOSE 8000-8010/tcp`); host port mappings "
                    + "belong in the ECS task definition's `portMappings`, not in the Dockerfile.")
            .bad("Dockerfile", "FROM nginx:1.27-alpine\nEXPOSE 80000\n")
            .good("Dockerfile", "FROM nginx:1.27-alpine\nEXPOSE 8080\n")
            .references("https://docs.docker.com/reference/dockerfile/#expose",
                    "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_PortMapping.html")
            .message("notPort", "{expose} is not a port: write a number from 0 to 65535 or a range, optionally with "
                    + "/tcp, /udp or /sctp (mappings such as 8080:80 belong in the task definition's portMappings)")
            .message("outOfRange", "{expose} is outside the port range 0-65535, so Docker rejects it; use a port up "
                    + "to 65535")
            .message("reversed", "{expose} is a range whose start is above its end; write it as {range}")
            .equivalents("DL3011", "DS008", "71bf8cf8-f0a1-42fa-b9d2-d10525e0a38e")
            .build();

    public InvalidPortRule() {
        super(META);
    }

    private static final long MAX_PORT = 65535;

    @Override
    public void check(Dockerfile dockerfile, RuleContext ctx) {
        for (Instruction expose : Instructions.withTriggers(dockerfile, "EXPOSE")) {
            for (Token port : expose.arguments()) {
                if (port.hasVariable()) {
                    continue; // its value is chosen at build time
                }
                problem(port.value()).ifPresent(p -> ctx.report(port, p.code("expose", "EXPOSE " + port.value())));
            }
        }
    }

    private static Optional<Message> problem(String text) {
        Optional<ExposedPort> parsed = ExposedPort.parse(text);
        if (parsed.isEmpty()) {
            return Optional.of(META.message("notPort"));
        }
        ExposedPort p = parsed.get();
        if (p.first() > MAX_PORT || p.last() > MAX_PORT) {
            return Optional.of(META.message("outOfRange"));
        }
        if (p.first() > p.last()) {
            return Optional.of(META.message("reversed").code("range", p.last() + "-" + p.first()));
        }
        return Optional.empty();
    }
}
