package dev.ecslint.core.engine;

import dev.ecslint.core.aws.ClusterReader;
import dev.ecslint.core.aws.LifecyclePolicyReader;
import dev.ecslint.core.aws.RepositoryReader;
import dev.ecslint.core.aws.ServiceReader;
import dev.ecslint.core.aws.TaskDefinitionReader;
import dev.ecslint.core.cloudformation.CloudFormationTemplates;
import dev.ecslint.core.compose.ComposeFiles;
import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.json.JsonValue.JsonObject;
import dev.ecslint.core.model.DocumentKind;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Decides what a file is: Dockerfiles by name; JSON and YAML by the evidence of their content, whatever
 * the file is called (a task definition may be named {@code prod.json}, and a {@code package.json} with a
 * {@code "repository"} is no ECR repository). Each structured kind has one {@link Recognizer}; the first
 * that recognises a document decides, and a document none recognises is {@link DocumentKind#UNKNOWN}.
 */
public final class ContentClassifier {

    /** How a file is read before its content decides its kind. */
    public enum Syntax { DOCKERFILE, JSON, YAML, TERRAFORM, NONE }

    /**
     * The evidence for one kind. A source package adds its own by putting one line in {@link #RECOGNIZERS}
     * (a method reference to its recognizer class, as the AWS readers' {@code recognizes}).
     */
    public record Recognizer(DocumentKind kind, BiPredicate<String, JsonValue> recognizes) { }

    private static final List<Recognizer> RECOGNIZERS = List.of(
            new Recognizer(DocumentKind.CLOUDFORMATION, (name, root) -> CloudFormationTemplates.recognizes(root)),
            new Recognizer(DocumentKind.TASK_DEFINITION, (name, root) -> TaskDefinitionReader.recognizes(root)),
            new Recognizer(DocumentKind.LIFECYCLE_POLICY, (name, root) -> LifecyclePolicyReader.recognizes(root)),
            new Recognizer(DocumentKind.SERVICE, (name, root) -> ServiceReader.recognizes(root)),
            new Recognizer(DocumentKind.REPOSITORY, (name, root) -> RepositoryReader.recognizes(root)),
            new Recognizer(DocumentKind.CLUSTER, (name, root) -> ClusterReader.recognizes(root)),
            new Recognizer(DocumentKind.COMPOSE, ComposeFiles::recognizes));

    /**
     * Extensions after {@code Dockerfile.…} that say the file is something else: documentation, scripts,
     * data, ignore files, patches, backups, and templates that must be rendered first.
     */
    private static final Set<String> NOT_DOCKERFILE_EXTENSIONS = Set.of("md", "markdown", "txt", "rst", "adoc",
            "html", "htm", "sh", "bash", "ps1", "bat", "cmd", "py", "js", "ts", "go", "rb", "java", "json", "yaml",
            "yml", "toml", "xml", "ini", "cfg", "lock", "dockerignore", "gitignore", "ignore", "orig", "rej", "swp",
            "bak", "patch", "diff", "log", "tpl", "tmpl", "template", "j2", "jinja", "jinja2", "erb", "mustache",
            "hbs", "gotmpl", "in", "png", "jpg", "svg", "pdf", "zip", "gz", "tgz", "sha256", "asc", "sig");

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

    /**
     * {@code Dockerfile} and {@code Containerfile} with any {@code .}, {@code -} or {@code _} suffix
     * ({@code Dockerfile.prod}, {@code Dockerfile-dev}, {@code Dockerfile_prod}, {@code Dockerfile-Compliant.0}),
     * and {@code *.dockerfile} / {@code *.containerfile}, whatever the case — unless the last extension says
     * the file is something else ({@code Dockerfile.md}, {@code Dockerfile.dockerignore}, {@code Dockerfile.j2}).
     */
    public static boolean isDockerfileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".dockerfile") || lower.endsWith(".containerfile")) {
            return true;
        }
        String rest;
        if (lower.startsWith("dockerfile")) {
            rest = lower.substring("dockerfile".length());
        } else if (lower.startsWith("containerfile")) {
            rest = lower.substring("containerfile".length());
        } else {
            return false;
        }
        if (rest.isEmpty()) {
            return true;
        }
        if (".-_".indexOf(rest.charAt(0)) < 0) {
            return false;
        }
        int dot = rest.lastIndexOf('.');
        return dot < 0 || !NOT_DOCKERFILE_EXTENSIONS.contains(rest.substring(dot + 1));
    }

    /** {@code compose.yaml}, {@code docker-compose.prod.yml}, …: a compose file whatever it holds. */
    public static boolean isComposeName(String fileName) {
        return ComposeFiles.isComposeName(fileName);
    }

    /** The kind of a parsed JSON or YAML document, from the evidence of its content. */
    public static DocumentKind classify(String fileName, JsonValue root) {
        for (Recognizer recognizer : RECOGNIZERS) {
            if (recognizer.recognizes().test(fileName, root)) {
                return recognizer.kind();
            }
        }
        return DocumentKind.UNKNOWN;
    }
}
