package dev.ecslint.core.i18n;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The template language of messages: {@code {name}} is an argument; {@code {count|one|other}} picks a
 * word by a number's plural; a Korean particle pair right after a placeholder ({@code {image}을/를}) is
 * reduced to the form that fits the value. Braces around anything else ({@code {"name": …}}) and
 * placeholders without an argument are left as they are, so a literal text needs no escaping.
 */
public final class Template {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)(?:\\|([^{}|]*)\\|([^{}|]*))?}");

    /** A one-form particle that ends a word: followed by a space, punctuation or the end. */
    private static final Pattern BARE_PARTICLE = Pattern.compile("(으로|을|를|은|는|이|가|과|와|로)(?=[\\s.,:;)]|$)");

    private Template() {
    }

    /** The argument names a template uses, plural selectors included. */
    public static Set<String> placeholders(String template) {
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /**
     * The arguments a template writes out, without those it only uses to choose a plural ({@code {count|it|them}}):
     * what every language must show of a message (Korean has no plurals to choose).
     */
    public static Set<String> valuePlaceholders(String template) {
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            if (m.group(2) == null) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    /**
     * Placeholders followed directly by a Korean particle that is not written as a pair
     * ({@code {image}을} instead of {@code {image}을/를}): a template that would be wrong for half the values.
     */
    public static Set<String> bareParticles(String template) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            int next = m.end();
            if (m.group(2) != null || next >= template.length() || KoreanParticles.pairAt(template, next).isPresent()) {
                continue;
            }
            Matcher particle = BARE_PARTICLE.matcher(template).region(next, template.length());
            if (particle.lookingAt()) {
                found.add(m.group(0) + particle.group(1));
            }
        }
        return found;
    }

    /**
     * One placeholder of a template as {@code PLACEHOLDER} finds it, with the particle pair that follows it.
     *
     * @param one   the plural selector's first form, {@code null} for a value placeholder
     * @param pair  the Korean particle pair right after the placeholder, or {@code null}
     */
    private record Slot(int start, int end, String name, String one, String other, Map.Entry<String, KoreanParticles.Pair> pair) {
    }

    /**
     * Templates already scanned: a run renders the same few hundred templates for every finding, and the
     * regex scan per finding was most of {@code render}. Bounded, as literal templates may come from files.
     */
    private static final Map<String, Slot[]> SCANNED = new ConcurrentHashMap<>();
    private static final int MAX_SCANNED = 4096;

    private static Slot[] slots(String template) {
        Slot[] known = SCANNED.get(template);
        if (known != null) {
            return known;
        }
        List<Slot> found = new ArrayList<>(4);
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            found.add(new Slot(m.start(), m.end(), m.group(1), m.group(2), m.group(3),
                    m.group(2) != null ? null : KoreanParticles.pairAt(template, m.end()).orElse(null)));
        }
        Slot[] slots = found.toArray(new Slot[0]);
        if (SCANNED.size() < MAX_SCANNED) {
            SCANNED.put(template, slots);
        }
        return slots;
    }

    /** The template with its placeholders filled; {@code phrases} writes a nested message. */
    static String render(String template, Map<String, Arg> args, Function<Message, String> phrases) {
        if (args.isEmpty() || template.indexOf('{') < 0) {
            return template;
        }
        StringBuilder out = new StringBuilder(template.length() + 32);
        int last = 0;
        for (Slot slot : slots(template)) {
            Arg arg = args.get(slot.name());
            if (arg == null) {
                continue;
            }
            out.append(template, last, slot.start());
            last = slot.end();
            if (slot.one() != null) {
                out.append(arg instanceof Arg.Num n && n.isOne() ? slot.one() : slot.other());
                continue;
            }
            String value = write(arg, phrases);
            out.append(value);
            if (slot.pair() != null) {
                out.append(slot.pair().getValue().choose(KoreanParticles.ending(value)));
                last += slot.pair().getKey().length();
            }
        }
        return out.append(template, last, template.length()).toString();
    }

    static String write(Arg arg, Function<Message, String> phrases) {
        if (arg instanceof Arg.Code code) {
            return code(code.value());
        }
        if (arg instanceof Arg.CodeList list) {
            StringBuilder out = new StringBuilder();
            for (String value : list.values()) {
                out.append(out.length() == 0 ? "" : ", ").append(code(value));
            }
            return out.toString();
        }
        if (arg instanceof Arg.Num num) {
            BigDecimal value = num.value();
            return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
        }
        if (arg instanceof Arg.Verbatim verbatim) {
            return verbatim.value();
        }
        if (arg instanceof Arg.Secret secret) {
            return secret.masked();
        }
        if (arg instanceof Arg.Phrases list) {
            StringBuilder out = new StringBuilder();
            for (Message item : list.messages()) {
                out.append(out.length() == 0 ? "" : ", ").append(phrases.apply(item));
            }
            return out.toString();
        }
        return phrases.apply(((Arg.Phrase) arg).message());
    }

    /** Code in backticks; a value that holds backticks is fenced with more of them, as Markdown does. */
    static String code(String value) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < value.length(); i++) {
            run = value.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        if (longest == 0) {
            return "`" + value + "`";
        }
        String fence = "`".repeat(longest + 1);
        return fence + " " + value + " " + fence;
    }
}
