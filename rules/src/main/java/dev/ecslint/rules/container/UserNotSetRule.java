package dev.ecslint.rules.container;

import dev.ecslint.core.aws.AbstractContainerRule;
import dev.ecslint.core.aws.ContainerSpec;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.Located;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;

/** CT002: a container that does not say which user it runs as. */
public final class UserNotSetRule extends AbstractContainerRule {

    private static final RuleMeta META = RuleMeta.builder("CT002", "user-not-set")
            .title("Set a non-root user for every container")
            .severity(Severity.WARNING)
            .category(Category.SECURITY)
            .kinds(DocumentKind.TASK_DEFINITION, DocumentKind.CLOUDFORMATION, DocumentKind.COMPOSE)
            .rationale("Without `user` the container runs as the image's default user, which is root for most "
                    + "public images. Setting it in the task definition (or the compose service) makes the choice "
                    + "explicit and independent of how the image was built. A compose service that builds its image "
                    + "from a Dockerfile of the project runs as that Dockerfile's USER, which the Dockerfile rules "
                    + "check.")
            .fix("Add \"user\": \"1000:1000\" (a UID that exists in the image, or any unprivileged UID).")
            .bad("task-definition.json", """
                    {"family": "web", "containerDefinitions": [
                      {"name": "app", "image": "nginx:1.27"}]}
                    """)
            .bad("template.yaml", """
                    Resources:
                      TaskDef:
                        Type: AWS::ECS::TaskDefinition
                        Properties:
                          ContainerDefinitions:
                            - Name: app
                              Image: nginx:1.27
                    """)
            .bad("compose.yaml", """
                    services:
                      web:
                        image: nginx:1.27
                    """)
            .good("task-definition.json", """
                    {"family": "web", "containerDefinitions": [
                      {"name": "app", "image": "nginx:1.27", "user": "101"}]}
                    """)
            .references(EcsDocs.CONTAINER_SECURITY, EcsDocs.SECURITY_HUB_ECS)
            .equivalents("ECS.1")
            .message("noUser", "{container} sets no `user`, so it runs as the image's default user, usually root; "
                    + "add `\"user\": \"1000:1000\"` (an unprivileged UID)")
            .message("noUserCompose", "{container} sets no `user`, so it runs as the image's default user, usually "
                    + "root; add `user: \"1000:1000\"` (an unprivileged UID)")
            .build();

    public UserNotSetRule() {
        super(META);
    }

    @Override
    public void check(ContainerSpec container, RuleContext ctx) {
        boolean set = container.user().map(u -> u.value() == null || !u.value().isBlank()).orElse(false);
        // an image built from a Dockerfile of the project runs as its USER: DF001 judges that, once
        if (!set && container.builtFrom().isEmpty()) {
            ctx.report(container.user().<Located>map(u -> u).orElse(container.anchor()),
                    META.message(container.task().isEcs() ? "noUser" : "noUserCompose")
                            .phrase("container", container.label()));
        }
    }
}
