package dev.ecslint.rules.taskdef;

import dev.ecslint.core.aws.AbstractTaskDefinitionRule;
import dev.ecslint.core.aws.ContainerSpec;
import dev.ecslint.core.aws.TaskDefinition;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import dev.ecslint.rules.container.EcsDocs;
import java.util.List;

/** TD017: container network settings that the awsvpc mode rejects. */
public final class InvalidNetworkOptionRule extends AbstractTaskDefinitionRule {

    private static final RuleMeta META = RuleMeta.builder("TD017", "invalid-network-option")
            .title("Do not use Docker network options in awsvpc mode")
            .severity(Severity.ERROR)
            .category(Category.CORRECTNESS)
            .kinds(DocumentKind.TASK_DEFINITION, DocumentKind.CLOUDFORMATION)
            .rationale("In awsvpc mode the task's network interface and its DNS come from the VPC, so the Docker "
                    + "options `links`, `hostname`, `dnsServers`, `dnsSearchDomains` and `extraHosts` are "
                    + "not supported and the task definition is rejected.")
            .fix("Remove the option: containers of one task reach each other on localhost, and DNS is set in the "
                    + "VPC (DHCP options, Route 53 private zones).")
            .bad("task-definition.json", """
                    {"family": "web", "networkMode": "awsvpc", "containerDefinitions": [
                      {"name": "app", "image": "app:1.0", "hostname": "app"}]}
                    """)
            .bad("template.yaml", """
                    Resources:
                      TaskDef:
                        Type: AWS::ECS::TaskDefinition
                        Properties:
                          NetworkMode: awsvpc
                          ContainerDefinitions:
                            - {Name: app, Image: app:1.0, Links: [db]}
                    """)
            .good("task-definition.json", """
                    {"family": "web", "networkMode": "bridge", "containerDefinitions": [
                      {"name": "app", "image": "app:1.0", "hostname": "app"}]}
                    """)
            .references(EcsDocs.AWSVPC, EcsDocs.TASK_DEFINITION_PARAMETERS + "#container_definition_network")
            .message("option", "{container} sets {option}, which the `awsvpc` network mode does not support (AWS "
                    + "rejects the task definition); remove it")
            .build();

    public InvalidNetworkOptionRule() {
        super(META);
    }

    private static final List<String> DOCKER_NETWORK_OPTIONS =
            List.of("links", "hostname", "dnsServers", "dnsSearchDomains", "extraHosts");

    @Override
    public void check(TaskDefinition task, RuleContext ctx) {
        if (!task.networkModeIs("awsvpc")) {
            return;
        }
        for (ContainerSpec c : task.containers()) {
            for (String option : DOCKER_NETWORK_OPTIONS) {
                if (c.sets(option)) {
                    ctx.report(c.at(option), META.message("option").phrase("container", c.label()).code("option", option));
                }
            }
        }
    }
}
