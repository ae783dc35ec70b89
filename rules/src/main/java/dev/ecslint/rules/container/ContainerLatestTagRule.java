package dev.ecslint.rules.container;

import dev.ecslint.core.aws.AbstractContainerRule;
import dev.ecslint.core.aws.ContainerSpec;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;

/** CT008: an image pinned to the moving `latest` tag. */
public final class ContainerLatestTagRule extends AbstractContainerRule {

    private static final RuleMeta META = RuleMeta.builder("CT008", "latest-tag")
            .title("Do not deploy the latest tag")
            .severity(Severity.WARNING)
            .category(Category.RELIABILITY)
            .kinds(DocumentKind.TASK_DEFINITION, DocumentKind.CLOUDFORMATION, DocumentKind.COMPOSE)
            .rationale("`latest` names whatever was pushed last: two tasks of the same revision can run "
                    + "different code, a scale-out can pull an untested image, and a rollback to the previous "
                    + "task definition does not roll the code back.")
            .fix("Use an immutable version tag (\"app:1.4.2\", a git SHA) or a digest (\"app@sha256:…\"), and "
                    + "enable tag immutability on the ECR repository.")
            .bad("task-definition.json", """
                    {"family": "web", "containerDefinitions": [
                      {"name": "app", "image": "nginx:latest"}]}
                    """)
            .bad("template.yaml", """
                    Resources:
                      TaskDef:
                        Type: AWS::ECS::TaskDefinition
                        Properties:
                          ContainerDefinitions:
                            - Name: app
                              Image: nginx:latest
                    """)
            .bad("compose.yaml", """
                    services:
                      web:
                        image: nginx:latest
                    """)
            .good("task-definition.json", """
                    {"family": "web", "containerDefinitions": [
                      {"name": "app", "image": "nginx:1.27.3"}]}
                    """)
            .references(EcsDocs.TASK_DEFINITION_PARAMETERS,
                    "https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-tag-mutability.html")
            .message("latest", "image {image} uses the `latest` tag, which changes with every push; pin a version "
                    + "such as {example} or a digest")
            .build();

    public ContainerLatestTagRule() {
        super(META);
    }

    @Override
    public void check(ContainerSpec container, RuleContext ctx) {
        container.image().filter(i -> i.value() != null && i.value().isLatest() && !i.value().hasDigest())
                .ifPresent(i -> ctx.report(i, META.message("latest").code("image", i.value().text())
                        .code("example", i.value().name() + ":1.2.3")));
    }
}
