package dev.ecslint.rules.container;

import dev.ecslint.core.aws.AbstractContainerRule;
import dev.ecslint.core.aws.ContainerSpec;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;

/** CT010: a privileged container. */
public final class PrivilegedRule extends AbstractContainerRule {

    private static final RuleMeta META = RuleMeta.builder("CT010", "privileged")
            .title("Do not run privileged containers")
            .severity(Severity.ERROR)
            .category(Category.SECURITY)
            .kinds(DocumentKind.TASK_DEFINITION, DocumentKind.CLOUDFORMATION, DocumentKind.COMPOSE)
            .rationale("A privileged container gets every capability and every host device: it is root on the "
                    + "host in all but name, and escaping it is trivial.")
            .fix("Remove \"privileged\": true; if the application needs one specific kernel feature, add only "
                    + "that capability with linuxParameters.capabilities.add.")
            .bad("task-definition.json", """
                    {"family": "web", "containerDefinitions": [
                      {"name": "app", "image": "app:1.0", "privileged": true}]}
                    """)
            .bad("template.yaml", """
                    Resources:
                      TaskDef:
                        Type: AWS::ECS::TaskDefinition
                        Properties:
                          ContainerDefinitions:
                            - Name: app
                              Image: app:1.0
                              Privileged: true
                    """)
            .bad("compose.yaml", """
                    services:
                      web:
                        image: app:1.0
                        privileged: true
                    """)
            .good("task-definition.json", """
                    {"family": "web", "containerDefinitions": [
                      {"name": "app", "image": "app:1.0", "privileged": false}]}
                    """)
            .references(EcsDocs.CONTAINER_SECURITY, EcsDocs.SECURITY_HUB_ECS)
            .equivalents("CKV_AWS_334", "ECS.4")
            .message("privileged", "{container} is privileged: it gets every capability and host device, so "
                    + "escaping it means root on the host; remove `privileged` and add only the capability it needs")
            .build();

    public PrivilegedRule() {
        super(META);
    }

    @Override
    public void check(ContainerSpec container, RuleContext ctx) {
        container.privileged().filter(p -> p.is(true))
                .ifPresent(p -> ctx.report(p, META.message("privileged").phrase("container", container.label())));
    }
}
