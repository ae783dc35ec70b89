package dev.ecslint.core.engine;

import static dev.ecslint.core.testing.FindingText.english;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ecslint.core.aws.AbstractContainerRule;
import dev.ecslint.core.aws.ContainerSpec;
import dev.ecslint.core.config.Config;
import dev.ecslint.core.i18n.Message;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.Finding;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Terraform file is linted with its module as context, and keeps the findings that lie in it. */
class TerraformModulesTest {

    /** Reports each container's image, and what the container knows of its task. */
    static final class ImageRule extends AbstractContainerRule {
        private static final RuleMeta META = RuleMeta.builder("XT002", "image-and-task")
                .title("Test rule reporting every container image")
                .severity(Severity.WARNING)
                .category(Category.MAINTAINABILITY)
                .kinds(DocumentKind.TASK_DEFINITION)
                .rationale("Exercises the engine.")
                .fix("None.")
                .bad("task-definition.json", "[{\"name\": \"a\", \"image\": \"x\"}]")
                .good("task-definition.json", "[]")
                .build();

        ImageRule() {
            super(META);
        }

        @Override
        public void check(ContainerSpec container, RuleContext ctx) {
            container.image().ifPresent(image -> ctx.report(image, Message.literal("image " + image.text()
                    + " in network mode " + container.task().networkMode().flatMap(m -> m.known()).orElse("?"))));
        }
    }

    @TempDir
    Path dir;

    private List<Finding> lint(String... names) {
        Linter linter = new Linter(new RuleRegistry(List.of(new ImageRule())), getClass().getClassLoader(), 1);
        List<InputFile> files = Stream.of(names).map(n -> InputFile.onDisk(dir.resolve(n), n, true))
                .collect(Collectors.toList());
        return linter.lint(files, f -> Config.DEFAULTS).findings();
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }

    @Test
    void aFindingIsReportedOnceInTheFileItPointsInto() throws IOException {
        write("main.tf", """
                resource "aws_ecs_task_definition" "app" {
                  family                = "app"
                  network_mode          = "awsvpc"
                  container_definitions = jsonencode([
                    { name = "app", image = var.image },
                    { name = "log", image = "fluent-bit:3.0" },
                  ])
                }
                """);
        write("variables.tf", "variable \"image\" {\n  default = \"nginx:1.27\"\n}\n");
        List<Finding> findings = lint("main.tf", "variables.tf");
        assertThat(findings).extracting(f -> f.location().path() + ":" + f.location().line() + " " + english(f))
                .containsExactly("main.tf:6 `aws_ecs_task_definition.app: container_definitions[1].image`: "
                                + "image fluent-bit:3.0 in network mode awsvpc",
                        // the variable's default is judged where the task definition uses it, and named so
                        "variables.tf:2 `aws_ecs_task_definition.app: container_definitions[0].image`: "
                                + "image nginx:1.27 in network mode awsvpc");
        assertThat(lint("main.tf")).as("linted alone, main.tf keeps its own findings only").hasSize(1);
    }

    @Test
    void aJsonFileReadByFileIsLintedWithItsTaskDefinitionsContext() throws IOException {
        write("main.tf", """
                resource "aws_ecs_task_definition" "app" {
                  family                = "app"
                  network_mode          = "host"
                  container_definitions = file("${path.module}/containers.json")
                }
                """);
        write("containers.json", "[\n  {\"name\": \"app\", \"image\": \"app:1.0\"}\n]\n");
        write("other.json", "[\n  {\"name\": \"app\", \"image\": \"other:1.0\"}\n]\n");
        assertThat(lint("main.tf", "containers.json", "other.json"))
                .extracting(f -> f.location().path() + ":" + f.location().line() + " " + english(f))
                .containsExactly("containers.json:2 `aws_ecs_task_definition.app: container_definitions[0].image`: "
                                + "image app:1.0 in network mode host",
                        "other.json:2 image other:1.0 in network mode ?");
    }

    @Test
    void twoFilesDeclaringOneAddressAreEachChecked() throws IOException {
        // invalid Terraform (checkov's fixtures do it), but each file still gets its own findings
        String resource = """
                resource "aws_ecs_task_definition" "app" {
                  family                = "app"
                  network_mode          = "host"
                  container_definitions = jsonencode([{ name = "app", image = "%s" }])
                }
                """;
        write("a.tf", resource.formatted("a:1.0"));
        write("b.tf", "\n\n" + resource.formatted("b:1.0"));
        assertThat(lint("a.tf", "b.tf")).extracting(f -> f.location().path() + ":" + f.location().line() + " " + english(f))
                .containsExactly("a.tf:4 `aws_ecs_task_definition.app: container_definitions[0].image`: "
                                + "image a:1.0 in network mode host",
                        "b.tf:6 `aws_ecs_task_definition.app: container_definitions[0].image`: "
                                + "image b:1.0 in network mode host");
    }

    @Test
    void aBrokenSiblingIsItsOwnE001AndTheModuleIsStillRead() throws IOException {
        write("main.tf", """
                resource "aws_ecs_task_definition" "app" {
                  family                = "app"
                  container_definitions = jsonencode([{ name = "app", image = "app:1.0" }])
                }
                """);
        write("broken.tf", "resource \"x\" \"y\" {\n");
        List<Finding> findings = lint("broken.tf", "main.tf");
        assertThat(findings).extracting(f -> f.location().path() + " " + f.ruleId())
                .containsExactly("broken.tf E001", "main.tf XT002");
    }

    @Test
    void aTerraformFileNotOnDiskIsAModuleOfItsOwn() {
        Linter linter = new Linter(new RuleRegistry(List.of(new ImageRule())), getClass().getClassLoader(), 1);
        List<Finding> findings = linter.lint(List.of(InputFile.inMemory("main.tf", """
                resource "aws_ecs_task_definition" "app" {
                  family                = "app"
                  // ecslint ignore=XT002 -- reviewed
                  container_definitions = jsonencode([{ name = "app", image = "app:1.0" }])
                  # ecslint ignore=XT002
                }
                """)), f -> Config.DEFAULTS).findings();
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.location().line()).isEqualTo(4);
            assertThat(f.suppressed()).isTrue();
        });
    }
}
