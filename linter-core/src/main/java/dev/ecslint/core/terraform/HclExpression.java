package dev.ecslint.core.terraform;

import dev.ecslint.core.model.Located;
import dev.ecslint.core.model.Span;
import java.util.List;
import java.util.Optional;

/**
 * An expression of the HCL native syntax (or of the JSON syntax, read into the same shapes), with the span
 * it was read from. Spans are in module coordinates (see {@link ModuleFiles}): a span names its file too.
 */
public sealed interface HclExpression extends Located
        permits HclExpression.Literal, HclExpression.Template, HclExpression.Tuple, HclExpression.ObjectCons,
        HclExpression.Variable, HclExpression.Traversal, HclExpression.Call, HclExpression.Conditional,
        HclExpression.Operation, HclExpression.For, HclExpression.Parenthesized {

    /** The expressions directly inside this one, in source order. */
    default List<HclExpression> children() {
        List<HclExpression> children = new java.util.ArrayList<>();
        if (this instanceof Template t) {
            t.parts().stream().filter(TemplatePart.Interpolation.class::isInstance)
                    .forEach(p -> children.add(((TemplatePart.Interpolation) p).expression()));
        } else if (this instanceof Tuple t) {
            children.addAll(t.elements());
        } else if (this instanceof ObjectCons o) {
            o.items().forEach(i -> {
                children.add(i.key());
                children.add(i.value());
            });
        } else if (this instanceof Traversal t) {
            children.add(t.source());
            t.steps().stream().filter(Traversal.Index.class::isInstance)
                    .forEach(s -> children.add(((Traversal.Index) s).key()));
        } else if (this instanceof Call c) {
            children.addAll(c.arguments());
        } else if (this instanceof Conditional c) {
            children.addAll(List.of(c.condition(), c.whenTrue(), c.whenFalse()));
        } else if (this instanceof Operation o) {
            children.addAll(o.operands());
        } else if (this instanceof For f) {
            children.add(f.collection());
        } else if (this instanceof Parenthesized p) {
            children.add(p.inner());
        }
        return children;
    }

    /** A number, {@code true}/{@code false} or {@code null}, kept as written. */
    record Literal(Span span, Kind kind, String text) implements HclExpression {
        public enum Kind { NUMBER, BOOL, NULL }
    }

    /**
     * A quoted string, a heredoc, or a JSON-syntax string: literal text interleaved with {@code ${…}}
     * interpolations and {@code %{…}} directives.
     */
    record Template(Span span, List<TemplatePart> parts, boolean heredoc) implements HclExpression {
        public Template {
            parts = List.copyOf(parts);
        }

        /** The text when the template is literal: no interpolation, no directive. */
        public Optional<String> literal() {
            StringBuilder text = new StringBuilder();
            for (TemplatePart part : parts) {
                if (!(part instanceof TemplatePart.Text t)) {
                    return Optional.empty();
                }
                text.append(t.text());
            }
            return Optional.of(text.toString());
        }

        /** The one interpolated expression when the template is nothing else ({@code "${var.x}"}). */
        public Optional<HclExpression> soleInterpolation() {
            if (parts.size() == 1 && parts.get(0) instanceof TemplatePart.Interpolation i) {
                return Optional.of(i.expression());
            }
            return Optional.empty();
        }
    }

    /** {@code [a, b, c]}. */
    record Tuple(Span span, List<HclExpression> elements) implements HclExpression {
        public Tuple {
            elements = List.copyOf(elements);
        }
    }

    /** {@code {key = value, …}}; a bare identifier key is the literal name, as in Terraform. */
    record ObjectCons(Span span, List<Item> items) implements HclExpression {
        public ObjectCons {
            items = List.copyOf(items);
        }

        public record Item(HclExpression key, HclExpression value) {
            /** The key's name when it is a bare identifier or a literal string. */
            public Optional<String> name() {
                HclExpression k = key instanceof Parenthesized p ? null : key;
                if (k instanceof Variable v) {
                    return Optional.of(v.name());
                }
                return k instanceof Template t ? t.literal() : Optional.empty();
            }
        }
    }

    /** A bare identifier: the root of a traversal ({@code var}, {@code aws_subnet}, {@code each}). */
    record Variable(Span span, String name) implements HclExpression { }

    /** {@code source.attr[index][*].attr…}: attribute access, indexing and splats applied to an expression. */
    record Traversal(Span span, HclExpression source, List<Step> steps) implements HclExpression {
        public Traversal {
            steps = List.copyOf(steps);
        }

        /** One step of a traversal. */
        public sealed interface Step permits Attr, Index, Splat { }

        public record Attr(String name) implements Step { }

        public record Index(HclExpression key) implements Step { }

        /** {@code [*]} (full) or {@code .*} (attribute-only, legacy). */
        public record Splat(boolean full) implements Step { }

        /** The root variable's name when the traversal starts at one ({@code var} in {@code var.x}). */
        public Optional<String> rootName() {
            return source instanceof Variable v ? Optional.of(v.name()) : Optional.empty();
        }

        /** The attribute name of step {@code i}, when that step is an attribute access. */
        public Optional<String> attr(int i) {
            return i < steps.size() && steps.get(i) instanceof Attr a ? Optional.of(a.name()) : Optional.empty();
        }
    }

    /** {@code name(args…)}, {@code expandFinal} when the last argument ends with {@code ...}. */
    record Call(Span span, String name, List<HclExpression> arguments, boolean expandFinal) implements HclExpression {
        public Call {
            arguments = List.copyOf(arguments);
        }
    }

    /** {@code condition ? whenTrue : whenFalse}. */
    record Conditional(Span span, HclExpression condition, HclExpression whenTrue, HclExpression whenFalse)
            implements HclExpression { }

    /** A unary ({@code !x}, {@code -x}) or binary operation. */
    record Operation(Span span, String operator, List<HclExpression> operands) implements HclExpression {
        public Operation {
            operands = List.copyOf(operands);
        }
    }

    /** A {@code for} expression, {@code [for …]} or {@code {for …}}: its value is never known statically. */
    record For(Span span, boolean object, HclExpression collection) implements HclExpression { }

    /** {@code (expression)}. */
    record Parenthesized(Span span, HclExpression inner) implements HclExpression { }
}
