package dev.ecslint.core.terraform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecslint.core.json.ParseProblem;
import dev.ecslint.core.model.SourceFile;
import dev.ecslint.core.model.Span;
import dev.ecslint.core.terraform.HclExpression.Call;
import dev.ecslint.core.terraform.HclExpression.Conditional;
import dev.ecslint.core.terraform.HclExpression.For;
import dev.ecslint.core.terraform.HclExpression.Literal;
import dev.ecslint.core.terraform.HclExpression.ObjectCons;
import dev.ecslint.core.terraform.HclExpression.Operation;
import dev.ecslint.core.terraform.HclExpression.Template;
import dev.ecslint.core.terraform.HclExpression.Traversal;
import dev.ecslint.core.terraform.HclExpression.Tuple;
import dev.ecslint.core.terraform.HclExpression.Variable;
import java.util.List;
import org.junit.jupiter.api.Test;

class HclParserTest {

    static HclBody parse(String text) throws ParseProblem {
        return HclParser.parseFile(new PlacedFile(new SourceFile(null, "main.tf", text), 0));
    }

    static HclExpression value(String text) throws ParseProblem {
        return parse("a = " + text + "\n").attribute("a").orElseThrow().value();
    }

    @Test
    void blocksLabelsAndAttributesKeepTheirSpans() throws ParseProblem {
        HclBody body = parse("""
                # a comment
                resource "aws_ecs_service" "api" {
                  name = "api" // trailing comment
                  network_configuration {
                    assign_public_ip = true
                  }
                  /* block
                     comment */
                  desired_count = 2
                }
                """);
        HclBlock service = body.blocks("resource").get(0);
        assertThat(service.labels()).containsExactly("aws_ecs_service", "api");
        assertThat(service.header()).isEqualTo(new Span(2, 1, 2, 33));
        HclAttribute publicIp = service.body().block("network_configuration").orElseThrow().body()
                .attribute("assign_public_ip").orElseThrow();
        assertThat(publicIp.nameSpan()).isEqualTo(new Span(5, 5, 5, 21));
        assertThat(publicIp.value()).isEqualTo(new Literal(new Span(5, 24, 5, 28), Literal.Kind.BOOL, "true"));
        assertThat(service.body().attribute("desired_count").orElseThrow().value().span().line()).isEqualTo(9);
    }

    @Test
    void keysAndValuesInsideJsonencodeAreLocated() throws ParseProblem {
        HclBody body = parse("""
                resource "aws_ecs_task_definition" "app" {
                  container_definitions = jsonencode([
                    {
                      name  = "app"
                      "logConfiguration" = {
                        options = { "awslogs-group" = "/ecs/app" }
                      }
                    }
                  ])
                }
                """);
        Call call = (Call) body.blocks("resource").get(0).body().attribute("container_definitions").orElseThrow().value();
        assertThat(call.name()).isEqualTo("jsonencode");
        ObjectCons container = (ObjectCons) ((Tuple) call.arguments().get(0)).elements().get(0);
        ObjectCons.Item name = container.items().get(0);
        assertThat(name.name()).contains("name");
        assertThat(name.key().span()).isEqualTo(new Span(4, 7, 4, 11));
        assertThat(name.value().span()).isEqualTo(new Span(4, 15, 4, 20));
        ObjectCons.Item log = container.items().get(1);
        assertThat(log.name()).contains("logConfiguration");
        ObjectCons options = (ObjectCons) ((ObjectCons) log.value()).items().get(0).value();
        assertThat(options.items().get(0).name()).contains("awslogs-group");
        assertThat(options.items().get(0).value().span()).isEqualTo(new Span(6, 39, 6, 49));
    }

    @Test
    void stringTextKeepsTheFileOffsetOfEveryCharacterThroughEscapes() throws ParseProblem {
        String text = "a = \"[{\\\"user\\\": \\\"root\\\"}]\"\n";
        Template t = (Template) parse(text).attribute("a").orElseThrow().value();
        String decoded = t.literal().orElseThrow();
        assertThat(decoded).isEqualTo("[{\"user\": \"root\"}]");
        TemplatePart.Text part = (TemplatePart.Text) t.parts().get(0);
        int root = decoded.indexOf("root");
        assertThat(text.substring(part.offsets()[root], part.offsets()[root + 4])).isEqualTo("root");
        assertThat(text.charAt(part.offsets()[decoded.indexOf("\"user")])).isEqualTo('\\');
    }

    @Test
    void heredocsKeepOffsetsAndIndentedOnesAreDedented() throws ParseProblem {
        String text = "a = <<EOF\n[{\"user\": \"root\"}]\nEOF\nb = <<-JSON\n    {\n      \"x\": 1\n    }\n    JSON\n";
        HclBody body = parse(text);
        Template a = (Template) body.attribute("a").orElseThrow().value();
        assertThat(a.heredoc()).isTrue();
        assertThat(a.literal()).contains("[{\"user\": \"root\"}]\n");
        TemplatePart.Text part = (TemplatePart.Text) a.parts().get(0);
        assertThat(part.offsets()[2]).isEqualTo(text.indexOf("\"user"));
        assertThat(a.span()).isEqualTo(new Span(1, 5, 3, 4));
        Template b = (Template) body.attribute("b").orElseThrow().value();
        assertThat(b.literal()).contains("{\n  \"x\": 1\n}\n");
        TemplatePart.Text bPart = (TemplatePart.Text) b.parts().get(0);
        assertThat(bPart.offsets()[b.literal().get().indexOf("\"x\"")]).isEqualTo(text.indexOf("\"x\""));
    }

    @Test
    void heredocsHoldInterpolationsAndDirectives() throws ParseProblem {
        Template t = (Template) value("<<-EOT\n  %{ for ip in var.ips ~}\n  server ${ip}\n  %{ endfor ~}\nEOT");
        assertThat(t.parts()).hasAtLeastOneElementOfType(TemplatePart.Directive.class)
                .hasAtLeastOneElementOfType(TemplatePart.Interpolation.class);
        assertThat(t.literal()).isEmpty();
    }

    @Test
    void templatesInterpolateAndEscapeDollarAndPercent() throws ParseProblem {
        Template t = (Template) value("\"Hello, %{ if var.name != \"\" }${var.name}%{ else }you%{ endif }! $${literal} %%{x}\"");
        assertThat(t.parts()).hasSize(7);
        assertThat(((TemplatePart.Text) t.parts().get(6)).text()).isEqualTo("! ${literal} %{x}");
        Template only = (Template) value("\"${var.image}\"");
        assertThat(only.soleInterpolation()).containsInstanceOf(Traversal.class);
    }

    @Test
    void readsTheWholeExpressionLanguage() throws ParseProblem {
        assertThat(value("[for s in var.services : upper(s.name) if s.enabled]")).isInstanceOf(For.class);
        assertThat(value("{ for s in var.services : s.name => s... }")).isInstanceOf(For.class);
        Traversal splat = (Traversal) value("aws_subnet.private[*].id");
        assertThat(splat.steps()).containsExactly(new Traversal.Attr("private"), new Traversal.Splat(true),
                new Traversal.Attr("id"));
        Traversal legacy = (Traversal) value("aws_subnet.private.*.id");
        assertThat(legacy.steps()).contains(new Traversal.Splat(false));
        Traversal indexed = (Traversal) value("data.aws_availability_zones.available.names[0]");
        assertThat(indexed.rootName()).contains("data");
        assertThat(indexed.steps().get(3)).isEqualTo(new Traversal.Index(
                new Literal(new Span(1, 49, 1, 50), Literal.Kind.NUMBER, "0")));
        Conditional conditional = (Conditional) value("var.fargate ? \"awsvpc\" : \"bridge\"");
        assertThat(conditional.whenTrue()).isInstanceOf(Template.class);
        Operation operation = (Operation) value("!var.x && (1 + 2) * 3 >= 4 || var.y == null");
        assertThat(operation.operator()).isEqualTo("||");
        assertThat(value("1.5e3")).isEqualTo(new Literal(new Span(1, 5, 1, 10), Literal.Kind.NUMBER, "1.5e3"));
        assertThat(value("-1")).isInstanceOf(Operation.class);
        Call call = (Call) value("merge(var.a, { b = 1 }, local.list...)");
        assertThat(call.arguments()).hasSize(3);
        assertThat(call.expandFinal()).isTrue();
        assertThat(((Call) value("provider::aws::arn_parse(var.arn)")).name()).isEqualTo("provider::aws::arn_parse");
        assertThat(value("var.list.0")).isInstanceOf(Traversal.class);
        assertThat(value("x")).isEqualTo(new Variable(new Span(1, 5, 1, 6), "x"));
    }

    @Test
    void newlinesSeparateObjectElementsButNotListElements() throws ParseProblem {
        ObjectCons object = (ObjectCons) value("{\n  a = 1\n  b = [\n    1,\n    2\n  ]\n  c = 3, d = 4\n}");
        assertThat(object.items()).extracting(i -> i.name().orElseThrow()).containsExactly("a", "b", "c", "d");
        assertThat(((Tuple) object.items().get(1).value()).elements()).hasSize(2);
    }

    @Test
    void oneLineBlocksAndLegacyQuotedListsAreRead() throws ParseProblem {
        HclBody body = parse("variable \"x\" { default = \"y\" }\nresource \"a\" \"b\" {\n  depends_on = [\"aws_lb.web\"]\n"
                + "  tags {\n    Name = \"t\"\n  }\n}\n");
        assertThat(body.blocks("variable").get(0).body().attribute("default")).isPresent();
        assertThat(body.blocks("resource").get(0).body().block("tags")).isPresent();
    }

    @Test
    void crlfFilesAreRead() throws ParseProblem {
        HclBody body = parse("locals {\r\n  a = <<EOF\r\n{\"x\": 1}\r\nEOF\r\n  b = 2\r\n}\r\n");
        HclBody locals = body.blocks("locals").get(0).body();
        assertThat(locals.attribute("b").orElseThrow().value().span().line()).isEqualTo(5);
    }

    @Test
    void problemsNameTheirPlace() {
        assertThatThrownBy(() -> parse("resource \"a\" \"b\" {\n  x = 1\n")).isInstanceOf(ParseProblem.class)
                .hasMessageContaining("`}` is missing");
        assertThatThrownBy(() -> parse("a = \"open\nb = 1\n")).isInstanceOf(ParseProblem.class)
                .hasMessageContaining("not closed on its line")
                .satisfies(e -> assertThat(((ParseProblem) e).span().line()).isEqualTo(1));
        assertThatThrownBy(() -> parse("a = <<EOF\nnever closed\n")).isInstanceOf(ParseProblem.class)
                .hasMessageContaining("no line holds only `EOF`");
        assertThatThrownBy(() -> parse("a = 1 b = 2\n")).isInstanceOf(ParseProblem.class)
                .hasMessageContaining("expected a new line")
                .satisfies(e -> assertThat(((ParseProblem) e).span()).isEqualTo(new Span(1, 7, 1, 8)));
        assertThatThrownBy(() -> parse("a = \"\\q\"\n")).hasMessageContaining("unknown escape");
        assertThatThrownBy(() -> parse("a = " + "[".repeat(500) + "]".repeat(500) + "\n"))
                .hasMessageContaining("nested deeper than");
        assertThatThrownBy(() -> parse("= 1\n")).hasMessageContaining("expected an attribute");
    }

    @Test
    void spansAreInModuleCoordinates() throws ParseProblem {
        HclBody body = HclParser.parseFile(new PlacedFile(new SourceFile(null, "b.tf", "a = 1\n"), 100));
        assertThat(body.attribute("a").orElseThrow().nameSpan()).isEqualTo(new Span(101, 1, 101, 2));
    }

    @Test
    void jsonSyntaxReadsIntoTheSameShapes() throws ParseProblem {
        String text = """
                {
                  "//": "a comment",
                  "resource": {
                    "aws_ecs_service": {
                      "api": {
                        "name": "api-${var.env}",
                        "desired_count": 2,
                        "network_configuration": {"subnets": ["subnet-1"], "assign_public_ip": true},
                        "load_balancer": [{"container_name": "a"}, {"container_name": "b"}]
                      }
                    }
                  },
                  "variable": {"env": {"default": "prod"}}
                }
                """;
        HclBody body = TerraformFiles.parse(new PlacedFile(new SourceFile(null, "main.tf.json", text), 0));
        HclBlock service = body.blocks("resource").get(0);
        assertThat(service.labels()).containsExactly("aws_ecs_service", "api");
        Template name = (Template) service.body().attribute("name").orElseThrow().value();
        assertThat(name.parts()).hasSize(2);
        assertThat(name.parts().get(1)).isInstanceOf(TemplatePart.Interpolation.class);
        HclBlock network = service.body().block("network_configuration").orElseThrow();
        String line8 = text.lines().toList().get(7);
        int column = line8.indexOf("true") + 1;
        assertThat(network.body().attribute("assign_public_ip").orElseThrow().value().span())
                .isEqualTo(new Span(8, column, 8, column + 4));
        assertThat(service.body().blocks("load_balancer")).hasSize(2);
        assertThat(body.blocks("variable").get(0).labels()).containsExactly("env");
        List<TemplatePart> parts = name.parts();
        TemplatePart.Interpolation env = (TemplatePart.Interpolation) parts.get(1);
        assertThat(text.substring(env.start(), env.end())).isEqualTo("${var.env}");
    }
}
