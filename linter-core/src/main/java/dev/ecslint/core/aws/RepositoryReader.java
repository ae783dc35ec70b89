package dev.ecslint.core.aws;

import dev.ecslint.core.engine.SubjectReader;
import dev.ecslint.core.i18n.Message;
import dev.ecslint.core.json.EmbeddedJson;
import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.json.JsonValue.JsonArray;
import dev.ecslint.core.json.JsonValue.JsonObject;
import dev.ecslint.core.json.JsonValue.JsonString;
import dev.ecslint.core.json.ParseProblem;
import dev.ecslint.core.model.Placeholders;
import dev.ecslint.core.model.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads ECR repository documents: create-repository input (private or ECR Public), describe-repositories
 * ({@code {"repositories": […]}}) and create-repository ({@code {"repository": {…}}}) output, and
 * set-repository-policy input / get-repository-policy output, whose {@code policyText} is parsed in place.
 */
public final class RepositoryReader implements SubjectReader {

    public static final String SCHEMA = "repository";
    private static final String POLICY_KEY = "policyText";

    /** create-repository (private or ECR Public) and set-repository-policy input, and a described repository. */
    private static final Shape REPOSITORY = Shape.builder()
            .decisive(Shape.arn("ecr|ecr-public", "repository"), "repositoryArn")
            .decisive(Shape.matching("^[0-9]{12}\\.dkr\\.ecr\\.[a-z0-9-]+\\.amazonaws\\.com(\\.cn)?/|^public\\.ecr\\.aws/"),
                    "repositoryUri")
            .identifying(Shape.STRING, "repositoryName")
            .identifying(Shape.ACCOUNT_ID, "registryId")
            .identifying(Shape.oneOf("MUTABLE", "IMMUTABLE", "IMMUTABLE_WITH_EXCLUSION", "MUTABLE_WITH_EXCLUSION"),
                    "imageTagMutability")
            .identifying(Shape.objectWith("scanOnPush"), "imageScanningConfiguration")
            .identifying(Shape.objectWith("encryptionType"), "encryptionConfiguration")
            .identifying(Shape.objectsWith("filterType"), "imageTagMutabilityExclusionFilters")
            .weak(Shape.STRING, POLICY_KEY)
            .weak(Shape.BOOLEAN, "force")
            .weak(Shape.ANY, "tags", "catalogData", "createdAt")
            .excluding(LifecyclePolicyReader.TEXT_KEY)
            .build();

    /**
     * True for create-repository or set-repository-policy input, get-repository-policy output, and
     * describe-repositories ({@code {"repositories": […]}}) or create-repository ({@code {"repository": {…}}})
     * output. A package.json {@code "repository"} or a composer.json {@code "repositories"} is none of these.
     */
    public static boolean recognizes(JsonValue root) {
        if (!(root instanceof JsonObject o)) {
            return false;
        }
        if (o.get("repositories").orElse(null) instanceof JsonArray described) {
            return Shape.onlyKeys(o, Set.of("repositories", "nextToken", "failures")) && !described.items().isEmpty()
                    && described.items().stream().allMatch(REPOSITORY::matches);
        }
        if (o.get("repository").orElse(null) instanceof JsonObject described) {
            return Shape.onlyKeys(o, Set.of("repository")) && REPOSITORY.matches(described);
        }
        return REPOSITORY.matches(o);
    }

    @Override
    public List<Class<?>> subjectTypes() {
        return List.of(Repository.class, RepositoryPolicy.class);
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
