package dev.ecslint.core.engine;

import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.json.JsonValue.JsonObject;
import java.util.List;

/**
 * Checks nodes against one bundled document schema: {@link DocumentSchema} at lint time; the tests hold a
 * conforming JSON Schema validator to the same interface as the oracle it must agree with.
 */
public interface SchemaChecker {

    /** Every error, in the order a validator meets them (it decides which 50 are reported). */
    List<SchemaError> errors(JsonValue node);

    /** Makes the checker of the schema {@code schemas/<name>.schema.json} from its text and its tree. */
    @FunctionalInterface
    interface Compiler {
        SchemaChecker compile(String name, String text, JsonObject schema);
    }
}
