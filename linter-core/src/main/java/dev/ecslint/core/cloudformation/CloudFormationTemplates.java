package dev.ecslint.core.cloudformation;

import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.json.JsonValue.JsonObject;

/**
 * Recognises a CloudFormation template by its content: {@code AWSTemplateFormatVersion}, or
 * {@code Resources} holding at least one resource of an {@code AWS::} type ({@code cdk synth} output has
 * no version). CDK's other files in {@code cdk.out} ({@code manifest.json}, {@code tree.json},
 * {@code *.assets.json}) have neither.
 */
public final class CloudFormationTemplates {

    private CloudFormationTemplates() {
    }

    public static boolean recognizes(JsonValue root) {
        if (!(root instanceof JsonObject doc)) {
            return false;
        }
        if (doc.has("AWSTemplateFormatVersion")) {
            return true;
        }
        return doc.object("Resources").map(resources -> resources.members().values().stream()
                .anyMatch(m -> m.value().asObject().flatMap(r -> r.string("Type"))
                        .map(type -> type.startsWith("AWS::")).orElse(false)))
                .orElse(false);
    }
}
