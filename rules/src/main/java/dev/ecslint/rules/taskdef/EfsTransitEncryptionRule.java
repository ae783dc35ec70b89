package dev.ecslint.rules.taskdef;

import dev.ecslint.core.aws.AbstractTaskDefinitionRule;
import dev.ecslint.core.aws.TaskDefinition;
import dev.ecslint.core.aws.Volume;
import dev.ecslint.core.i18n.Message;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.Located;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import dev.ecslint.rules.container.EcsDocs;

/** TD011: an EFS volume mounted without encryption in transit. */
public final class EfsTransitEncryptionRule extends AbstractTaskDefinitionRule {

    private static final RuleMeta META = RuleMeta.builder("TD011", "efs-transit-encryption")
            .title("Encrypt EFS volumes in transit")
            .severity(Severity.WARNING)
            .category(Category.SECURITY)
            .kinds(DocumentKind.TASK_DEFINITION, DocumentKind.CLOUDFORMATION)
            .rationale("Without transit encryption, data between the task and the EFS file system crosses the "
                    + "network in clear text. Transit encryption is off unless the volume sets it.")
            .fix("Set \"transitEncryption\": \"ENABLED\" in the volume's efsVolumeConfiguration (and preferably "
                    + "an access point with IAM authorization).")
            .bad("task-definition.json", """
                    {"family": "web", "volumes": [{"name": "data",
                       "efsVolumeConfiguration": {"fileSystemId": "fs-12345678"}}],
                     "containerDefinitions": [{"name": "app", "image": "app:1.0"}]}
                    """)
            .bad("template.yaml", """
                    Resources:
                      TaskDef:
                        Type: AWS::ECS::TaskDefinition
                        Properties:
                          Volumes:
                            - Name: shared
                              EFSVolumeConfiguration: {FilesystemId: !Ref FileSystem}
                          ContainerDefinitions: [{Name: app, Image: app:1.0}]
                    """)
            .good("task-definition.json", """
                    {"family": "web", "volumes": [{"name": "data",
                       "efsVolumeConfiguration": {"fileSystemId": "fs-12345678", "transitEncryption": "ENABLED"}}],
                     "containerDefinitions": [{"name": "app", "image": "app:1.0"}]}
                    """)
            .references(EcsDocs.EFS)
            .equivalents("AVD-AWS-0035", "CKV_AWS_97")
            .message("volumeNamed", "EFS volume {name}")
            .message("volumeUnnamed", "an EFS volume without a name")
            .message("notSet", "{volume} does not set `transitEncryption`, so its data crosses the network "
                    + "unencrypted; add `\"transitEncryption\": \"ENABLED\"` to its `efsVolumeConfiguration`")
            .message("disabled", "{volume} sets `transitEncryption` to {value}, so its data crosses the network "
                    + "unencrypted; set it to `ENABLED`")
            .build();

    public EfsTransitEncryptionRule() {
        super(META);
    }

    @Override
    public void check(TaskDefinition task, RuleContext ctx) {
        for (Volume v : task.volumes()) {
            if (v.efs().isEmpty()) {
                continue;
            }
            Volume.Efs efs = v.efs().get();
            Message volume = v.name().map(n -> META.message("volumeNamed").code("name", n.text()))
                    .orElse(META.message("volumeUnnamed"));
            if (efs.transitEncryption().isEmpty()) {
                Located at = v.name().<Located>map(n -> n).orElse(efs.at());
                ctx.report(at, META.message("notSet").phrase("volume", volume));
            } else {
                efs.transitEncryption().filter(t -> t.value() != null && !t.unresolved() && !t.is("ENABLED"))
                        .ifPresent(t -> ctx.report(t, META.message("disabled").phrase("volume", volume)
                                .code("value", t.value())));
            }
        }
    }
}
