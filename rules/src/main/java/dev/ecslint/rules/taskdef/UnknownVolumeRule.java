package dev.ecslint.rules.taskdef;

import dev.ecslint.core.aws.AbstractTaskDefinitionRule;
import dev.ecslint.core.aws.ContainerSpec;
import dev.ecslint.core.aws.MountPoint;
import dev.ecslint.core.aws.Sourced;
import dev.ecslint.core.aws.TaskDefinition;
import dev.ecslint.core.aws.Volume;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import dev.ecslint.rules.container.EcsDocs;
import java.util.HashSet;
import java.util.Set;

/** TD010: a mount point naming a volume the task does not declare. */
public final class UnknownVolumeRule extends AbstractTaskDefinitionRule {

    private static final RuleMeta META = RuleMeta.builder("TD010", "unknown-volume")
            .title("Mount only volumes declared in the task")
            .severity(Severity.ERROR)
            .category(Category.CORRECTNESS)
            .kinds(DocumentKind.TASK_DEFINITION, DocumentKind.CLOUDFORMATION)
            .rationale("A container's `mountPoints.sourceVolume` must be the name of an entry of the task's "
                    + "`volumes`; ECS rejects the task definition otherwise.")
            .fix("Declare the volume in \"volumes\" (e.g. {\"name\": \"data\"}) or fix the sourceVolume name.")
            .bad("task-definition.json", """
                    {"family": "web", "containerDefinitions": [
                      {"name": "app", "image": "app:1.0",
                       "mountPoints": [{"sourceVolume": "data", "containerPath": "/data"}]}]}
                    """)
            .bad("template.yaml", """
                    Resources:
                      TaskDef:
                        Type: AWS::ECS::TaskDefinition
                        Properties:
                          ContainerDefinitions:
                            - Name: app
                              Image: app:1.0
                              MountPoints: [{SourceVolume: data, ContainerPath: /data}]
                    """)
            .good("task-definition.json", """
                    {"family": "web", "volumes": [{"name": "data"}], "containerDefinitions": [
                      {"name": "app", "image": "app:1.0",
                       "mountPoints": [{"sourceVolume": "data", "containerPath": "/data"}]}]}
                    """)
            .references(EcsDocs.TASK_DEFINITION_PARAMETERS + "#volumes")
            .message("undeclared", "{container} mounts volume {volume}, which is not declared in the task's "
                    + "`volumes`; add {entry} to `volumes` or fix the name")
            .build();

    public UnknownVolumeRule() {
        super(META);
    }

    @Override
    public void check(TaskDefinition task, RuleContext ctx) {
        if (!task.hasTaskLevel()) {
            return;
        }
        Set<String> declared = new HashSet<>();
        for (Volume v : task.volumes()) {
            if (v.name().isEmpty() || v.name().get().value() == null || v.name().get().unresolved()) {
                return; // a volume whose name is unknown could be the one mounted
            }
            declared.add(v.name().get().value());
        }
        for (ContainerSpec c : task.containers()) {
            for (MountPoint m : c.mountPoints()) {
                if (m.sourceVolume().isEmpty()) {
                    continue;
                }
                Sourced<String> source = m.sourceVolume().get();
                if (source.value() != null && !source.unresolved() && !declared.contains(source.value())) {
                    ctx.report(source, META.message("undeclared").phrase("container", c.label())
                            .code("volume", source.value()).code("entry", "{\"name\": \"" + source.value() + "\"}"));
                }
            }
        }
    }
}
