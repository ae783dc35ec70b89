package dev.ecslint.core.aws;

import dev.ecslint.core.i18n.Message;
import dev.ecslint.core.json.JsonModel;
import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.json.JsonValue.JsonObject;
import dev.ecslint.core.model.Located;
import java.util.Optional;

/**
 * An ECR repository as create-repository input (private ECR, or ECR Public with {@code catalogData}), as
 * described by describe-repositories / create-repository output, or as infrastructure code declares it
 * (then {@code declaration} says what the code adds to create-repository input).
 */
public record Repository(JsonObject node, Form form, Optional<Declaration> declaration)
        implements JsonModel, AwsShaped {

    public enum Form {
        CREATE_INPUT, DESCRIPTION, DECLARATION
    }

    /**
     * What infrastructure code declares with a repository (CloudFormation {@code AWS::ECR::Repository} or
     * {@code AWS::ECR::PublicRepository}, Terraform {@code aws_ecr_repository} with the lifecycle policy
     * that names it).
     *
     * @param isPublic        an ECR Public repository, whether or not it has catalog data
     * @param lifecyclePolicy the lifecycle policy declared with it, when there is one (also an unknown one)
     */
    public record Declaration(boolean isPublic, Optional<Located> lifecyclePolicy) { }

    public Repository(JsonObject node, Form form) {
        this(node, form, Optional.empty());
    }

    /** True when the lifecycle policy is part of the document (infrastructure code), so its absence means none. */
    public boolean declaresLifecyclePolicy() {
        return declaration.isPresent();
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
        return declaration.map(Declaration::isPublic).orElse(false) || has("catalogData")
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
