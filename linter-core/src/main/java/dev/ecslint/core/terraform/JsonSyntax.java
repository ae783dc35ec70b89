package dev.ecslint.core.terraform;

import dev.ecslint.core.i18n.Message;
import dev.ecslint.core.json.JsonStrings;
import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.json.JsonValue.JsonArray;
import dev.ecslint.core.json.JsonValue.JsonBoolean;
import dev.ecslint.core.json.JsonValue.JsonNull;
import dev.ecslint.core.json.JsonValue.JsonNumber;
import dev.ecslint.core.json.JsonValue.JsonObject;
import dev.ecslint.core.json.JsonValue.JsonString;
import dev.ecslint.core.json.JsonValue.Member;
import dev.ecslint.core.json.LocatedJsonReader;
import dev.ecslint.core.json.ParseProblem;
import dev.ecslint.core.model.SourceFile;
import dev.ecslint.core.model.Span;
import dev.ecslint.core.terraform.HclExpression.Literal;
import dev.ecslint.core.terraform.HclExpression.ObjectCons;
import dev.ecslint.core.terraform.HclExpression.Template;
import dev.ecslint.core.terraform.HclExpression.Tuple;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Reads Terraform's JSON syntax ({@code *.tf.json}) into the same body, block and expression shapes as the
 * native syntax: the top-level block types have their labels as nested keys ({@code resource → type → name}),
 * every string is a template ({@code "${var.x}"} interpolates), {@code "//"} keys are comments, and a nested
 * block is an object (or an array of objects when repeated) that {@link HclBody#blocks} reads on demand.
 */
final class JsonSyntax {

    /** Top-level block types and how many labels they take. */
    private static final Map<String, Integer> LABELS = Map.of("resource", 2, "data", 2, "variable", 1, "output", 1,
            "module", 1, "provider", 1, "locals", 0, "terraform", 0, "moved", 0, "import", 0);

    private JsonSyntax() {
    }

    static HclBody read(PlacedFile file) throws ParseProblem {
        JsonValue root;
        try {
            root = LocatedJsonReader.read(file.source().text());
        } catch (ParseProblem e) {
            throw new ParseProblem(file.place(e.span()), e.message());
        }
        if (!(root instanceof JsonObject top)) {
            throw new ParseProblem(file.place(root.span()), Message.of("terraformJson.notAnObject")
                    .phrase("found", root.typePhrase()));
        }
        JsonSyntax.Reader reader = new Reader(file);
        List<HclBlock> blocks = new ArrayList<>();
        for (Member m : top.members().values()) {
            Integer labels = LABELS.get(m.key());
            if (labels != null) {
                reader.topLevel(m.key(), labels, new ArrayList<>(), m.keySpan(), m.value(), blocks);
            }
        }
        return new HclBody(file.place(top.span()), List.of(), blocks, true);
    }

    /** The blocks an attribute of a JSON-syntax body stands for: an object, or an array of objects. */
    static List<HclBlock> blocksOf(HclAttribute attribute) {
        List<HclBlock> blocks = new ArrayList<>();
        HclExpression value = attribute.value();
        if (attribute.name().equals("dynamic") && value instanceof ObjectCons labelled) {
            // "dynamic": {"setting": {"for_each": …, "content": {…}}}
            for (ObjectCons.Item item : labelled.items()) {
                item.name().ifPresent(label -> bodiesOf(item.value()).forEach(body -> blocks.add(
                        new HclBlock("dynamic", List.of(label), item.key().span(), body, body.span()))));
            }
            return blocks;
        }
        bodiesOf(value).forEach(body -> blocks.add(new HclBlock(attribute.name(), List.of(), attribute.nameSpan(), body,
                body.span())));
        return blocks;
    }

    private static List<HclBody> bodiesOf(HclExpression value) {
        List<HclBody> bodies = new ArrayList<>();
        if (value instanceof ObjectCons object) {
            bodies.add(bodyOf(object));
        } else if (value instanceof Tuple tuple) {
            tuple.elements().stream().filter(ObjectCons.class::isInstance)
                    .forEach(e -> bodies.add(bodyOf((ObjectCons) e)));
        }
        return bodies;
    }

    private static HclBody bodyOf(ObjectCons object) {
        List<HclAttribute> attributes = new ArrayList<>();
        for (ObjectCons.Item item : object.items()) {
            item.name().filter(n -> !n.equals("//")).ifPresent(name -> attributes.add(new HclAttribute(name,
                    item.key().span(), item.value(), item.key().span().to(item.value().span()))));
        }
        return new HclBody(object.span(), attributes, List.of(), true);
    }

    /** Converts located JSON values of one file into expressions. */
    private static final class Reader {
        private final PlacedFile file;

        Reader(PlacedFile file) {
            this.file = file;
        }

        /** A top-level block type's value: label keys down to the body objects. */
        void topLevel(String type, int labelsLeft, List<String> labels, Span header, JsonValue value,
                      List<HclBlock> into) throws ParseProblem {
            if (labelsLeft > 0) {
                if (value instanceof JsonObject o) {
                    for (Member m : o.members().values()) {
                        if (m.key().equals("//")) {
                            continue;
                        }
                        List<String> deeper = new ArrayList<>(labels);
                        deeper.add(m.key());
                        topLevel(type, labelsLeft - 1, deeper, m.keySpan(), m.value(), into);
                    }
                } else if (value instanceof JsonArray a) {
                    for (JsonValue item : a.items()) {
                        topLevel(type, labelsLeft, labels, header, item, into);
                    }
                }
                return;
            }
            if (value instanceof JsonObject o) {
                into.add(new HclBlock(type, labels, file.place(header), body(o), file.place(header.to(o.span()))));
            } else if (value instanceof JsonArray a) {
                for (JsonValue item : a.items()) {
                    topLevel(type, 0, labels, header, item, into);
                }
            }
        }

        HclBody body(JsonObject object) throws ParseProblem {
            List<HclAttribute> attributes = new ArrayList<>();
            for (Member m : object.members().values()) {
                if (!m.key().equals("//")) {
                    HclExpression value = expression(m.value());
                    attributes.add(new HclAttribute(m.key(), file.place(m.keySpan()), value,
                            file.place(m.keySpan()).to(value.span())));
                }
            }
            return new HclBody(file.place(object.span()), attributes, List.of(), true);
        }

        HclExpression expression(JsonValue value) throws ParseProblem {
            Span span = file.place(value.span());
            if (value instanceof JsonString s) {
                return template(s);
            } else if (value instanceof JsonNumber n) {
                return new Literal(span, Literal.Kind.NUMBER, n.literal());
            } else if (value instanceof JsonBoolean b) {
                return new Literal(span, Literal.Kind.BOOL, Boolean.toString(b.value()));
            } else if (value instanceof JsonNull) {
                return new Literal(span, Literal.Kind.NULL, "null");
            } else if (value instanceof JsonArray a) {
                List<HclExpression> elements = new ArrayList<>();
                for (JsonValue item : a.items()) {
                    elements.add(expression(item));
                }
                return new Tuple(span, elements);
            }
            List<ObjectCons.Item> items = new ArrayList<>();
            for (Member m : ((JsonObject) value).members().values()) {
                items.add(new ObjectCons.Item(key(m), expression(m.value())));
            }
            return new ObjectCons(span, items);
        }

        private Template key(Member m) {
            int quote = offsetOf(m.keySpan());
            int[] offsets = new int[m.key().length() + 1];
            for (int i = 0; i < offsets.length; i++) {
                offsets[i] = quote + 1 + i;
            }
            return new Template(file.place(m.keySpan()), List.of(new TemplatePart.Text(m.key(), offsets)), false);
        }

        private Template template(JsonString s) throws ParseProblem {
            int quote = offsetOf(s.span());
            int[] offsets = JsonStrings.offsets(file.source().text(), quote, s.value());
            if (offsets == null) { // cannot happen for text Jackson read from this file; stay safe
                offsets = new int[s.value().length() + 1];
                Arrays.fill(offsets, quote);
            }
            return HclParser.parseTemplate(s.value(), offsets, file);
        }

        private int offsetOf(Span local) {
            SourceFile source = file.source();
            return source.lineStart(local.line()) + local.column() - 1;
        }
    }
}
