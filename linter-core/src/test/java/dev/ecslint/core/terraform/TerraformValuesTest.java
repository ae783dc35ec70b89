package dev.ecslint.core.terraform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecslint.core.json.JsonPath;
import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.json.JsonValue.JsonString;
import dev.ecslint.core.json.ParseProblem;
import dev.ecslint.core.model.Placeholders;
import dev.ecslint.core.model.SourceFile;
import dev.ecslint.core.model.Span;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TerraformValuesTest {

    @TempDir
    Path dir;

    static final FileAccess DISK = file -> {
        try {
            return Optional.of(Files.readString(file));
        } catch (IOException e) {
            return Optional.empty();
        }
    };

    private TerraformModule module(String lintedName) {
        Path linted = dir.resolve(lintedName);
        try {
            return TerraformModule.of(new SourceFile(linted, lintedName, Files.readString(linted)), DISK);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseProblem e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    private void write(String name, String text) throws IOException {
        Files.createDirectories(dir.resolve(name).getParent());
        Files.writeString(dir.resolve(name), text);
    }

    private static HclExpression attribute(TerraformModule module, String address, String name) {
        return module.resource(address).orElseThrow().body().attribute(name).orElseThrow().value();
    }

    private static JsonValue at(JsonValue root, String path) {
        return JsonPath.find(root, path).orElseThrow(() -> new AssertionError("no " + path));
    }

    @Test
    void jsonencodeIsReadWithEveryValueWhereItIsWritten() throws Exception {
        write("main.tf", """
                resource "aws_ecs_task_definition" "app" {
                  container_definitions = jsonencode([{
                    name  = "app"
                    image = "nginx:latest"
                    user  = 0
                  }])
                }
                """);
        TerraformModule module = module("main.tf");
        JsonValue doc = new TerraformValues(module).document(attribute(module, "aws_ecs_task_definition.app",
                "container_definitions"), "/cd", "container_definitions").orElseThrow();
        assertThat(at(doc, "0/image").text()).isEqualTo("nginx:latest");
        assertThat(at(doc, "0/image").span()).isEqualTo(new Span(4, 13, 4, 27));
        assertThat(at(doc, "0/image").pointer()).isEqualTo("/cd/0/image");
        assertThat(at(doc, "0/user").text()).isEqualTo("0");
    }

    @Test
    void heredocJsonIsLocatedAndItsInterpolationsArePlaceholders() throws Exception {
        write("main.tf", """
                resource "aws_ecs_task_definition" "app" {
                  container_definitions = <<EOF
                [{"name": "web", "image": "${var.account}.dkr.ecr.us-east-1.amazonaws.com/web:latest",
                  "cpu": ${var.cpu}, "user": "root"}]
                EOF
                }
                """);
        TerraformModule module = module("main.tf");
        JsonValue doc = new TerraformValues(module).document(attribute(module, "aws_ecs_task_definition.app",
                "container_definitions"), "", "container_definitions").orElseThrow();
        assertThat(at(doc, "0/user").span()).isEqualTo(new Span(4, 30, 4, 36));
        assertThat(module.files().textOf(at(doc, "0/cpu").span())).isEqualTo("${var.cpu}");
        JsonValue image = at(doc, "0/image");
        assertThat(image.text()).isEqualTo("${var.account}.dkr.ecr.us-east-1.amazonaws.com/web:latest");
        assertThat(Placeholders.isTemplated(image.text())).isTrue();
        assertThat(at(doc, "0/cpu")).isInstanceOf(JsonString.class);
        assertThat(at(doc, "0/cpu").text()).isEqualTo("${var.cpu}");
        assertThat(at(doc, "0/cpu").span().line()).isEqualTo(4);
    }

    @Test
    void quotedJsonStringsAreLocatedThroughTheirEscapes() throws Exception {
        write("main.tf", "resource \"aws_ecr_lifecycle_policy\" \"p\" {\n"
                + "  policy = \"{\\\"rules\\\": [{\\\"rulePriority\\\": 1}]}\"\n}\n");
        TerraformModule module = module("main.tf");
        JsonValue doc = new TerraformValues(module).document(attribute(module, "aws_ecr_lifecycle_policy.p", "policy"),
                "", "policy").orElseThrow();
        Span one = at(doc, "rules/0/rulePriority").span();
        assertThat(module.files().textOf(one)).isEqualTo("1");
    }

    @Test
    void invalidLiteralJsonIsAProblemAtItsCharacter() throws Exception {
        write("main.tf", "resource \"aws_ecs_task_definition\" \"app\" {\n  container_definitions = <<EOF\n"
                + "[{\"name\": \"web\",}]\nEOF\n}\n");
        TerraformModule module = module("main.tf");
        HclExpression cd = attribute(module, "aws_ecs_task_definition.app", "container_definitions");
        assertThatThrownBy(() -> new TerraformValues(module).document(cd, "", "`container_definitions`"))
                .isInstanceOf(ParseProblem.class).hasMessageContaining("container_definitions")
                .satisfies(e -> assertThat(((ParseProblem) e).span().line()).isEqualTo(3));
    }

    @Test
    void fileReadsAJsonFileOfTheModuleLocatedInThatFile() throws Exception {
        write("main.tf", """
                resource "aws_ecs_task_definition" "app" {
                  container_definitions = file("${path.module}/containers/app.json")
                }
                resource "aws_ecs_task_definition" "outside" {
                  container_definitions = file("../elsewhere.json")
                }
                """);
        write("containers/app.json", "[\n  {\"name\": \"app\", \"privileged\": true}\n]\n");
        Files.writeString(dir.getParent().resolve("elsewhere.json"), "[]");
        TerraformModule module = module("main.tf");
        TerraformValues values = new TerraformValues(module);
        JsonValue doc = values.document(attribute(module, "aws_ecs_task_definition.app", "container_definitions"), "",
                "container_definitions").orElseThrow();
        JsonValue privileged = at(doc, "0/privileged");
        assertThat(privileged.pointer()).isEqualTo("/0/privileged");
        PlacedFile json = module.files().fileOf(privileged.span()).orElseThrow();
        assertThat(json.source().path().getFileName().toString()).isEqualTo("app.json");
        assertThat(json.local(privileged.span())).isEqualTo(new Span(2, 33, 2, 37));
        assertThat(values.document(attribute(module, "aws_ecs_task_definition.outside", "container_definitions"), "",
                "container_definitions")).isEmpty();
    }

    @Test
    void literalVariableDefaultsAndLocalsAreFollowedToWhereTheyAreWritten() throws Exception {
        write("main.tf", """
                resource "aws_ecr_repository" "app" {
                  image_tag_mutability = var.mutability
                  name                 = var.name
                  force_delete         = local.force
                }
                locals {
                  force = true
                }
                """);
        write("variables.tf", """
                variable "mutability" {
                  default = "MUTABLE"
                }
                variable "name" {}
                """);
        TerraformModule module = module("main.tf");
        TerraformValues values = new TerraformValues(module);
        JsonValue mutability = values.value(attribute(module, "aws_ecr_repository.app", "image_tag_mutability"), "/m");
        assertThat(mutability.text()).isEqualTo("MUTABLE");
        assertThat(module.files().fileOf(mutability.span()).orElseThrow().source().displayPath())
                .isEqualTo("variables.tf");
        JsonValue name = values.value(attribute(module, "aws_ecr_repository.app", "name"), "/n");
        assertThat(name.text()).isEqualTo("${var.name}");
        assertThat(values.value(attribute(module, "aws_ecr_repository.app", "force_delete"), "/f").text())
                .isEqualTo("true");
    }

    @Test
    void everythingElseIsUnknown() throws Exception {
        write("main.tf", """
                resource "x" "y" {
                  a = var.fargate ? "awsvpc" : "bridge"
                  b = data.aws_subnet.main.id
                  c = each.value
                  d = templatefile("${path.module}/c.json.tpl", {})
                  e = "${var.prefix}-app"
                  f = merge({ a = 1 }, { b = 2 })
                  g = [for s in var.l : s]
                  h = local.loop
                }
                locals {
                  loop = local.loop
                }
                """);
        TerraformModule module = module("main.tf");
        TerraformValues values = new TerraformValues(module);
        for (String name : new String[] {"a", "b", "c", "d", "e", "f", "g", "h"}) {
            JsonValue v = values.value(attribute(module, "x.y", name), "/" + name);
            assertThat(v).as(name).isInstanceOf(JsonString.class);
            assertThat(Placeholders.isTemplated(v.text())).as(name + ": " + v.text()).isTrue();
        }
        assertThat(values.value(attribute(module, "x.y", "e"), "/e").text()).isEqualTo("${var.prefix}-app");
        assertThat(values.document(attribute(module, "x.y", "d"), "", "d")).isEmpty();
    }
}
