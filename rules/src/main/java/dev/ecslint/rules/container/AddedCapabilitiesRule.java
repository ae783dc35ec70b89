package dev.ecslint.rules.container;

import dev.ecslint.core.aws.AbstractContainerRule;
import dev.ecslint.core.aws.ContainerSpec;
import dev.ecslint.core.aws.Sourced;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import java.util.Locale;
import java.util.Set;

/** CT012: dangerous Linux capabilities added to a container. */
public final class AddedCapabilitiesRule extends AbstractContainerRule {

    private static final RuleMeta META = RuleMeta.builder("CT012", "added-capabilities")
            .title("Do not add dangerous Linux capabilities")
            .severity(Severity.WARNING)
            .category(Category.SECURITY)
            .kinds(DocumentKind.TASK_DEFINITION, DocumentKind.CLOUDFORMATION, DocumentKind.COMPOSE)
            .rationale("Capabilities such as SYS_ADMIN, NET_ADMIN, SYS_PTRACE, SYS_MODULE, DAC_READ_SEARCH and "
                    + "NET_RAW (or ALL) give a container powers over the host kernel, its network or other "
                    + "processes that are the usual stepping stones of a container escape.")
            .fix("Remove the capability from linuxParameters.capabilities.add (compose: cap_add); if the "
                    + "application truly needs it, isolate that container and document why.")
            .bad("task-definition.json", """
                    {"family": "web", "containerDefinitions": [
                      {"name": "app", "image": "app:1.0",
                       "linuxParameters": {"capabilities": {"add": ["SYS_ADMIN"]}}}]}
                    """)
            .bad("template.yaml", """
                    Resources:
                      TaskDef:
                        Type: AWS::ECS::TaskDefinition
                        Properties:
                          ContainerDefinitions:
                            - Name: app
                              Image: app:1.0
                              LinuxParameters:
                                Capabilities: {Add: [SYS_ADMIN]}
                    """)
            .bad("compose.yaml", """
                    services:
                      web:
                        image: app:1.0
                        cap_add: [SYS_ADMIN]
                    """)
            .good("task-definition.json", """
                    {"family": "web", "containerDefinitions": [
                      {"name": "app", "image": "app:1.0",
                       "linuxParameters": {"capabilities": {"add": ["NET_BIND_SERVICE"], "drop": ["ALL"]}}}]}
                    """)
            .references(EcsDocs.LINUX_PARAMETERS, EcsDocs.CONTAINER_SECURITY)
            .message("dangerous", "{container} adds the {capability} capability, which gives it power over the host "
                    + "that helps a container escape; remove it from `capabilities.add`")
            .message("dangerousCompose", "{container} adds the {capability} capability, which gives it power over the "
                    + "host that helps a container escape; remove it from `cap_add`")
            .build();

    public AddedCapabilitiesRule() {
        super(META);
    }

    private static final Set<String> DANGEROUS =
            Set.of("ALL", "SYS_ADMIN", "NET_ADMIN", "SYS_PTRACE", "SYS_MODULE", "DAC_READ_SEARCH", "NET_RAW");

    @Override
    public void check(ContainerSpec container, RuleContext ctx) {
        for (Sourced<String> capability : container.capabilitiesAdd()) {
            if (capability.value() == null) {
                continue;
            }
            String name = capability.value().trim().toUpperCase(Locale.ROOT).replaceFirst("^CAP_", "");
            if (DANGEROUS.contains(name)) {
                ctx.report(capability, META.message(container.task().isEcs() ? "dangerous" : "dangerousCompose")
                        .phrase("container", container.label())
                        .code("capability", name));
            }
        }
    }
}
