package dev.ecslint.core.aws;

import dev.ecslint.core.json.JsonModel;
import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.json.JsonValue.JsonObject;
import dev.ecslint.core.model.Located;
import dev.ecslint.core.model.Span;

/**
 * One resource of a CloudFormation template ({@code Resources.<logicalId>}), JSON or YAML, read with its
 * PascalCase {@code Properties} as written: intrinsic functions ({@code !Ref}, {@code Fn::Sub}, …) stay
 * unresolved values, which rules treat as unknown (DESIGN.md, "One model, many sources").
 *
 * @param logicalIdSpan where "missing X" findings about the resource go: its logical id
 */
public record CloudFormationResource(String logicalId, Span logicalIdSpan, String type, JsonObject node)
        implements JsonModel {

    /** True when the resource is of that type ({@code AWS::ECR::Repository}). */
    public boolean is(String resourceType) {
        return resourceType.equals(type);
    }

    /** A property's value, absent when the resource has no such property (or no Properties at all). */
    public java.util.Optional<JsonValue> property(String name) {
        return value("Properties/" + name);
    }

    /** The logical id as a location, for findings about something the resource lacks. */
    public Located anchor() {
        String at = pointer();
        return new Located() {
            @Override
            public Span span() {
                return logicalIdSpan;
            }

            @Override
            public String pointer() {
                return at;
            }
        };
    }
}
