package dev.ecslint.rules.container;

import dev.ecslint.core.aws.AbstractContainerRule;
import dev.ecslint.core.aws.ContainerSpec;
import dev.ecslint.core.aws.PortMapping;
import dev.ecslint.core.aws.Sourced;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;

/** CT014: a host port that differs from its container port where AWS requires them equal. */
public final class HostPortMismatchRule extends AbstractContainerRule {

    private static final RuleMeta META = RuleMeta.builder("CT014", "host-port-mismatch")
            .title("Host and container ports must match in awsvpc and host mode")
            .severity(Severity.ERROR)
            .category(Category.CORRECTNESS)
            .kinds(DocumentKind.TASK_DEFINITION, DocumentKind.CLOUDFORMATION)
            .rationale("In the awsvpc and host network modes the container's port is exposed directly on the "
                    + "task's network interface or the host: there is no port translation, so ECS rejects a "
                    + "`hostPort` different from the `containerPort`.")
            .fix("Remove `hostPort` or set it to the same value as `containerPort`.")
            .bad("task-definition.json", """
                    {"family": "web", "networkMode": "awsvpc", "containerDefinitions": [
                      {"name": "app", "image": "app:1.0",
                       "portMappings": [{"containerPort": 8080, "hostPort": 80}]}]}
                    """)
            .bad("template.yaml", """
                    Resources:
                      TaskDef:
                        Type: AWS::ECS::TaskDefinition
                        Properties:
                          NetworkMode: awsvpc
                          ContainerDefinitions:
                            - Name: app
                              Image: app:1.0
                              PortMappings:
                                - {ContainerPort: 8080, HostPort: 80}
                    """)
            .good("task-definition.json", """
                    {"family": "web", "networkMode": "awsvpc", "containerDefinitions": [
                      {"name": "app", "image": "app:1.0",
                       "portMappings": [{"containerPort": 8080, "hostPort": 8080}]}]}
                    """)
            .references(EcsDocs.TASK_DEFINITION_PARAMETERS + "#container_definition_portmappings", EcsDocs.AWSVPC)
            .message("mismatch", "`hostPort` {hostPort} differs from `containerPort` {containerPort}, which AWS "
                    + "rejects in {mode} network mode (no port translation); remove `hostPort` or set it to "
                    + "{containerPort}")
            .build();

    public HostPortMismatchRule() {
        super(META);
    }

    @Override
    public void check(ContainerSpec container, RuleContext ctx) {
        String mode = container.task().networkModeIs("awsvpc") ? "awsvpc"
                : container.task().networkModeIs("host") ? "host" : null;
        if (mode == null) {
            return;
        }
        for (PortMapping mapping : container.portMappings()) {
            Integer containerPort = mapping.containerPort().map(Sourced::value).orElse(null);
            Sourced<Integer> hostPort = mapping.hostPort().orElse(null);
            if (containerPort != null && hostPort != null && hostPort.value() != null
                    && !hostPort.value().equals(containerPort)) {
                ctx.report(hostPort, META.message("mismatch").number("hostPort", hostPort.value())
                        .number("containerPort", containerPort).code("mode", mode));
            }
        }
    }
}
