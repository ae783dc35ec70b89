package dev.ecslint.core.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecslint.core.json.ParseProblem;
import dev.ecslint.core.model.SourceFile;
import dev.ecslint.core.terraform.HclExpression.Tuple;
import dev.ecslint.core.terraform.TerraformJoins.PolicyAttachment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TerraformJoinsTest {

    @TempDir
    Path dir;

    private TerraformJoins joins(String main, String other) throws IOException, ParseProblem {
        Files.writeString(dir.resolve("main.tf"), main);
        Files.writeString(dir.resolve("other.tf"), other);
        TerraformModule module = TerraformModule.of(new SourceFile(dir.resolve("main.tf"), "main.tf", main),
                TerraformValuesTest.DISK);
        this.module = module;
        return new TerraformJoins(module, new TerraformValues(module));
    }

    private TerraformModule module;

    private List<Optional<String>> zones(TerraformJoins joins) {
        Tuple subnets = (Tuple) module.resource("aws_ecs_service.api").orElseThrow().body()
                .block("network_configuration").orElseThrow().body().attribute("subnets").orElseThrow().value();
        return subnets.elements().stream().map(joins::zoneOf).toList();
    }

    @Test
    void subnetsAreFollowedToTheirZone() throws Exception {
        TerraformJoins joins = joins("""
                resource "aws_ecs_service" "api" {
                  network_configuration {
                    subnets = [aws_subnet.a.id, aws_subnet.b.id, aws_subnet.c.id, aws_subnet.d.id,
                               aws_subnet.e.id, "${aws_subnet.a.id}", var.subnet, aws_subnet.many[0].id]
                  }
                }
                """, """
                data "aws_availability_zones" "available" {}
                resource "aws_subnet" "a" { availability_zone = "eu-west-1a" }
                resource "aws_subnet" "b" { availability_zone = data.aws_availability_zones.available.names[0] }
                resource "aws_subnet" "c" { availability_zone = element(data.aws_availability_zones.available.names, 1) }
                resource "aws_subnet" "d" { availability_zone = var.zone }
                resource "aws_subnet" "e" { cidr_block = "10.0.0.0/24" }
                resource "aws_subnet" "many" {
                  count             = 2
                  availability_zone = data.aws_availability_zones.available.names[count.index]
                }
                """);
        assertThat(zones(joins)).containsExactly(Optional.of("eu-west-1a"),
                Optional.of("data.aws_availability_zones.available.names[0]"),
                Optional.of("data.aws_availability_zones.available.names[1]"), Optional.empty(), Optional.empty(),
                Optional.of("eu-west-1a"), Optional.empty(), Optional.empty());
    }

    @Test
    void aLifecyclePolicyAttachesToTheRepositoryItNames() throws Exception {
        TerraformJoins joins = joins("""
                resource "aws_ecr_repository" "app" { name = "app" }
                resource "aws_ecr_repository" "web" { name = "shop/web" }
                resource "aws_ecr_repository" "bare" { name = "bare" }
                """, """
                resource "aws_ecr_lifecycle_policy" "app" {
                  repository = aws_ecr_repository.app.name
                  policy     = "{}"
                }
                resource "aws_ecr_lifecycle_policy" "web" {
                  repository = "shop/web"
                  policy     = "{}"
                }
                """);
        assertThat(joins.lifecyclePolicyOf(module.resource("aws_ecr_repository.app").orElseThrow()))
                .isEqualTo(PolicyAttachment.ATTACHED);
        assertThat(joins.lifecyclePolicyOf(module.resource("aws_ecr_repository.web").orElseThrow()))
                .isEqualTo(PolicyAttachment.ATTACHED);
        assertThat(joins.lifecyclePolicyOf(module.resource("aws_ecr_repository.bare").orElseThrow()))
                .isEqualTo(PolicyAttachment.ABSENT);
    }

    @Test
    void aPolicyForAnUnknownRepositoryLeavesTheAnswerUnknown() throws Exception {
        TerraformJoins joins = joins("resource \"aws_ecr_repository\" \"app\" { name = var.name }\n", """
                resource "aws_ecr_lifecycle_policy" "any" {
                  repository = var.repository
                  policy     = "{}"
                }
                """);
        assertThat(joins.lifecyclePolicyOf(module.resource("aws_ecr_repository.app").orElseThrow()))
                .isEqualTo(PolicyAttachment.UNKNOWN);
    }
}
