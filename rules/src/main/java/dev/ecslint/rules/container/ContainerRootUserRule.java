package dev.ecslint.rules.container;

import dev.ecslint.core.aws.AbstractContainerRule;
import dev.ecslint.core.aws.ContainerSpec;
import dev.ecslint.core.aws.Sourced;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import java.util.regex.Pattern;

/** CT001: a container that explicitly runs as root. */
public final class ContainerRootUserRule extends AbstractContainerRule {

    private static final RuleMeta META = RuleMeta.builder("CT001", "root-user")
            .title("Do not run containers as root")
            .severity(Severity.ERROR)
            .category(Category.SECURITY)
            .kinds(DocumentKind.TASK_DEFINITION, DocumentKind.CLOUDFORMATION, DocumentKind.COMPOSE)
            .rationale("A process running as root inside a container is root on the host once it escapes the "
                    + "container (a kernel or runtime bug, a mounted socket, a privileged flag). Running as an "
                    + "unprivileged user limits what an attacker who takes over the application can do.")
            .fix("Set `user` to a non-root UID (and GID), e.g. \"user\": \"1000:1000\", and make the files the "
                    + "application writes owned by that user in the image.")
            .bad("task-definition.json", """
                    {"family": "web", "containerDefinitions": [
                      {"name": "app", "image": "nginx:1.27", "user": "root"}]}
                    """)
            .bad("template.yaml", """
                    Resources:
                      TaskDef:
                        Type: AWS::ECS::TaskDefinition
                        Properties:
                          ContainerDefinitions:
                            - Name: app
                              Image: app:1.0
                              User: root
                    """)
            .bad("compose.yaml", """
                    services:
                      web:
                        image: nginx:1.27
                        user: root
                    """)
            .good("task-definition.json", """
                    {"family": "web", "containerDefinitions": [
                      {"name": "app", "image": "nginx:1.27", "user": "101:101"}]}
                    """)
            .references(EcsDocs.CONTAINER_SECURITY, EcsDocs.SECURITY_HUB_ECS)
            .equivalents("ECS.1")
            .message("rootUser", "{container} runs as root (`user` is {user}): a process that escapes the container "
                    + "is root on the host; set `user` to a non-root UID such as `1000:1000`")
            .build();

    public ContainerRootUserRule() {
        super(META);
    }

    /** {@code root}, {@code 0}, optionally followed by {@code :group}. */
    private static final Pattern ROOT = Pattern.compile("(root|0)(:.*)?");

    @Override
    public void check(ContainerSpec container, RuleContext ctx) {
        container.user().filter(u -> !u.unresolved()).flatMap(Sourced::known)
                .filter(u -> ROOT.matcher(u.trim()).matches())
                .ifPresent(u -> ctx.report(container.user().get(),
                        META.message("rootUser").phrase("container", container.label()).code("user", u)));
    }
}
