package dev.ecslint.core.custom;

import dev.ecslint.core.custom.Condition.Outcome;
import dev.ecslint.core.custom.Selection.Hit;
import dev.ecslint.core.custom.Selection.Miss;
import dev.ecslint.core.i18n.Arg;
import dev.ecslint.core.i18n.Message;
import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.json.JsonValue.JsonArray;
import dev.ecslint.core.json.JsonValue.JsonObject;
import dev.ecslint.core.json.JsonValue.JsonString;
import dev.ecslint.core.model.AbstractRule;
import dev.ecslint.core.model.Located;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Secrets;
import dev.ecslint.core.model.Span;
import java.util.List;
import java.util.Map;

/**
 * A rule written in {@code customRules:} of {@code .ecslint.yaml} or a rubric (DESIGN.md, "Custom rules"),
 * run by the engine like any other rule. It selects values with its {@code given} path over the subject's
 * document — the AWS-shaped tree of a task definition, service, cluster, repository or lifecycle policy
 * from whatever source, or a Dockerfile's view — and reports each selected value that fails {@code then},
 * at that value in the user's file; {@code present: true} reports each branch of the path that selects
 * nothing, at the nearest value that exists. The rule runs only on documents that meet every {@code when}.
 * Unknown values (placeholders, intrinsics) never fail.
 */
final class CustomRule<T> extends AbstractRule<T> {

    private static final int MAX_VALUE_CHARS = 80;

    private final CustomRuleKind<T> kind;
    private final Requirement then;
    private final List<Requirement> when;
    private final Message message;
    private final Message fix;
    private final Map<String, LocalizedText> texts;

    /**
     * @param message its {@code message} as a literal message, given {@code value} and {@code path} per finding
     * @param fix     its {@code fix} (or the generated one) as a literal message
     * @param texts   its title, rationale and fix in both languages, by part ({@code title})
     */
    CustomRule(RuleMeta meta, CustomRuleKind<T> kind, Requirement then, List<Requirement> when, Message message,
               Message fix, Map<String, LocalizedText> texts) {
        super(meta, kind.subjectType());
        this.kind = kind;
        this.then = then;
        this.when = List.copyOf(when);
        this.message = message;
        this.fix = fix;
        this.texts = Map.copyOf(texts);
    }

    /** Its title, rationale and fix in both languages, by part ({@code title}). */
    Map<String, LocalizedText> texts() {
        return texts;
    }

    @Override
    public void check(T subject, RuleContext ctx) {
        JsonValue root = kind.tree().apply(subject);
        boolean complete = kind.complete().test(subject);
        for (Requirement condition : when) {
            if (!condition.holdsIn(select(condition.path(), root, complete))) {
                return;
            }
        }
        Selection selection = select(then.path(), root, complete);
        if (then.present()) {
            for (Miss miss : selection.misses()) {
                Located at = miss.nearest() == root ? kind.anchor().apply(subject) : anchorOf(miss.nearest());
                ctx.report(at, message.with("value", new Arg.Phrase(Message.of("custom.missing")))
                        .with("path", new Arg.Verbatim(miss.path())), fix);
            }
        }
        for (Hit hit : selection.hits()) {
            if (then.absent()) {
                report(hit, ctx);
                continue;
            }
            for (Condition condition : then.conditions()) {
                Outcome outcome = condition.test(hit.value());
                if (outcome == Outcome.FAIL) {
                    report(hit, ctx);
                    break;
                }
                if (outcome == Outcome.TOO_COMPLEX) {
                    ctx.report(hit.value(), Message.of("custom.tooComplex").code("pattern", condition.operandText())
                            .number("steps", SafeRegex.STEP_BUDGET), fix);
                    break;
                }
            }
        }
    }

    private static Selection select(PathExpression path, JsonValue root, boolean complete) {
        Selection selection = Selection.of(path, root);
        return complete ? selection : selection.topLevelUnknown(root);
    }

    private void report(Hit hit, RuleContext ctx) {
        JsonValue value = hit.value();
        boolean container = value instanceof JsonObject || value instanceof JsonArray;
        // an object or list is pointed at by its key; a scalar by itself, so the caret is under the value
        Span span = container && hit.parent() != null ? hit.parent().keySpan(hit.key()) : value.span();
        String pointer = value.pointer();
        String path = pointer != null && !pointer.isEmpty() ? PathText.ofPointer(pointer) : hit.path();
        ctx.report(span, pointer, message.with("value", shown(hit, ctx)).with("path", new Arg.Verbatim(path)), fix,
                null);
    }

    /** The value for {@code {value}}: as written, shortened, and masked when it is a secret. */
    private static Arg shown(Hit hit, RuleContext ctx) {
        String text = hit.value().text();
        String name = hit.key();
        if ("value".equals(name) && hit.parent() != null && hit.parent().get("name").orElse(null) instanceof JsonString n) {
            name = n.value(); // an environment-style {name, value} pair: the name says whether it is a secret
        }
        boolean secret = hit.value() instanceof JsonString && (name != null
                && Secrets.hardCodedSecret(name, text, ctx.settings()).isPresent()
                || Secrets.credentialFormat(name, text).isPresent());
        if (secret) {
            return new Arg.Secret(Secrets.mask(text));
        }
        return new Arg.Verbatim(text.length() <= MAX_VALUE_CHARS ? text : text.substring(0, MAX_VALUE_CHARS - 1) + "…");
    }

    /** An object is reported at its {@code name} (a container, a volume, an environment entry), if it has one. */
    private static Located anchorOf(JsonValue nearest) {
        if (nearest instanceof JsonObject o && o.get("name").orElse(null) instanceof JsonString name) {
            return name;
        }
        return nearest;
    }
}
