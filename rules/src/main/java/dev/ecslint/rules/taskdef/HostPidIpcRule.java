package dev.ecslint.rules.taskdef;

import dev.ecslint.core.aws.AbstractTaskDefinitionRule;
import dev.ecslint.core.aws.Sourced;
import dev.ecslint.core.aws.TaskDefinition;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import dev.ecslint.rules.container.EcsDocs;
import java.util.Optional;

/** TD004: a task sharing the host's process or IPC namespace. */
public final class HostPidIpcRule extends AbstractTaskDefinitionRule {

    private static final RuleMeta META = RuleMeta.builder("TD004", "host-pid-ipc")
            .title("Do not share the host's process or IPC namespace")
            .severity(Severity.ERROR)
            .category(Category.SECURITY)
            .kinds(DocumentKind.TASK_DEFINITION, DocumentKind.CLOUDFORMATION)
            .rationale("With `pidMode: host` the containers see, and can signal or trace, every process on the "
                    + "instance; with `ipcMode: host` they share its shared memory. Both break the isolation "
                    + "between the task and the host.")
            .fix("Remove pidMode/ipcMode, or use \"task\" to share the namespace between the task's containers "
                    + "only.")
            .bad("task-definition.json", """
                    {"family": "web", "pidMode": "host",
                     "containerDefinitions": [{"name": "app", "image": "app:1.0"}]}
                    """)
            .bad("template.yaml", """
                    Resources:
                      TaskDef:
                        Type: AWS::ECS::TaskDefinition
                        Properties:
                          PidMode: host
                          ContainerDefinitions: [{Name: app, Image: app:1.0}]
                    """)
            .good("task-definition.json", """
                    {"family": "web", "pidMode": "task",
                     "containerDefinitions": [{"name": "app", "image": "app:1.0"}]}
                    """)
            .references(EcsDocs.TASK_DEFINITION_PARAMETERS + "#task_definition_pidmode", EcsDocs.SECURITY_HUB_ECS)
            .equivalents("CKV_AWS_335", "ECS.3")
            .message("pidMode", "`pidMode` `host` shares the host's process namespace: the task's containers can see "
                    + "and signal every process on the instance; remove it or use `task`")
            .message("ipcMode", "`ipcMode` `host` shares the host's IPC namespace: the task's containers share the "
                    + "instance's shared memory; remove it or use `task`")
            .build();

    public HostPidIpcRule() {
        super(META);
    }

    @Override
    public void check(TaskDefinition task, RuleContext ctx) {
        report(task.pidMode(), "pidMode", ctx);
        report(task.ipcMode(), "ipcMode", ctx);
    }

    private static void report(Optional<Sourced<String>> mode, String key, RuleContext ctx) {
        mode.filter(m -> m.is("host")).ifPresent(m -> ctx.report(m, META.message(key)));
    }
}
