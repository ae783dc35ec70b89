package dev.ecslint.core.aws;

import dev.ecslint.core.engine.SubjectReader;
import dev.ecslint.core.i18n.Message;
import dev.ecslint.core.json.EmbeddedJson;
import dev.ecslint.core.json.JsonValue.JsonObject;
import dev.ecslint.core.json.JsonValue.JsonString;
import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.json.ParseProblem;
import dev.ecslint.core.model.Placeholders;
import dev.ecslint.core.model.SourceFile;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads ECR repository documents: create-repository input (private or ECR Public), describe-repositories
 * ({@code {"repositories": […]}}) and create-repository ({@code {"repository": {…}}}) output, and
 * set-repository-policy input / get-repository-policy output, whose {@code policyText} is parsed in place.
 */
public final class RepositoryReader implements SubjectReader {

    public static final String SCHEMA = "repository";
    private static final String POLICY_KEY = "policyText";

    public static boolean recognizes(JsonValue root) {
        if (!(root instanceof JsonObject o)) {
            return false;
        }
        if (o.has("repositories")) {
            return o.array("repositories").stream().anyMatch(RepositoryReader::describesRepository);
        }
        if (o.get("repository").orElse(null) instanceof JsonObject described) {
            return describesRepository(described);
        }
        return o.has("repositoryName") && !o.has(LifecyclePolicyReader.TEXT_KEY);
    }

    private static boolean describesRepository(JsonValue v) {
        return v instanceof JsonObject r && (r.has("repositoryArn") || r.has("repositoryName"));
    }

    @Override
    public Read read(JsonValue root, SourceFile source) throws ParseProblem {
        List<Object> subjects = new ArrayList<>();
        if (root instanceof JsonObject o) {
            if (o.has("repositories")) {
                o.array("repositories").stream().filter(JsonObject.class::isInstance)
                        .forEach(r -> subjects.add(new Repository((JsonObject) r, Repository.Form.DESCRIPTION)));
            } else if (o.get("repository").orElse(null) instanceof JsonObject described) {
                subjects.add(new Repository(described, Repository.Form.DESCRIPTION));
            } else if (o.get(POLICY_KEY).orElse(null) instanceof JsonString text) {
                // set-repository-policy input: it names the repository but does not configure it
                if (!Placeholders.isWholeReference(text.value())) {
                    Message repository = new Repository(o, Repository.Form.CREATE_INPUT).label();
                    subjects.add(new RepositoryPolicy(EmbeddedJson.read(text, source), repository));
                }
            } else {
                subjects.add(new Repository(o, Repository.Form.CREATE_INPUT));
            }
        }
        return new Read(subjects, List.of(new SchemaCheck(SCHEMA, root)));
    }
}
