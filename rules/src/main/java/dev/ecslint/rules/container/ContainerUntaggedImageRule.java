package dev.ecslint.rules.container;

import dev.ecslint.core.aws.AbstractContainerRule;
import dev.ecslint.core.aws.ContainerSpec;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;

/** CT009: an image with neither tag nor digest (which means `latest`). */
public final class ContainerUntaggedImageRule extends AbstractContainerRule {

    private static final RuleMeta META = RuleMeta.builder("CT009", "untagged-image")
            .title("Tag every container image")
            .severity(Severity.WARNING)
            .category(Category.RELIABILITY)
            .kinds(DocumentKind.TASK_DEFINITION, DocumentKind.CLOUDFORMATION, DocumentKind.COMPOSE)
            .rationale("An image without a tag or digest is pulled as `latest`: what runs depends on the last "
                    + "push, not on the task definition revision.")
            .fix("Add an immutable version tag (\"nginx:1.27.3\") or a digest (\"nginx@sha256:…\").")
            .bad("task-definition.json", """
                    {"family": "web", "containerDefinitions": [
                      {"name": "app", "image": "nginx"}]}
                    """)
            .bad("template.yaml", """
                    Resources:
                      TaskDef:
                        Type: AWS::ECS::TaskDefinition
                        Properties:
                          ContainerDefinitions:
                            - Name: app
                              Image: nginx
                    """)
            .bad("compose.yaml", """
                    services:
                      web:
                        image: nginx
                    """)
            .good("task-definition.json", """
                    {"family": "web", "containerDefinitions": [
                      {"name": "app", "image": "nginx:1.27.3"}]}
                    """)
            .references(EcsDocs.TASK_DEFINITION_PARAMETERS)
            .message("untagged", "image {image} has no tag, so ECS pulls `latest`, whatever was pushed last; pin a "
                    + "version such as {example} or a digest")
            .message("untaggedCompose", "image {image} has no tag, so Docker pulls `latest`, whatever was pushed last, "
                    + "and each machine may run a different image; pin a version such as {example} or a digest")
            .build();

    public ContainerUntaggedImageRule() {
        super(META);
    }

    @Override
    public void check(ContainerSpec container, RuleContext ctx) {
        container.image().filter(i -> i.value() != null && !i.value().isTemplated())
                .filter(i -> !i.value().hasTag() && !i.value().hasDigest() && !i.value().repository().isBlank())
                .ifPresent(i -> ctx.report(i, META.message(container.task().isEcs() ? "untagged" : "untaggedCompose")
                        .code("image", i.value().text())
                        .code("example", i.value().text() + ":1.2.3")));
    }
}
