package dev.ecslint.core.aws;

import dev.ecslint.core.engine.SubjectReader;
import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.json.JsonValue.JsonObject;
import dev.ecslint.core.json.JsonValue.Member;
import dev.ecslint.core.model.SourceFile;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the resources of a CloudFormation template as rule subjects. Only the shape every template
 * shares is required ({@code Resources} of objects with a string {@code Type}); anything else — an
 * unrendered template, a resource without Properties — is skipped, never an error.
 */
public final class CloudFormationReader implements SubjectReader {

    @Override
    public List<Class<?>> subjectTypes() {
        return List.of(CloudFormationResource.class);
    }

    @Override
    public Read read(JsonValue root, SourceFile source) {
        List<Object> resources = new ArrayList<>();
        root.asObject().flatMap(t -> t.object("Resources")).ifPresent(all -> {
            for (Member m : all.members().values()) {
                if (m.value() instanceof JsonObject resource) {
                    resource.string("Type").ifPresent(type ->
                            resources.add(new CloudFormationResource(m.key(), m.keySpan(), type, resource)));
                }
            }
        });
        return new Read(resources, List.of());
    }
}
