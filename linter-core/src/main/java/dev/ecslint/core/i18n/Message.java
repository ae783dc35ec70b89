package dev.ecslint.core.i18n;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A text to show a person, before it is written in a language: a key that names a template in the
 * bundles ({@code CT010.privileged}), and named, typed arguments. A {@link Localizer} writes it in the
 * run's language. Messages are values: equal keys and arguments are equal messages.
 *
 * <p>A literal message brings its own templates instead of a key: custom rules' {@code message: {en: …,
 * ko: …}} or a plain string written the same in every language.
 *
 * <p>Templates name arguments in braces: {@code {image}}. A Korean particle written as a pair right after
 * a placeholder is chosen by the argument's final sound: {@code {image}을/를}, {@code {name}이/가},
 * {@code {container}은/는}, {@code {path}으로/로}, {@code {a}와/과} (see {@link KoreanParticles}). A
 * number's plural is {@code {count|image|images}}: the first form when the count is one.
 *
 * @param key       the template's key; for a literal message, a name for tests and debugging (may be empty)
 * @param args      the arguments by name, in the order they were given
 * @param templates a literal message's template per language; empty for a message from the bundles
 */
public record Message(String key, Map<String, Arg> args, Map<Language, String> templates) {

    /** A stable order that does not depend on the language: key, then arguments. */
    public static final Comparator<Message> ORDER = Comparator.comparing(Message::key)
            .thenComparing(Message::toString);

    public Message {
        Objects.requireNonNull(key, "key");
        args = Collections.unmodifiableMap(new LinkedHashMap<>(args));
        templates = templates.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(templates));
    }

    /** The message whose template is {@code key} in the bundles. */
    public static Message of(String key) {
        return new Message(key, Map.of(), Map.of());
    }

    /** A text written the same in every language (a placeholder in it is filled like a template's). */
    public static Message literal(String template) {
        Map<Language, String> templates = new EnumMap<>(Language.class);
        templates.put(Language.EN, template);
        return new Message("", Map.of(), templates);
    }

    /**
     * A message with its own templates (custom rules): each language's, falling back to English, then to
     * any. {@code key} names it in tests (e.g. {@code LAB001.message}).
     */
    public static Message literal(String key, Map<Language, String> templates) {
        if (templates.isEmpty()) {
            throw new IllegalArgumentException("a literal message needs a template in at least one language");
        }
        return new Message(key, Map.of(), templates);
    }

    public boolean isLiteral() {
        return !templates.isEmpty();
    }

    /** Code, a field path, an identifier or a command: written in backticks, never translated. */
    public Message code(String name, String value) {
        return with(name, new Arg.Code(value));
    }

    /** Several pieces of code, listed with commas. */
    public Message codes(String name, List<String> values) {
        return with(name, new Arg.CodeList(values));
    }

    public Message number(String name, long value) {
        return with(name, new Arg.Num(BigDecimal.valueOf(value)));
    }

    public Message number(String name, BigDecimal value) {
        return with(name, new Arg.Num(value));
    }

    /** Text that has no translation (a library's error, a proper name such as Docker Hub), as it is. */
    public Message verbatim(String name, String value) {
        return with(name, new Arg.Verbatim(value));
    }

    /** A secret, already masked (see {@code Secrets.mask}). */
    public Message secret(String name, String masked) {
        return with(name, new Arg.Secret(masked));
    }

    /** Several translatable phrases, listed with commas. */
    public Message phrases(String name, List<Message> values) {
        return with(name, new Arg.Phrases(values));
    }

    /** A translatable phrase. */
    public Message phrase(String name, Message value) {
        return with(name, new Arg.Phrase(value));
    }

    public Message with(String name, Arg value) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        Map<String, Arg> more = new LinkedHashMap<>(args);
        more.put(name, value);
        return new Message(key, more, templates);
    }

    /** True when this message or a phrase in it shows a masked secret. */
    public boolean showsSecret() {
        for (Arg arg : args.values()) {
            if (arg instanceof Arg.Secret
                    || arg instanceof Arg.Phrase phrase && phrase.message().showsSecret()
                    || arg instanceof Arg.Phrases phrases && phrases.messages().stream().anyMatch(Message::showsSecret)) {
                return true;
            }
        }
        // a literal text written before messages had arguments shows a masked secret as `xx***`
        return templates.values().stream().anyMatch(t -> t.contains("***"));
    }

    /** The keys of this message and of the phrases in it (literal messages have none). */
    public Set<String> keys() {
        Set<String> keys = new TreeSet<>();
        collectKeys(keys);
        return keys;
    }

    private void collectKeys(Set<String> keys) {
        if (!isLiteral()) {
            keys.add(key);
        }
        for (Arg arg : args.values()) {
            if (arg instanceof Arg.Phrase phrase) {
                phrase.message().collectKeys(keys);
            } else if (arg instanceof Arg.Phrases phrases) {
                phrases.messages().forEach(m -> m.collectKeys(keys));
            }
        }
    }

    /** For debugging and stable ordering only: reports render messages with a {@link Localizer}. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(isLiteral() ? String.valueOf(templates.values().iterator().next()) : key);
        if (!args.isEmpty()) {
            out.append(args);
        }
        return out.toString();
    }
}
