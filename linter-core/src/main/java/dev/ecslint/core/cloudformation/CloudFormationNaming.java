package dev.ecslint.core.cloudformation;

import dev.ecslint.core.engine.SubjectReader.Naming;
import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.mapping.PlaceNames;
import java.util.List;

/**
 * Names a place in a template as its author reads it: the logical id, then the path below it
 * ({@code TaskDef.Properties.ContainerDefinitions[0].User}), and for {@code cdk synth} output the construct
 * path ({@code ApiStack/Service/TaskDef}) so a CDK user finds the construct in the code.
 */
final class CloudFormationNaming implements Naming {

    private final Template template;

    CloudFormationNaming(Template template) {
        this.template = template;
    }

    @Override
    public String nameOf(String pointer) {
        List<String> segments = PlaceNames.segments(pointer);
        if (segments.size() < 2 || !segments.get(0).equals("Resources")) {
            return segments.isEmpty() ? null : PlaceNames.dotted(template.root(), segments);
        }
        String id = segments.get(1);
        Template.Resource resource = template.resources().get(id);
        JsonValue node = resource == null ? null : resource.node();
        String below = PlaceNames.dotted(node, segments.subList(2, segments.size()));
        String name = below.isEmpty() ? id : below.startsWith("[") ? id + below : id + "." + below;
        return resource == null || resource.cdkPath().isEmpty() ? name : name + " (" + resource.cdkPath().get() + ")";
    }
}
