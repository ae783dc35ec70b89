package dev.ecslint.core.engine;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.json.JsonValue.JsonObject;
import dev.ecslint.core.json.LocatedJsonReader;
import dev.ecslint.core.json.ParseProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * The oracle {@link DocumentSchema} must agree with: networknt's json-schema-validator (draft 2020-12), which
 * validated documents at lint time before it, its errors turned into {@link SchemaError}s as that code did.
 */
final class NetworkntChecker implements SchemaChecker {

    static final SchemaChecker.Compiler COMPILER = (name, text, schema) -> new NetworkntChecker(text);

    private final Schema schema;
    private final JsonObject root;
    /** Words an unknown property's known ones as the interpreter does, so that violations compare. */
    private final DocumentSchema interpreter;

    NetworkntChecker(String text) {
        this.schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(text, InputFormat.JSON);
        try {
            this.root = LocatedJsonReader.read(text).asObject().orElseThrow();
            this.interpreter = new DocumentSchema(root);
        } catch (ParseProblem e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public List<SchemaError> errors(JsonValue node) {
        List<SchemaError> errors = new ArrayList<>();
        for (Error error : schema.validate(JacksonTree.of(node))) {
            List<Object> location = new ArrayList<>();
            var path = error.getInstanceLocation();
            for (int i = 0; i < path.getNameCount(); i++) {
                location.add(path.getElement(i));
            }
            String keyword = error.getKeyword();
            String detail = SchemaError.describedByEcslint(keyword) ? null
                    : error.getMessage().replaceFirst("^\\$[^:]*: ", "");
            errors.add(new SchemaError(keyword, location, error.getProperty(), tree(error), detail, known(error)));
        }
        return errors;
    }

    /** For an unknown property, what the schema object holding the failed keyword declares (as ecslint words it). */
    private List<String> known(Error error) {
        if (!error.getKeyword().equals("additionalProperties") && !error.getKeyword().equals("unevaluatedProperties")) {
            return List.of();
        }
        NodePath fragment = error.getSchemaLocation().getFragment();
        JsonValue at = root;
        for (int i = 0; i < fragment.getNameCount() - 1; i++) { // the last name is the keyword itself
            at = ((JsonObject) at).get(fragment.getName(i)).orElseThrow();
        }
        return interpreter.knownProperties((JsonObject) at);
    }

    private static JsonValue tree(Error error) {
        try {
            return error.getSchemaNode() == null ? null : LocatedJsonReader.read(error.getSchemaNode().toString());
        } catch (ParseProblem e) {
            throw new IllegalStateException(e);
        }
    }
}
