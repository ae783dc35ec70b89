package dev.ecslint.core.engine;

import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import java.util.List;

/** The engine's own findings: files that cannot be read, parsed or validated (RULES.md, family E). */
public final class EngineRules {

    public static final RuleMeta PARSE_ERROR = RuleMeta.builder("E001", "parse-error")
            .title("Files must parse")
            .severity(Severity.ERROR)
            .category(Category.CORRECTNESS)
            .kinds(DocumentKind.values())
            .rationale("A file of a recognised kind that cannot be parsed (invalid JSON or YAML, a Dockerfile "
                    + "syntax error such as an unknown instruction or an unterminated heredoc, invalid UTF-8, a "
                    + "file over the size or nesting limits) would be rejected by Docker or AWS, and ecslint "
                    + "cannot check anything else in it.")
            .fix("Correct the syntax at the reported position; the file yields no other findings until it parses.")
            .bad("task-definition.json", "{\"family\": \"web\", \"containerDefinitions\": [\n")
            .good("task-definition.json", "{\"family\": \"web\", \"containerDefinitions\": []}\n")
            .references("https://docs.docker.com/reference/dockerfile/", "https://www.rfc-editor.org/rfc/rfc8259")
            .equivalents("DL1000")
            .message("readerFailed", "ecslint failed while reading this file ({error}); this is a bug in ecslint, "
                    + "please report it with the file")
            .message("ruleFailed", "rule {rule} failed on this file ({error}); this is a bug in ecslint, please "
                    + "report it with the file")
            .message("linkOutside", "skipped, not read: this is a symbolic link whose target lies outside the "
                    + "repository (or the working directory), and ecslint never reads through such a link; lint the "
                    + "target where it lives, or replace the link with the file")
            .message("tooLarge", "the file is {size} MiB, over the {limit} MiB limit; it was not read")
            .message("overGraderLimit", "the file is {size} MiB, over the grader's {limit} MiB limit for one file; "
                    + "it was not read")
            .message("permissionDenied", "cannot read the file: permission denied")
            .message("gone", "cannot read the file: it no longer exists or is a broken link")
            .message("unreadable", "cannot read the file: {detail}")
            .message("notUtf8", "the file is not valid UTF-8 (byte {byte} at offset {offset}); save it as UTF-8")
            .build();

    public static final RuleMeta SCHEMA_VIOLATION = RuleMeta.builder("E002", "schema-violation")
            .title("Documents must match the AWS API shape")
            .severity(Severity.ERROR)
            .category(Category.CORRECTNESS)
            .kinds(DocumentKind.TASK_DEFINITION, DocumentKind.SERVICE, DocumentKind.CLUSTER,
                    DocumentKind.REPOSITORY, DocumentKind.LIFECYCLE_POLICY)
            .rationale("A required field that is missing, a value of the wrong type, an unknown property or a "
                    + "value outside its allowed set makes AWS reject the request at deploy time. The document "
                    + "is validated against a JSON Schema written from the AWS API reference.")
            .fix("Change the value at the reported position to the type or one of the values the message names.")
            .bad("task-definition.json", "{\"family\": \"web\", \"containerDefinitions\": [\n"
                    + "  {\"name\": \"web\", \"image\": \"nginx:1.27\", \"portMappings\": [{\"containerPort\": \"80\"}]}\n]}\n")
            .good("task-definition.json", "{\"family\": \"web\", \"containerDefinitions\": [\n"
                    + "  {\"name\": \"web\", \"image\": \"nginx:1.27\", \"portMappings\": [{\"containerPort\": 80}]}\n]}\n")
            .references("https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html")
            .build();

    public static final RuleMeta UNRECOGNIZED_FILE = RuleMeta.builder("E003", "unrecognized-file")
            .title("Files named on the command line must be of a known kind")
            .severity(Severity.INFO)
            .category(Category.MAINTAINABILITY)
            .kinds(DocumentKind.UNKNOWN)
            .rationale("A file given explicitly is of no kind ecslint knows, or is a template (Helm, Jinja, envsubst) "
                    + "that is no document until it is rendered, so nothing in it was checked. A directory walk "
                    + "skips such files silently.")
            .fix("Check the path; lint what a template renders to (through standard input with --stdin-filename); "
                    + "start a Dockerfile with FROM or name it Dockerfile*; give JSON or YAML that has the shape of an "
                    + "ECS or ECR document.")
            .bad("notes.json", "{\"hello\": \"world\"}\n")
            .good("task-definition.json", "{\"family\": \"web\", \"containerDefinitions\": []}\n")
            .message("yamlStream", "this file holds several YAML documents (separated by `---`), and no ECS or ECR "
                    + "document ecslint reads is one of several, so nothing in it was checked")
            .message("unknownShape", "this {syntax} document has the shape of no ECS or ECR document ecslint knows "
                    + "(task definition, service, cluster, repository, lifecycle policy, CloudFormation template, "
                    + "compose file)")
            .message("template", "this file is a template: {marker} must be rendered before the file can be read as "
                    + "{syntax}, so nothing in it was checked; lint what it renders to (`helm template … | ecslint "
                    + "--stdin-filename rendered.yaml -`)")
            .message("unknownKind", "ecslint does not know what kind of file {file} is, so nothing in it was "
                    + "checked: it is no Dockerfile (its first instruction is not `FROM` or `ARG`), and no JSON or "
                    + "YAML document")
            .build();

    public static final List<RuleMeta> ALL = List.of(PARSE_ERROR, SCHEMA_VIOLATION, UNRECOGNIZED_FILE);

    private EngineRules() {
    }
}
