package dev.ecslint.core.terraform;

import dev.ecslint.core.json.EmbeddedJson;
import dev.ecslint.core.json.JsonPointer;
import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.json.JsonValue.JsonArray;
import dev.ecslint.core.json.JsonValue.JsonBoolean;
import dev.ecslint.core.json.JsonValue.JsonNull;
import dev.ecslint.core.json.JsonValue.JsonNumber;
import dev.ecslint.core.json.JsonValue.JsonObject;
import dev.ecslint.core.json.JsonValue.JsonString;
import dev.ecslint.core.json.JsonValue.Member;
import dev.ecslint.core.json.ParseProblem;
import dev.ecslint.core.model.SourceFile;
import dev.ecslint.core.model.Span;
import dev.ecslint.core.terraform.HclExpression.Call;
import dev.ecslint.core.terraform.HclExpression.Literal;
import dev.ecslint.core.terraform.HclExpression.ObjectCons;
import dev.ecslint.core.terraform.HclExpression.Operation;
import dev.ecslint.core.terraform.HclExpression.Parenthesized;
import dev.ecslint.core.terraform.HclExpression.Template;
import dev.ecslint.core.terraform.HclExpression.Traversal;
import dev.ecslint.core.terraform.HclExpression.Tuple;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a Terraform expression is worth without running Terraform, as a located JSON value: literals,
 * lists and objects as written, {@code jsonencode(…)} of what can be known, {@code file(…)} of a file in the
 * module, and a {@code variable}'s literal default or a {@code local} where it is the whole value — each
 * value located where it is written. Everything else (other functions, {@code var.*} without a literal
 * default, {@code data.*}, other resources' attributes, {@code each.*}, {@code count.index}, conditionals,
 * {@code for} expressions, templates that interpolate) is unknown: a string holding the expression as
 * {@code ${…}}, which every reader treats as a deploy-time placeholder, never as a violation.
 */
public final class TerraformValues {

    /** How many variable and local references one value may follow (a cycle is an error in Terraform). */
    private static final int MAX_REFERENCES = 32;

    private final TerraformModule module;
    private final Set<Path> documentFiles = new LinkedHashSet<>();
    private int following;

    public TerraformValues(TerraformModule module) {
        this.module = module;
    }

    // ---------------------------------------------------------------- values

    /** The value of an expression, known or unknown, located where it is written. */
    public JsonValue value(HclExpression e, String pointer) {
        if (e instanceof Literal l) {
            return literal(l, pointer);
        } else if (e instanceof Template t) {
            if (t.soleInterpolation().isPresent()) {
                return value(t.soleInterpolation().get(), pointer);
            }
            return t.literal().<JsonValue>map(text -> new JsonString(t.span(), pointer, text))
                    .orElseGet(() -> unknown(t, pointer));
        } else if (e instanceof Tuple tuple) {
            List<JsonValue> items = new ArrayList<>();
            for (HclExpression element : tuple.elements()) {
                items.add(value(element, JsonPointer.child(pointer, items.size())));
            }
            return new JsonArray(tuple.span(), pointer, items);
        } else if (e instanceof ObjectCons object) {
            return object(object, pointer);
        } else if (e instanceof Parenthesized p) {
            return value(p.inner(), pointer);
        } else if (e instanceof Operation o && negativeNumber(o).isPresent()) {
            return new JsonNumber(o.span(), pointer, negativeNumber(o).get());
        } else if (e instanceof Call call && call.name().equals("file")) {
            return fileText(call).<JsonValue>map(text -> new JsonString(call.span(), pointer, text))
                    .orElseGet(() -> unknown(call, pointer));
        } else if (e instanceof Traversal traversal) {
            Optional<HclExpression> definition = definition(traversal);
            if (definition.isPresent() && following < MAX_REFERENCES) {
                following++;
                try {
                    return value(definition.get(), pointer);
                } finally {
                    following--;
                }
            }
        }
        return unknown(e, pointer);
    }

    private JsonValue object(ObjectCons object, String pointer) {
        Map<String, Member> members = new LinkedHashMap<>();
        for (ObjectCons.Item item : object.items()) {
            // a key computed at plan time names an unknown member: it cannot be looked up, so it is left out
            item.name().ifPresent(key -> members.put(key, new Member(key, item.key().span(),
                    value(item.value(), JsonPointer.child(pointer, key)))));
        }
        return new JsonObject(object.span(), pointer, members);
    }

    private static JsonValue literal(Literal l, String pointer) {
        switch (l.kind()) {
            case NUMBER:
                return new JsonNumber(l.span(), pointer, l.text());
            case BOOL:
                return new JsonBoolean(l.span(), pointer, l.text().equals("true"));
            default:
                return new JsonNull(l.span(), pointer);
        }
    }

    private static Optional<String> negativeNumber(Operation o) {
        if (o.operator().equals("-") && o.operands().size() == 1 && o.operands().get(0) instanceof Literal l
                && l.kind() == Literal.Kind.NUMBER) {
            return Optional.of("-" + l.text());
        }
        return Optional.empty();
    }

    /**
     * An unknown value: a string holding the expression as written, wrapped in {@code ${…}} unless it already
     * interpolates, so that it reads as a placeholder everywhere.
     */
    public JsonString unknown(HclExpression e, String pointer) {
        if (e instanceof Template t && !t.heredoc() && hasInterpolation(t) && !hasDirective(t)) {
            return new JsonString(e.span(), pointer, templateText(t)); // "${var.repo}:1.2" keeps its literal part
        }
        return new JsonString(e.span(), pointer, "${" + shortText(e) + "}");
    }

    /** The expression as written, or the gist of it when that would not fit on one line inside {@code ${…}}. */
    private String shortText(HclExpression e) {
        String written = module.files().textOf(e.span());
        if (written.length() <= 60 && written.chars().noneMatch(c -> c == '{' || c == '}' || c == '\n' || c == '\r')) {
            return written;
        }
        if (e instanceof Call call) {
            return call.name() + "(…)";
        } else if (e instanceof HclExpression.Conditional) {
            return "… ? … : …";
        } else if (e instanceof HclExpression.For) {
            return "for …";
        } else if (e instanceof Template t && t.heredoc()) {
            return "heredoc";
        }
        return "…";
    }

    /** A template's text with each interpolation and directive as written. */
    private String templateText(Template t) {
        StringBuilder text = new StringBuilder();
        String file = textOfFileAt(t.span());
        for (TemplatePart part : t.parts()) {
            if (part instanceof TemplatePart.Text literal) {
                text.append(literal.text());
            } else if (part instanceof TemplatePart.Interpolation i) {
                text.append(file, i.start(), i.end());
            } else if (part instanceof TemplatePart.Directive d) {
                text.append(file, d.start(), d.end());
            }
        }
        return text.toString();
    }

    private static boolean hasInterpolation(Template t) {
        return t.parts().stream().anyMatch(TemplatePart.Interpolation.class::isInstance);
    }

    private static boolean hasDirective(Template t) {
        return t.parts().stream().anyMatch(TemplatePart.Directive.class::isInstance);
    }

    /** The JSON files read by {@code file(…)} as documents so far. */
    public Set<Path> documentFiles() {
        return Set.copyOf(documentFiles);
    }

    // ---------------------------------------------------------------- references

    /**
     * What a reference stands for when Terraform would use it as the whole value: a variable's literal
     * default, a local's expression. Anything else is not followed.
     */
    public Optional<HclExpression> definition(Traversal traversal) {
        if (traversal.steps().size() != 1) {
            return Optional.empty();
        }
        String root = traversal.rootName().orElse("");
        Optional<String> name = traversal.attr(0);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        if (root.equals("var")) {
            return module.variable(name.get()).flatMap(v -> v.body().attribute("default"))
                    .map(HclAttribute::value).filter(TerraformValues::isLiteral);
        }
        if (root.equals("local")) {
            return module.local(name.get()).map(HclAttribute::value);
        }
        return Optional.empty();
    }

    /**
     * The names of the resources of a type an expression refers to ({@code aws_ecr_repository.app.name} →
     * {@code app}), through the locals it uses.
     */
    public Set<String> referencedResources(HclExpression e, String type) {
        Set<String> names = new LinkedHashSet<>();
        collectReferences(e, type, names, 0);
        return names;
    }

    private void collectReferences(HclExpression e, String type, Set<String> into, int depth) {
        if (depth > MAX_REFERENCES) {
            return;
        }
        if (e instanceof Traversal t) {
            String root = t.rootName().orElse("");
            if (root.equals(type)) {
                t.attr(0).ifPresent(into::add);
            } else if (root.equals("local")) {
                t.attr(0).flatMap(module::local)
                        .ifPresent(local -> collectReferences(local.value(), type, into, depth + 1));
            }
        }
        for (HclExpression child : e.children()) {
            collectReferences(child, type, into, depth);
        }
    }

    /** A literal: what a variable's default must be to be used (no reference, no function, no template). */
    static boolean isLiteral(HclExpression e) {
        if (e instanceof Literal l) {
            return l.kind() != Literal.Kind.NULL;
        } else if (e instanceof Template t) {
            return t.literal().isPresent();
        } else if (e instanceof Tuple t) {
            return t.elements().stream().allMatch(TerraformValues::isLiteral);
        } else if (e instanceof ObjectCons o) {
            return o.items().stream().allMatch(i -> i.name().isPresent() && isLiteral(i.value()));
        } else if (e instanceof Operation o) {
            return negativeNumber(o).isPresent();
        }
        return false;
    }

    /** The text of an expression when it is a known string ({@code "${path.module}/policy.json"}). */
    public Optional<String> knownString(HclExpression e) {
        if (e instanceof Parenthesized p) {
            return knownString(p.inner());
        }
        if (e instanceof Traversal traversal) {
            if (traversal.rootName().filter("path"::equals).isPresent() && traversal.steps().size() == 1) {
                return Optional.of("."); // path.module, path.root, path.cwd: the module's directory
            }
            Optional<HclExpression> definition = definition(traversal);
            if (definition.isEmpty() || following >= MAX_REFERENCES) {
                return Optional.empty();
            }
            following++;
            try {
                return knownString(definition.get());
            } finally {
                following--;
            }
        }
        if (!(e instanceof Template t)) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder();
        for (TemplatePart part : t.parts()) {
            if (part instanceof TemplatePart.Text literal) {
                text.append(literal.text());
            } else if (part instanceof TemplatePart.Interpolation i) {
                Optional<String> inner = knownString(i.expression());
                if (inner.isEmpty()) {
                    return Optional.empty();
                }
                text.append(inner.get());
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(text.toString());
    }

    // ---------------------------------------------------------------- documents

    /**
     * The JSON document an argument holds as a string ({@code container_definitions}, a lifecycle policy's
     * {@code policy}): {@code jsonencode(…)}, a quoted string or heredoc (located character by character,
     * interpolations left as placeholders), {@code file(…)} of a JSON file in the module (located in that
     * file), or a variable or local holding one. Empty when the document cannot be known.
     *
     * @throws ParseProblem when a literal string or heredoc holds invalid JSON (AWS would reject it),
     *                      located at the offending character
     */
    public Optional<JsonValue> document(HclExpression e, String pointer, String description) throws ParseProblem {
        if (e instanceof Parenthesized p) {
            return document(p.inner(), pointer, description);
        }
        if (e instanceof Template t) {
            if (t.soleInterpolation().isPresent()) {
                return document(t.soleInterpolation().get(), pointer, description);
            }
            return templateDocument(t, pointer, description);
        }
        if (e instanceof Call call && call.name().equals("jsonencode") && call.arguments().size() == 1) {
            return Optional.of(value(call.arguments().get(0), pointer));
        }
        if (e instanceof Call call && call.name().equals("file") && call.arguments().size() == 1) {
            return jsonFile(call);
        }
        if (e instanceof Traversal traversal) {
            Optional<HclExpression> definition = definition(traversal);
            if (definition.isPresent() && following < MAX_REFERENCES) {
                following++;
                try {
                    return document(definition.get(), pointer, description);
                } finally {
                    following--;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<JsonValue> templateDocument(Template t, String pointer, String description) throws ParseProblem {
        if (hasDirective(t) || t.literal().filter(String::isBlank).isPresent()) {
            return Optional.empty(); // "" is how modules say "no policy" (with count = 0 on the resource)
        }
        Optional<PlacedFile> file = module.files().fileOf(t.span());
        if (file.isEmpty()) {
            return Optional.empty();
        }
        boolean literal = !hasInterpolation(t);
        JsonText json = new JsonText(file.get().source().text());
        for (TemplatePart part : t.parts()) {
            if (part instanceof TemplatePart.Text text) {
                json.addText(text);
            } else if (part instanceof TemplatePart.Interpolation i) {
                json.addPlaceholder(i.start(), i.end());
            }
        }
        try {
            return Optional.of(EmbeddedJson.read(json.text(), json.offsets(), file.get()::span, pointer, description));
        } catch (ParseProblem problem) {
            if (literal) {
                throw problem;
            }
            return Optional.empty(); // a template that only becomes JSON once interpolated
        }
    }

    /** JSON text assembled from a template, each character remembering its offset in the file. */
    private static final class JsonText {
        private final String file;
        private final StringBuilder text = new StringBuilder();
        private final List<Integer> offsets = new ArrayList<>();
        private boolean inString;
        private boolean escaped;
        private int end;

        JsonText(String file) {
            this.file = file;
        }

        void addText(TemplatePart.Text part) {
            for (int i = 0; i < part.text().length(); i++) {
                char c = part.text().charAt(i);
                add(c, part.offsets()[i]);
                if (escaped) {
                    escaped = false;
                } else if (inString && c == '\\') {
                    escaped = true;
                } else if (c == '"') {
                    inString = !inString;
                }
            }
            end = part.offsets()[part.text().length()];
        }

        /** {@code ${…}} as written, inside a JSON string (quoted when the template put it outside one). */
        void addPlaceholder(int start, int stop) {
            if (!inString) {
                add('"', start);
            }
            for (int at = start; at < stop; at++) {
                char c = file.charAt(at);
                if (c == '"' || c == '\\') {
                    add('\\', at);
                }
                if (c == '\n' || c == '\r' || c == '\t') {
                    add(' ', at);
                } else {
                    add(c, at);
                }
            }
            if (!inString) {
                add('"', stop - 1);
            }
            end = stop;
        }

        private void add(char c, int offset) {
            text.append(c);
            offsets.add(offset);
        }

        String text() {
            return text.toString();
        }

        int[] offsets() {
            int[] result = new int[offsets.size() + 1];
            for (int i = 0; i < offsets.size(); i++) {
                result[i] = offsets.get(i);
            }
            result[offsets.size()] = end;
            return result;
        }
    }

    /** A JSON file named by {@code file(…)}, located in that file. */
    private Optional<JsonValue> jsonFile(Call call) {
        Optional<Path> path = filePath(call);
        if (path.isEmpty()) {
            return Optional.empty();
        }
        Optional<PlacedFile> placed = module.files().find(path.get()).or(() -> module.access().read(path.get())
                .map(text -> module.files().add(new SourceFile(path.get(), path.get().getFileName().toString(), text))));
        if (placed.isEmpty()) {
            return Optional.empty();
        }
        String text = placed.get().source().text();
        int[] identity = new int[text.length() + 1];
        for (int i = 0; i < identity.length; i++) {
            identity[i] = i;
        }
        try {
            JsonValue document = EmbeddedJson.read(text, identity, placed.get()::span, "", "the file");
            documentFiles.add(path.get().toAbsolutePath().normalize());
            return Optional.of(document);
        } catch (ParseProblem e) {
            return Optional.empty(); // the JSON file reports its own parse problem when it is linted
        }
    }

    private Optional<String> fileText(Call call) {
        return filePath(call).flatMap(path -> module.access().read(path));
    }

    /**
     * The file a {@code file(…)} call reads, relative to the module; only inside the module's directory tree
     * (a submission cannot make the linter read {@code /etc/passwd} or a file beside the repository).
     */
    public Optional<Path> filePath(Call call) {
        if (module.directory() == null || call.arguments().size() != 1) {
            return Optional.empty();
        }
        Optional<String> name = knownString(call.arguments().get(0));
        if (name.isEmpty() || name.get().isBlank()) {
            return Optional.empty();
        }
        Path directory = module.directory().toAbsolutePath().normalize();
        Path path;
        try {
            path = directory.resolve(name.get()).normalize();
        } catch (java.nio.file.InvalidPathException ex) {
            return Optional.empty();
        }
        if (!path.startsWith(directory)) {
            return Optional.empty();
        }
        try {
            Path real = path.toRealPath();
            return real.startsWith(directory.toRealPath()) ? Optional.of(path) : Optional.empty();
        } catch (java.io.IOException ex) {
            return Optional.empty();
        }
    }

    private String textOfFileAt(Span span) {
        return module.files().fileOf(span).map(f -> f.source().text()).orElse("");
    }
}
