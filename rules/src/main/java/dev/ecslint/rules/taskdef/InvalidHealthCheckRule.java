package dev.ecslint.rules.taskdef;

import dev.ecslint.core.aws.AbstractTaskDefinitionRule;
import dev.ecslint.core.aws.ContainerSpec;
import dev.ecslint.core.aws.HealthCheck;
import dev.ecslint.core.aws.Sourced;
import dev.ecslint.core.aws.TaskDefinition;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import dev.ecslint.rules.container.EcsDocs;
import java.util.Optional;

/** TD016: a health check ECS rejects or cannot run. */
public final class InvalidHealthCheckRule extends AbstractTaskDefinitionRule {

    private static final RuleMeta META = RuleMeta.builder("TD016", "invalid-health-check")
            .title("Write health checks that ECS accepts")
            .severity(Severity.ERROR)
            .category(Category.CORRECTNESS)
            .kinds(DocumentKind.TASK_DEFINITION, DocumentKind.CLOUDFORMATION)
            .rationale("An ECS health check command starts with CMD (run the arguments directly) or CMD-SHELL "
                    + "(run one string with the container's shell); interval must be 5–300 s, timeout 2–60 s, "
                    + "retries 1–10 and startPeriod 0–300 s. Other values are rejected.")
            .fix("Write the command as [\"CMD-SHELL\", \"curl -f http://localhost/ || exit 1\"] and keep the "
                    + "timings within their ranges.")
            .bad("task-definition.json", """
                    {"family": "web", "containerDefinitions": [{"name": "app", "image": "app:1.0",
                      "healthCheck": {"command": ["curl -f http://localhost/ || exit 1"], "interval": 30}}]}
                    """)
            .bad("template.yaml", """
                    Resources:
                      TaskDef:
                        Type: AWS::ECS::TaskDefinition
                        Properties:
                          ContainerDefinitions:
                            - Name: app
                              Image: app:1.0
                              HealthCheck: {Command: [/healthcheck]}
                    """)
            .good("task-definition.json", """
                    {"family": "web", "containerDefinitions": [{"name": "app", "image": "app:1.0",
                      "healthCheck": {"command": ["CMD-SHELL", "curl -f http://localhost/ || exit 1"],
                        "interval": 30, "timeout": 5, "retries": 3, "startPeriod": 60}}]}
                    """)
            .references(EcsDocs.TASK_DEFINITION_PARAMETERS + "#container_definition_healthcheck", EcsDocs.HEALTH_CHECK)
            .message("command", "{container}'s `healthCheck` command starts with {first} instead of `CMD` or "
                    + "`CMD-SHELL`, so ECS cannot run it; start it with `CMD` (run the arguments) or `CMD-SHELL` "
                    + "(run one string with the shell)")
            .message("range", "{container}'s `healthCheck` {key} is {value}, outside the {min}–{max} that ECS "
                    + "accepts; use a value in that range")
            .build();

    public InvalidHealthCheckRule() {
        super(META);
    }

    @Override
    public void check(TaskDefinition task, RuleContext ctx) {
        for (ContainerSpec c : task.containers()) {
            c.healthCheck().ifPresent(h -> check(c, h, ctx));
        }
    }

    private static void check(ContainerSpec c, HealthCheck h, RuleContext ctx) {
        if (!h.command().isEmpty()) {
            Sourced<String> first = h.command().get(0);
            if (first.value() != null && !first.unresolved() && !first.is("CMD") && !first.is("CMD-SHELL")) {
                ctx.report(first, META.message("command").phrase("container", c.label()).code("first", first.value()));
            }
        }
        range(c, h.interval(), "interval", 5, 300, ctx);
        range(c, h.timeout(), "timeout", 2, 60, ctx);
        range(c, h.retries(), "retries", 1, 10, ctx);
        range(c, h.startPeriod(), "startPeriod", 0, 300, ctx);
    }

    private static void range(ContainerSpec c, Optional<Sourced<Integer>> value, String key, int min, int max,
                              RuleContext ctx) {
        value.filter(v -> v.value() != null && (v.value() < min || v.value() > max))
                .ifPresent(v -> ctx.report(v, META.message("range").phrase("container", c.label()).code("key", key)
                        .number("value", v.value()).number("min", min).number("max", max)));
    }
}
