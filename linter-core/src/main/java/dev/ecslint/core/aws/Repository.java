package dev.ecslint.core.aws;

import dev.ecslint.core.i18n.Message;
import dev.ecslint.core.json.JsonModel;
import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.json.JsonValue.JsonObject;
import dev.ecslint.core.model.Located;
import java.util.Optional;

/**
 * An ECR repository as create-repository input (private ECR, or ECR Public with {@code catalogData}) or as
 * described by describe-repositories / create-repository output.
 */
public record Repository(JsonObject node, Form form) implements JsonModel, AwsShaped {

    public enum Form {
        CREATE_INPUT, DESCRIPTION
    }

    public Optional<String> name() {
        return text("repositoryName");
    }

    /** Where "missing X" findings go: the repository's name, else the repository object. */
    public Located anchor() {
        return value("repositoryName").map(v -> (Located) v).orElse(node);
    }

    public Message label() {
        return name().map(n -> Message.of("repository.named").code("name", n))
                .orElse(Message.of("repository.unnamed"));
    }

    /**
     * True for an ECR Public repository: create-repository input with {@code catalogData}, or a
     * description whose URI is on {@code public.ecr.aws} or whose ARN is an {@code ecr-public} ARN.
     */
    public boolean isPublic() {
        return has("catalogData")
                || text("repositoryUri").filter(u -> u.startsWith("public.ecr.aws/")).isPresent()
                || text("repositoryArn").filter(a -> a.contains(":ecr-public:")).isPresent();
    }

    /** The value that shows the repository is public, for findings about it. */
    public Located publicEvidence() {
        Optional<JsonValue> evidence = value("catalogData").or(() -> value("repositoryUri"))
                .or(() -> value("repositoryArn"));
        return evidence.map(v -> (Located) v).orElse(anchor());
    }

    @Override
    public JsonValue awsTree() {
        return node;
    }

    @Override
    public Located awsAnchor() {
        return anchor();
    }
}
