package dev.ecslint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.json.JsonValue.JsonObject;
import dev.ecslint.core.yaml.LocatedYamlReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs each hook of {@code .pre-commit-hooks.yaml} the way pre-commit does: select the staged files
 * with the hook's {@code files} pattern ({@code re.search}), then call the entry with the hook's args
 * and the selected file names.
 */
class PreCommitHooksTest {

    private static final Path ROOT = Path.of(System.getProperty("ecslint.root", ".."));

    private static final List<String> STAGED = List.of("Dockerfile", "services/api/Dockerfile.prod",
            "build/app.dockerfile", "docs/Dockerfile-notes.md", "deploy/task-definition.json", "deploy/ecr-lifecycle.json",
            "deploy/ecs/api.json", "deploy/service.yaml", "package.json", "public/service-worker.json", "README.md",
            "src/Main.java", "infra/main.tf", "infra/cdktf.tf.json",
            "infra/terraform.tfstate", "infra/prod.tfvars", "infra/containers.json");

    @TempDir
    Path repo;

    private List<JsonObject> hooks() throws Exception {
        JsonValue root = LocatedYamlReader.read(Files.readString(ROOT.resolve(".pre-commit-hooks.yaml")));
        List<JsonObject> hooks = new ArrayList<>();
        root.elements().forEach(h -> hooks.add(h.asObject().orElseThrow()));
        return hooks;
    }

    private JsonObject hook(String id) throws Exception {
        return hooks().stream().filter(h -> h.string("id").orElse("").equals(id)).findFirst().orElseThrow();
    }

    /**
     * pre-commit's selection: {@code files} and {@code exclude} with re.search, then identify's type tags
     * ({@code types}: all of them, {@code types_or}: any of them), by extension as identify tags them.
     */
    private static List<String> selected(JsonObject hook, List<String> staged) {
        Pattern files = Pattern.compile(hook.string("files").orElse(""));
        Pattern exclude = Pattern.compile(hook.string("exclude").orElse("^$"));
        List<String> types = hook.array("types").stream().map(JsonValue::text).collect(Collectors.toList());
        List<String> typesOr = hook.array("types_or").stream().map(JsonValue::text).collect(Collectors.toList());
        return staged.stream().filter(f -> files.matcher(f).find() && !exclude.matcher(f).find())
                .filter(f -> tags(f).containsAll(types))
                .filter(f -> typesOr.isEmpty() || typesOr.stream().anyMatch(tags(f)::contains))
                .collect(Collectors.toList());
    }

    /** The words of the hook's entry after the launcher, then its args: what pre-commit passes before the files. */
    private static List<String> entryArguments(JsonObject hook) {
        List<String> words = new ArrayList<>(List.of(hook.string("entry").orElseThrow().trim().split("\\s+")));
        words.remove(0);
        hook.array("args").forEach(a -> words.add(a.text()));
        return words;
    }

    private static Set<String> tags(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        Set<String> tags = new HashSet<>(Set.of("file", "text"));
        switch (extension) {
            case "json" -> tags.add("json");
            case "yaml", "yml" -> tags.add("yaml");
            case "tf", "tfvars" -> tags.add("terraform");
            default -> { }
        }
        if (name.equals("Dockerfile") || extension.equals("dockerfile")) {
            tags.add("dockerfile");
        }
        return tags;
    }

    @Test
    void everyHookRunsTheRepositoryLauncherWithALanguageEveryPreCommitKnows() throws Exception {
        assertThat(hooks()).isNotEmpty().allSatisfy(h -> {
            assertThat(h.string("entry").orElseThrow()).startsWith("ecslint");
            assertThat(h.string("language")).contains("script");
        });
        assertThat(Files.isExecutable(ROOT.resolve("ecslint"))).as("./ecslint is executable").isTrue();
    }

    @Test
    void dockerfileHookHandsOverEveryDockerfileNamingWhateverItsCase() throws Exception {
        assertThat(selected(hook("ecslint-dockerfile"), STAGED)).containsExactly("Dockerfile",
                "services/api/Dockerfile.prod", "build/app.dockerfile", "docs/Dockerfile-notes.md");
    }

    @Test
    void ecsHookHandsOverEveryJsonAndYamlFileButTerraformJson() throws Exception {
        assertThat(selected(hook("ecslint-ecs"), STAGED)).containsExactly("deploy/task-definition.json",
                "deploy/ecr-lifecycle.json", "deploy/ecs/api.json", "deploy/service.yaml", "package.json",
                "public/service-worker.json", "infra/containers.json"); // containers.json: what a Terraform file() reads
    }

    @Test
    void contentDecidesAndWhatIsNoEcsDocumentIsSkippedSilently() throws Exception {
        Files.createDirectories(repo.resolve("deploy/ecs"));
        Files.createDirectories(repo.resolve("public"));
        Files.createDirectories(repo.resolve("docs"));
        Files.writeString(repo.resolve("deploy/ecs/api.json"), CliRun.CLEAN_TASK.replace("web:1.0.0", "web:latest"));
        Files.writeString(repo.resolve("public/service-worker.json"), "{\"name\": \"sw\", \"scope\": \"/\"}");
        Files.writeString(repo.resolve("package.json"), "{\"name\": \"web\", \"repository\": \"github:acme/web\"}");
        Files.writeString(repo.resolve("docs/Dockerfile-notes.md"), "# Notes\n\nWe build from node.\n");
        Files.writeString(repo.resolve("tsconfig.json"), "{ \"compilerOptions\": { // comment\n } }");

        List<String> args = entryArguments(hook("ecslint-ecs"));
        args.addAll(List.of("--format", "compact", "deploy/ecs/api.json", "public/service-worker.json",
                "package.json", "docs/Dockerfile-notes.md", "tsconfig.json"));
        CliRun run = CliRun.in(repo, args.toArray(new String[0]));

        assertThat(run.out()).contains("deploy/ecs/api.json:").doesNotContain("E003").doesNotContain("service-worker")
                .doesNotContain("package.json").doesNotContain("Dockerfile-notes").doesNotContain("tsconfig");
    }

    @Test
    void terraformHookSelectsTerraformFilesOnly() throws Exception {
        assertThat(selected(hook("ecslint-terraform"), STAGED)).containsExactly("infra/main.tf", "infra/cdktf.tf.json");
    }

    @Test
    void aStagedTerraformFileIsLintedWithItsModule() throws Exception {
        Files.createDirectories(repo.resolve("infra"));
        Files.writeString(repo.resolve("infra/ecr.tf"), """
                resource "aws_ecr_lifecycle_policy" "web" {
                  repository = aws_ecr_repository.web.name
                  policy     = jsonencode({ rules = [{ rulePriority = 1, action = { type = "expire" },
                    selection = { tagStatus = "untagged", countType = "sinceImagePushed", countNumber = 0 } }] })
                }
                """, StandardCharsets.UTF_8);
        Files.writeString(repo.resolve("infra/main.tf"), "resource \"aws_ecr_repository\" \"web\" {\n  name = var.name\n}\n",
                StandardCharsets.UTF_8);
        List<String> args = new ArrayList<>(List.of("--fail-on", "error"));
        args.addAll(selected(hook("ecslint-terraform"), List.of("infra/ecr.tf")));
        CliRun run = CliRun.in(repo, args.toArray(new String[0]));
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("infra/ecr.tf:4:").contains("LP004").doesNotContain("infra/main.tf");
    }

    @Test
    void theEntryLintsTheSelectedFilesAndFailsTheCommitOnErrors() throws Exception {
        Files.createDirectories(repo.resolve("deploy"));
        Files.writeString(repo.resolve("deploy/task-definition.json"), "{\"family\": \"web\", \"containerDefinitions\": [",
                StandardCharsets.UTF_8);
        Files.writeString(repo.resolve("deploy/ecr-lifecycle.json"), "{\"rules\": []}", StandardCharsets.UTF_8);
        List<String> args = entryArguments(hook("ecslint-ecs"));
        args.addAll(selected(hook("ecslint-ecs"), List.of("deploy/task-definition.json", "deploy/ecr-lifecycle.json")));
        CliRun run = CliRun.in(repo, args.toArray(new String[0]));
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("deploy/task-definition.json:1:").contains("E001");

        List<String> withFailOn = new ArrayList<>(List.of("--fail-on", "none"));
        withFailOn.addAll(args);
        assertThat(CliRun.in(repo, withFailOn.toArray(new String[0])).exitCode())
                .as("--fail-on in a hook's args").isEqualTo(0);
    }

    @Test
    void wholeRepositoryHookPassesNoFileNames() throws Exception {
        JsonObject hook = hook("ecslint-all");
        assertThat(hook.get("pass_filenames").map(JsonValue::text)).contains("false");
        Files.writeString(repo.resolve("task.json"), CliRun.CLEAN_TASK);
        assertThat(CliRun.in(repo).exitCode()).isEqualTo(0);
    }
}
