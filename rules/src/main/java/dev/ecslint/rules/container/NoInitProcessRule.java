package dev.ecslint.rules.container;

import dev.ecslint.core.aws.AbstractContainerRule;
import dev.ecslint.core.aws.ContainerSpec;
import dev.ecslint.core.aws.Sourced;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import java.util.List;
import java.util.Set;

/** CT015: a shell or several processes running as PID 1 without an init process. */
public final class NoInitProcessRule extends AbstractContainerRule {

    private static final RuleMeta META = RuleMeta.builder("CT015", "no-init-process")
            .title("Run shell commands under an init process")
            .severity(Severity.INFO)
            .category(Category.RELIABILITY)
            .kinds(DocumentKind.TASK_DEFINITION, DocumentKind.CLOUDFORMATION)
            .rationale("When a container's command runs through `sh -c`, the shell is PID 1: it does not forward "
                    + "SIGTERM to the application, so ECS kills it after stopTimeout instead of letting it shut "
                    + "down cleanly, and nobody reaps the zombie processes it leaves.")
            .fix("Set \"linuxParameters\": {\"initProcessEnabled\": true}, or run the program directly in exec "
                    + "form (\"command\": [\"node\", \"server.js\"]) or with `exec` at the end of the script.")
            .bad("task-definition.json", """
                    {"family": "web", "containerDefinitions": [
                      {"name": "app", "image": "app:1.0",
                       "command": ["sh", "-c", "./migrate && node server.js"]}]}
                    """)
            .bad("template.yaml", """
                    Resources:
                      TaskDef:
                        Type: AWS::ECS::TaskDefinition
                        Properties:
                          ContainerDefinitions:
                            - Name: app
                              Image: app:1.0
                              EntryPoint: [sh, -c]
                              Command: ["exec java -jar app.jar"]
                    """)
            .good("task-definition.json", """
                    {"family": "web", "containerDefinitions": [
                      {"name": "app", "image": "app:1.0", "linuxParameters": {"initProcessEnabled": true},
                       "command": ["sh", "-c", "./migrate && node server.js"]}]}
                    """)
            .references(EcsDocs.LINUX_PARAMETERS,
                    "https://aws.amazon.com/blogs/containers/graceful-shutdowns-with-ecs/")
            .message("shellAsInit", "{container} runs its command through {shell} as PID 1, which does not forward "
                    + "`SIGTERM` or reap zombie processes; set `linuxParameters.initProcessEnabled` to `true` or run "
                    + "the program in exec form")
            .build();

    public NoInitProcessRule() {
        super(META);
    }

    private static final Set<String> SHELLS = Set.of("sh", "bash", "ash", "dash", "zsh", "ksh");

    @Override
    public void check(ContainerSpec container, RuleContext ctx) {
        if (!container.task().isEcs() || container.initProcessEnabled().map(i -> i.value() != null && i.value())
                .orElse(false) || container.initProcessEnabled().map(Sourced::unresolved).orElse(false)) {
            return;
        }
        List<Sourced<String>> argv = container.argv();
        if (argv.size() < 2 || argv.get(0).value() == null || argv.get(1).value() == null) {
            return;
        }
        String program = argv.get(0).value().trim();
        String shell = program.substring(program.lastIndexOf('/') + 1);
        if (SHELLS.contains(shell) && argv.get(1).value().trim().matches("-[abd-z]*+c[a-z]*+")) {
            ctx.report(argv.get(0), META.message("shellAsInit").phrase("container", container.label())
                    .code("shell", shell + " -c"));
        }
    }
}
