package dev.ecslint.rules.taskdef;

import dev.ecslint.core.aws.AbstractTaskDefinitionRule;
import dev.ecslint.core.aws.ContainerSpec;
import dev.ecslint.core.aws.Sourced;
import dev.ecslint.core.aws.TaskDefinition;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import dev.ecslint.rules.container.EcsDocs;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** TD015: container settings that Fargate rejects. */
public final class FargateUnsupportedParameterRule extends AbstractTaskDefinitionRule {

    private static final RuleMeta META = RuleMeta.builder("TD015", "fargate-unsupported-parameter")
            .title("Do not use parameters that Fargate rejects")
            .severity(Severity.ERROR)
            .category(Category.CORRECTNESS)
            .kinds(DocumentKind.TASK_DEFINITION, DocumentKind.CLOUDFORMATION)
            .rationale("Fargate runs tasks on infrastructure you do not manage, so it does not support settings "
                    + "that reach into the host: privileged mode, devices, swap, shared memory and tmpfs sizes, "
                    + "added capabilities other than SYS_PTRACE, Docker security options, links, log drivers other "
                    + "than awslogs, splunk and awsfirelens, a stopTimeout above 120 seconds, and placement "
                    + "constraints. A Fargate task definition that uses them is rejected.")
            .fix("Remove the parameter, or run the task on EC2 (requiresCompatibilities EC2) if it truly needs it.")
            .bad("task-definition.json", """
                    {"family": "web", "requiresCompatibilities": ["FARGATE"], "networkMode": "awsvpc",
                     "cpu": "256", "memory": "512",
                     "containerDefinitions": [{"name": "app", "image": "app:1.0", "privileged": true}]}
                    """)
            .bad("template.yaml", """
                    Resources:
                      TaskDef:
                        Type: AWS::ECS::TaskDefinition
                        Properties:
                          RequiresCompatibilities: [FARGATE]
                          NetworkMode: awsvpc
                          Cpu: 256
                          Memory: 512
                          ContainerDefinitions:
                            - {Name: app, Image: app:1.0, Privileged: true}
                    """)
            .good("task-definition.json", """
                    {"family": "web", "requiresCompatibilities": ["FARGATE"], "networkMode": "awsvpc",
                     "cpu": "256", "memory": "512",
                     "containerDefinitions": [{"name": "app", "image": "app:1.0", "privileged": false,
                       "linuxParameters": {"capabilities": {"add": ["SYS_PTRACE"]}}}]}
                    """)
            .references(EcsDocs.FARGATE_TASK_DEFINITIONS, EcsDocs.TASK_DEFINITION_PARAMETERS)
            .message("placementConstraints", "`placementConstraints` are not supported on Fargate, which rejects the "
                    + "task definition; remove them")
            .message("parameter", "{container} sets {parameter}, which Fargate does not support and rejects; remove "
                    + "it or run the task on EC2")
            .message("capability", "{container} adds the {capability} capability; Fargate only allows adding "
                    + "`SYS_PTRACE` and rejects the task definition")
            .message("logDriver", "{container} uses the {driver} log driver, which Fargate does not support; use "
                    + "`awslogs`, `splunk` or `awsfirelens`")
            .message("stopTimeout", "{container} sets `stopTimeout` to {seconds} seconds, but Fargate allows at most "
                    + "120; lower it")
            .build();

    public FargateUnsupportedParameterRule() {
        super(META);
    }

    /** Parameters Fargate rejects whenever they are used. */
    private static final List<String> UNSUPPORTED = List.of("privileged", "linuxParameters.devices",
            "linuxParameters.maxSwap", "linuxParameters.swappiness", "linuxParameters.sharedMemorySize",
            "linuxParameters.tmpfs", "dockerSecurityOptions", "links");

    private static final Set<String> FARGATE_LOG_DRIVERS = Set.of("awslogs", "splunk", "awsfirelens");
    private static final int MAX_STOP_TIMEOUT = 120;

    @Override
    public void check(TaskDefinition task, RuleContext ctx) {
        if (!task.isFargate()) {
            return;
        }
        task.placementConstraints().ifPresent(p -> ctx.report(p, META.message("placementConstraints")));
        for (ContainerSpec c : task.containers()) {
            for (String parameter : UNSUPPORTED) {
                if (c.sets(parameter)) {
                    ctx.report(c.at(parameter), META.message("parameter").phrase("container", c.label())
                            .code("parameter", parameter));
                }
            }
            for (Sourced<String> capability : c.capabilitiesAdd()) {
                if (capability.value() != null && !capability.unresolved()
                        && !capability.value().trim().toUpperCase(Locale.ROOT).replaceFirst("^CAP_", "")
                        .equals("SYS_PTRACE")) {
                    ctx.report(capability, META.message("capability").phrase("container", c.label())
                            .code("capability", capability.value()));
                }
            }
            c.logConfiguration().flatMap(l -> l.driver())
                    .filter(d -> d.value() != null && !d.unresolved() && !FARGATE_LOG_DRIVERS.contains(d.value()))
                    .ifPresent(d -> ctx.report(d, META.message("logDriver").phrase("container", c.label())
                            .code("driver", d.value())));
            c.stopTimeout().filter(t -> t.value() != null && t.value() > MAX_STOP_TIMEOUT)
                    .ifPresent(t -> ctx.report(t, META.message("stopTimeout").phrase("container", c.label())
                            .number("seconds", t.value())));
        }
    }
}
