package dev.ecslint.core.engine;

import dev.ecslint.core.aws.ClusterReader;
import dev.ecslint.core.aws.ServiceReader;
import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.json.JsonValue.JsonArray;
import dev.ecslint.core.json.JsonValue.JsonObject;
import dev.ecslint.core.model.DocumentKind;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decides what a file is: Dockerfiles by name; JSON and YAML by the shape of their content, whatever
 * the file is called (a task definition may be named {@code prod.json}).
 */
public final class ContentClassifier {

    /** How a file is read before its content decides its kind. */
    public enum Syntax { DOCKERFILE, JSON, YAML, TERRAFORM, NONE }

    private static final Pattern COMPOSE_NAME = Pattern.compile("(docker-)?compose([.-].*)?\\.ya?ml");

    private ContentClassifier() {
    }

    /** The syntax a file is read with, from its name alone. */
    public static Syntax syntaxOf(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (isDockerfileName(fileName)) {
            return Syntax.DOCKERFILE;
        }
        if (lower.endsWith(".tf") || lower.endsWith(".tf.json")) {
            return Syntax.TERRAFORM; // Terraform's own rule: the extension decides
        }
        if (lower.endsWith(".json")) {
            return Syntax.JSON;
        }
        if (lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".template")) {
            return Syntax.YAML;
        }
        return Syntax.NONE;
    }

    /** {@code Dockerfile}, {@code Dockerfile.*}, {@code *.Dockerfile}, {@code *.dockerfile}, {@code Containerfile}. */
    public static boolean isDockerfileName(String fileName) {
        return fileName.equals("Dockerfile") || fileName.startsWith("Dockerfile.")
                || fileName.endsWith(".Dockerfile") || fileName.endsWith(".dockerfile")
                || fileName.equals("Containerfile") || fileName.startsWith("Containerfile.")
                || fileName.equals("dockerfile");
    }

    /** {@code compose.yaml}, {@code docker-compose.prod.yml}, …: a compose file whatever it holds. */
    public static boolean isComposeName(String fileName) {
        return COMPOSE_NAME.matcher(fileName.toLowerCase(Locale.ROOT)).matches();
    }

    /** The kind of a parsed JSON or YAML document, from its shape. */
    public static DocumentKind classify(String fileName, JsonValue root) {
        if (root instanceof JsonArray array) {
            return isContainerArray(array) ? DocumentKind.TASK_DEFINITION : DocumentKind.UNKNOWN;
        }
        if (!(root instanceof JsonObject doc)) {
            return DocumentKind.UNKNOWN;
        }
        if (doc.has("AWSTemplateFormatVersion") || hasAwsResources(doc)) {
            return DocumentKind.CLOUDFORMATION;
        }
        if (doc.has("containerDefinitions")
                || doc.object("taskDefinition").map(t -> t.has("containerDefinitions")).orElse(false)) {
            return DocumentKind.TASK_DEFINITION;
        }
        if (doc.has("lifecyclePolicyText") || isLifecyclePolicy(doc)) {
            return DocumentKind.LIFECYCLE_POLICY;
        }
        if (isService(doc) || ServiceReader.recognizes(doc)) {
            return DocumentKind.SERVICE;
        }
        if (doc.has("repositoryName") || doc.has("repositories") || doc.has("repository")
                || doc.has("imageTagMutability") || doc.has("imageScanningConfiguration")) {
            return DocumentKind.REPOSITORY;
        }
        if (ClusterReader.recognizes(doc)) {
            return DocumentKind.CLUSTER;
        }
        if (isCompose(fileName, doc)) {
            return DocumentKind.COMPOSE;
        }
        return DocumentKind.UNKNOWN;
    }

    private static boolean isContainerArray(JsonArray array) {
        List<JsonValue> items = array.items();
        return !items.isEmpty() && items.stream().allMatch(item -> item.asObject()
                .map(o -> o.has("image") || (o.has("name") && (o.has("essential") || o.has("portMappings")
                        || o.has("memory") || o.has("environment"))))
                .orElse(false));
    }

    private static boolean hasAwsResources(JsonObject doc) {
        return doc.object("Resources").map(resources -> resources.members().values().stream()
                .anyMatch(m -> m.value().asObject().flatMap(r -> r.string("Type"))
                        .map(type -> type.startsWith("AWS::")).orElse(false)))
                .orElse(false);
    }

    private static boolean isLifecyclePolicy(JsonObject doc) {
        List<JsonValue> rules = doc.array("rules");
        return !rules.isEmpty() && rules.stream().anyMatch(rule -> rule.asObject()
                .map(r -> r.has("rulePriority") || r.has("selection") || r.has("action")).orElse(false));
    }

    private static boolean isService(JsonObject doc) {
        if (doc.has("serviceName") || doc.object("service").isPresent()) {
            return true;
        }
        if (doc.array("services").stream().anyMatch(s -> s.asObject().map(o -> o.has("serviceName")).orElse(false))) {
            return true;
        }
        // ecspresso-style service files name neither the service nor the cluster
        return doc.has("taskDefinition") && (doc.has("desiredCount") || doc.has("launchType")
                || doc.has("loadBalancers") || doc.has("networkConfiguration") || doc.has("deploymentConfiguration"));
    }

    private static boolean isCompose(String fileName, JsonObject doc) {
        if (doc.object("services").isPresent()) {
            return true;
        }
        // legacy v1 compose files have services at the top level
        return isComposeName(fileName) && !doc.members().isEmpty()
                && doc.members().values().stream().allMatch(m -> m.value().asObject()
                        .map(s -> s.has("image") || s.has("build")).orElse(false));
    }
}
