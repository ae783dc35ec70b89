package dev.ecslint.rules.taskdef;

import dev.ecslint.core.aws.AbstractTaskDefinitionRule;
import dev.ecslint.core.aws.ContainerSpec;
import dev.ecslint.core.aws.Dependency;
import dev.ecslint.core.aws.Sourced;
import dev.ecslint.core.aws.TaskDefinition;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import dev.ecslint.rules.container.EcsDocs;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** TD008: references between containers that ECS cannot satisfy. */
public final class UnknownContainerReferenceRule extends AbstractTaskDefinitionRule {

    private static final RuleMeta META = RuleMeta.builder("TD008", "unknown-container-reference")
            .title("Refer only to containers that exist, with valid conditions")
            .severity(Severity.ERROR)
            .category(Category.CORRECTNESS)
            .kinds(DocumentKind.TASK_DEFINITION, DocumentKind.CLOUDFORMATION)
            .rationale("`dependsOn`, `links` and `volumesFrom` name other containers of the same task, and a "
                    + "FireLens log configuration needs a log-router container. ECS rejects or cannot start a task "
                    + "when such a name is not defined, when a dependsOn condition is not START, COMPLETE, "
                    + "SUCCESS or HEALTHY, when HEALTHY waits for a container without a health check, or when "
                    + "COMPLETE/SUCCESS waits for an essential container (which must never exit).")
            .fix("Fix the container name, or add the missing container; use HEALTHY only for containers with a "
                    + "healthCheck, and COMPLETE/SUCCESS only for non-essential containers such as init jobs.")
            .bad("task-definition.json", """
                    {"family": "web", "containerDefinitions": [
                      {"name": "app", "image": "app:1.0",
                       "dependsOn": [{"containerName": "migrations", "condition": "SUCCESS"}]}]}
                    """)
            .bad("template.yaml", """
                    Resources:
                      TaskDef:
                        Type: AWS::ECS::TaskDefinition
                        Properties:
                          ContainerDefinitions:
                            - Name: app
                              Image: app:1.0
                              DependsOn: [{ContainerName: envoi, Condition: START}]
                            - {Name: envoy, Image: envoy:v1.31}
                    """)
            .good("task-definition.json", """
                    {"family": "web", "containerDefinitions": [
                      {"name": "app", "image": "app:1.0",
                       "dependsOn": [{"containerName": "migrate", "condition": "SUCCESS"}]},
                      {"name": "migrate", "image": "app:1.0", "essential": false}]}
                    """)
            .references(EcsDocs.CONTAINER_DEPENDENCY, EcsDocs.FIRELENS)
            .message("link", "{container} links to {target}, which is not a container of this task; fix the name or "
                    + "add the container")
            .message("volumesFrom", "{container} mounts volumes from {source}, which is not a container of this "
                    + "task; fix `sourceContainer` or add the container")
            .message("noLogRouter", "{container} logs through `awsfirelens`, but no container of this task has a "
                    + "`firelensConfiguration` to receive the logs; add a Fluent Bit log-router container with "
                    + "`firelensConfiguration`")
            .message("dependsOn", "{container} depends on {target}, which is not a container of this task; fix "
                    + "`containerName` or add the container")
            .message("condition", "`dependsOn` condition {condition} is not one ECS knows; use `START`, `COMPLETE`, "
                    + "`SUCCESS` or `HEALTHY`")
            .message("healthy", "{container} waits for {target} to be `HEALTHY`, but that container has no "
                    + "`healthCheck`, so it never becomes healthy; add a `healthCheck` to it or use `START`")
            .message("essentialExit", "{container} waits for {target} to {condition}, but that container is "
                    + "essential and the task stops when it exits; mark it `\"essential\": false` or use `START` or "
                    + "`HEALTHY`")
            .build();

    public UnknownContainerReferenceRule() {
        super(META);
    }

    private static final Set<String> CONDITIONS = Set.of("START", "COMPLETE", "SUCCESS", "HEALTHY");

    @Override
    public void check(TaskDefinition task, RuleContext ctx) {
        Set<String> names = new HashSet<>();
        boolean namesKnown = true;
        for (ContainerSpec c : task.containers()) {
            Optional<Sourced<String>> name = c.name();
            if (name.isEmpty() || name.get().value() == null || name.get().unresolved()) {
                namesKnown = false;
            } else {
                names.add(name.get().value());
            }
        }
        boolean hasLogRouter = task.containers().stream().anyMatch(c -> c.sets("firelensConfiguration"));
        for (ContainerSpec c : task.containers()) {
            for (Dependency d : c.dependsOn()) {
                checkDependency(task, c, d, namesKnown ? names : null, ctx);
            }
            if (namesKnown) {
                for (Sourced<String> link : c.links()) {
                    String target = link.value() == null ? null : link.value().split(":", 2)[0];
                    if (target != null && !link.unresolved() && !names.contains(target)) {
                        ctx.report(link, META.message("link").phrase("container", c.label()).code("target", target));
                    }
                }
                for (Sourced<String> source : c.volumesFrom()) {
                    if (known(source) && !names.contains(source.value())) {
                        ctx.report(source, META.message("volumesFrom").phrase("container", c.label())
                                .code("source", source.value()));
                    }
                }
            }
            c.logConfiguration().filter(l -> l.driverIs("awsfirelens") && !hasLogRouter)
                    .ifPresent(l -> ctx.report(l.driver().get(), META.message("noLogRouter").phrase("container", c.label())));
        }
    }

    private static void checkDependency(TaskDefinition task, ContainerSpec c, Dependency d, Set<String> names,
                                        RuleContext ctx) {
        Optional<Sourced<String>> target = d.containerName().filter(UnknownContainerReferenceRule::known);
        if (target.isPresent() && names != null && !names.contains(target.get().value())) {
            ctx.report(target.get(), META.message("dependsOn").phrase("container", c.label())
                    .code("target", target.get().value()));
            return;
        }
        Optional<Sourced<String>> condition = d.condition().filter(UnknownContainerReferenceRule::known);
        if (condition.isEmpty()) {
            return;
        }
        String value = condition.get().value();
        if (!CONDITIONS.contains(value)) {
            ctx.report(condition.get(), META.message("condition").code("condition", value));
            return;
        }
        Optional<ContainerSpec> dependency = target.flatMap(t -> task.container(t.value()));
        if (dependency.isEmpty()) {
            return;
        }
        if (value.equals("HEALTHY") && dependency.get().healthCheck().isEmpty()) {
            ctx.report(condition.get(), META.message("healthy").phrase("container", c.label())
                    .code("target", target.get().value()));
        } else if ((value.equals("COMPLETE") || value.equals("SUCCESS")) && dependency.get().isEssential()) {
            ctx.report(condition.get(), META.message("essentialExit").phrase("container", c.label())
                    .code("target", target.get().value()).code("condition", value));
        }
    }

    private static boolean known(Sourced<String> value) {
        return value.value() != null && !value.unresolved();
    }
}
