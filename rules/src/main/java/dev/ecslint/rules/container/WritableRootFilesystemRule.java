package dev.ecslint.rules.container;

import dev.ecslint.core.aws.AbstractContainerRule;
import dev.ecslint.core.aws.ContainerSpec;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;

/** CT011: a container whose root file system is writable. */
public final class WritableRootFilesystemRule extends AbstractContainerRule {

    private static final RuleMeta META = RuleMeta.builder("CT011", "writable-root-filesystem")
            .title("Make the container's root file system read-only")
            .severity(Severity.INFO)
            .category(Category.SECURITY)
            .kinds(DocumentKind.TASK_DEFINITION, DocumentKind.CLOUDFORMATION, DocumentKind.COMPOSE)
            .rationale("A read-only root file system stops an attacker from changing the application's binaries "
                    + "or dropping tools into the container; the places the application must write to become "
                    + "explicit volumes.")
            .fix("Set \"readonlyRootFilesystem\": true and mount a volume (or tmpfs) where the application writes "
                    + "(/tmp, caches); in compose, read_only: true.")
            .bad("task-definition.json", """
                    {"family": "web", "containerDefinitions": [
                      {"name": "app", "image": "app:1.0", "readonlyRootFilesystem": false}]}
                    """)
            .bad("template.yaml", """
                    Resources:
                      TaskDef:
                        Type: AWS::ECS::TaskDefinition
                        Properties:
                          ContainerDefinitions:
                            - Name: app
                              Image: app:1.0
                              ReadonlyRootFilesystem: false
                    """)
            .bad("compose.yaml", """
                    services:
                      web:
                        image: app:1.0
                        read_only: false
                    """)
            .good("task-definition.json", """
                    {"family": "web", "containerDefinitions": [
                      {"name": "app", "image": "app:1.0", "readonlyRootFilesystem": true}]}
                    """)
            .references(EcsDocs.CONTAINER_SECURITY, EcsDocs.SECURITY_HUB_ECS)
            .equivalents("CKV_AWS_336", "ECS.5")
            .message("writable", "{container} has a writable root file system, so an attacker can change its files; "
                    + "set `\"readonlyRootFilesystem\": true` and mount volumes where it must write")
            .message("setFalse", "{container} sets `readonlyRootFilesystem` to `false`, so an attacker can change "
                    + "its files; set it to `true` and mount volumes where it must write")
            .message("writableCompose", "{container} has a writable root file system, so an attacker can change its "
                    + "files; set `read_only: true` and mount volumes or a `tmpfs` where it must write")
            .message("setFalseCompose", "{container} sets `read_only` to `false`, so an attacker can change its files; "
                    + "set it to `true` and mount volumes or a `tmpfs` where it must write")
            .build();

    public WritableRootFilesystemRule() {
        super(META);
    }

    @Override
    public void check(ContainerSpec container, RuleContext ctx) {
        if (container.readonlyRootFilesystem().isEmpty()) {
            ctx.report(container.anchor(), META.message(container.task().isEcs() ? "writable" : "writableCompose")
                    .phrase("container", container.label()));
        } else {
            container.readonlyRootFilesystem().filter(r -> r.is(false))
                    .ifPresent(r -> ctx.report(r, META.message(container.task().isEcs() ? "setFalse" : "setFalseCompose")
                            .phrase("container", container.label())));
        }
    }
}
