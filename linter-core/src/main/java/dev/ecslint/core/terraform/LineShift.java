package dev.ecslint.core.terraform;

import dev.ecslint.core.model.Span;
import dev.ecslint.core.terraform.HclExpression.Call;
import dev.ecslint.core.terraform.HclExpression.Conditional;
import dev.ecslint.core.terraform.HclExpression.For;
import dev.ecslint.core.terraform.HclExpression.Literal;
import dev.ecslint.core.terraform.HclExpression.ObjectCons;
import dev.ecslint.core.terraform.HclExpression.Operation;
import dev.ecslint.core.terraform.HclExpression.Parenthesized;
import dev.ecslint.core.terraform.HclExpression.Template;
import dev.ecslint.core.terraform.HclExpression.Traversal;
import dev.ecslint.core.terraform.HclExpression.Tuple;
import dev.ecslint.core.terraform.HclExpression.Variable;
import java.util.ArrayList;
import java.util.List;

/**
 * Moves a parsed file to other lines of a module: a file is parsed once at its own line numbers
 * ({@link ParsedTerraformFiles}) and placed wherever a module that reads it puts it ({@link ModuleFiles}).
 * Template offsets are file offsets and stay as they are.
 */
final class LineShift {

    private final int lines;

    private LineShift(int lines) {
        this.lines = lines;
    }

    /** The body with every span {@code lines} lines further down. */
    static HclBody body(HclBody body, int lines) {
        return lines == 0 ? body : new LineShift(lines).body(body);
    }

    private HclBody body(HclBody body) {
        List<HclAttribute> attributes = new ArrayList<>(body.attributes().size());
        for (HclAttribute a : body.attributes()) {
            attributes.add(new HclAttribute(a.name(), span(a.nameSpan()), expression(a.value()), span(a.span())));
        }
        List<HclBlock> blocks = new ArrayList<>(body.blocks().size());
        for (HclBlock b : body.blocks()) {
            blocks.add(new HclBlock(b.type(), b.labels(), span(b.header()), body(b.body()), span(b.span())));
        }
        return new HclBody(span(body.span()), attributes, blocks, body.jsonSyntax());
    }

    private HclExpression expression(HclExpression e) {
        Span span = span(e.span());
        if (e instanceof Literal l) {
            return new Literal(span, l.kind(), l.text());
        } else if (e instanceof Template t) {
            List<TemplatePart> parts = new ArrayList<>(t.parts().size());
            for (TemplatePart part : t.parts()) {
                parts.add(part instanceof TemplatePart.Interpolation i
                        ? new TemplatePart.Interpolation(expression(i.expression()), i.start(), i.end()) : part);
            }
            return new Template(span, parts, t.heredoc());
        } else if (e instanceof Tuple t) {
            return new Tuple(span, expressions(t.elements()));
        } else if (e instanceof ObjectCons o) {
            List<ObjectCons.Item> items = new ArrayList<>(o.items().size());
            for (ObjectCons.Item item : o.items()) {
                items.add(new ObjectCons.Item(expression(item.key()), expression(item.value())));
            }
            return new ObjectCons(span, items);
        } else if (e instanceof Variable v) {
            return new Variable(span, v.name());
        } else if (e instanceof Traversal t) {
            List<Traversal.Step> steps = new ArrayList<>(t.steps().size());
            for (Traversal.Step step : t.steps()) {
                steps.add(step instanceof Traversal.Index i ? new Traversal.Index(expression(i.key())) : step);
            }
            return new Traversal(span, expression(t.source()), steps);
        } else if (e instanceof Call c) {
            return new Call(span, c.name(), expressions(c.arguments()), c.expandFinal());
        } else if (e instanceof Conditional c) {
            return new Conditional(span, expression(c.condition()), expression(c.whenTrue()),
                    expression(c.whenFalse()));
        } else if (e instanceof Operation o) {
            return new Operation(span, o.operator(), expressions(o.operands()));
        } else if (e instanceof For f) {
            return new For(span, f.object(), expression(f.collection()));
        }
        Parenthesized p = (Parenthesized) e;
        return new Parenthesized(span, expression(p.inner()));
    }

    private List<HclExpression> expressions(List<HclExpression> all) {
        List<HclExpression> moved = new ArrayList<>(all.size());
        for (HclExpression e : all) {
            moved.add(expression(e));
        }
        return moved;
    }

    private Span span(Span span) {
        return span == null ? null : PlacedFile.shift(span, lines);
    }
}
