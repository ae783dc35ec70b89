package dev.ecslint.core.custom;

import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.json.JsonValue.JsonObject;
import dev.ecslint.core.json.JsonValue.JsonString;
import dev.ecslint.core.json.JsonValue.JsonTagged;
import dev.ecslint.core.model.Placeholders;

/**
 * Values chosen at deploy time, which a custom rule never judges (DESIGN.md, "unknown is never a
 * violation"): template placeholders ({@code ${IMAGE}}, {@code <ACCOUNT>}, {@code {{ .Env.TAG }}}, an
 * unresolved Dockerfile variable) and CloudFormation intrinsics ({@code {"Ref": …}}, {@code {"Fn::Sub": …}},
 * which the YAML reader also makes of {@code !Ref}/{@code !Sub} tags) left unresolved by a source mapper,
 * and every other expression a mapper keeps as one ({@link JsonTagged}: an intrinsic the CloudFormation
 * mapper could not evaluate, a compose interpolation, a setting a compose service inherits and that is
 * judged where it is written).
 */
final class UnknownValues {

    private UnknownValues() {
    }

    static boolean isUnknown(JsonValue value) {
        if (value instanceof JsonTagged) {
            return true;
        }
        if (value instanceof JsonString s) {
            return Placeholders.isTemplated(s.value());
        }
        if (value instanceof JsonObject o && o.members().size() == 1) {
            String key = o.members().keySet().iterator().next();
            return key.equals("Ref") || key.equals("Condition") || key.startsWith("Fn::");
        }
        return false;
    }
}
