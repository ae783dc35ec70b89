package dev.ecslint.core.engine;

import dev.ecslint.core.json.JsonValue;
import java.util.List;

/**
 * One failed keyword of a document schema, as {@link SchemaValidation} turns it into a violation.
 *
 * @param keyword    the keyword that failed ({@code type}, {@code required}, …)
 * @param location   the way from the checked node to the value, property names and array indexes
 * @param property   the property a {@code required}, {@code additionalProperties} or
 *                   {@code unevaluatedProperties} error is about, otherwise {@code null}
 * @param schemaNode the keyword's value in the schema ({@code "integer"}, the {@code enum} list, {@code false})
 * @param detail     the English text of an error ecslint quotes as it is (a bound: {@code minimum},
 *                   {@code maxItems}, …), worded as JSON Schema validators word it; {@code null} for the
 *                   keywords whose message ecslint writes itself
 * @param knownProperties for an unknown property: the properties the schema declares at that place (a
 *                   suggestion is drawn from them), otherwise empty
 */
public record SchemaError(String keyword, List<Object> location, String property, JsonValue schemaNode,
                          String detail, List<String> knownProperties) {

    public SchemaError {
        location = List.copyOf(location);
        knownProperties = List.copyOf(knownProperties);
    }

    public SchemaError(String keyword, List<Object> location, String property, JsonValue schemaNode, String detail) {
        this(keyword, location, property, schemaNode, detail, List.of());
    }

    /** The keywords whose message ecslint writes itself, in both languages. */
    public static boolean describedByEcslint(String keyword) {
        return switch (keyword) {
            case "type", "required", "additionalProperties", "unevaluatedProperties", "enum" -> true;
            default -> false;
        };
    }

    /** The location as an RFC 6901 pointer below the checked node ({@code /containerDefinitions/0/user}). */
    public String pointer() {
        StringBuilder pointer = new StringBuilder();
        for (Object step : location) {
            pointer.append('/').append(String.valueOf(step).replace("~", "~0").replace("/", "~1"));
        }
        return pointer.toString();
    }
}
