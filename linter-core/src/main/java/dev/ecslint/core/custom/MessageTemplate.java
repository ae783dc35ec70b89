package dev.ecslint.core.custom;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A custom rule's {@code message}: its text in one or both languages, with {@code {value}} (the selected
 * value, secrets masked) and {@code {path}} (where it is) filled in per finding.
 */
final class MessageTemplate {

    static final List<String> PLACEHOLDERS = List.of("value", "path");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_]*)}");

    private final LocalizedText text;

    MessageTemplate(LocalizedText text) {
        this.text = text;
    }

    /** The first {@code {word}} that is not a placeholder, if any: a typo such as {@code {valeu}}. */
    static Optional<String> unknownPlaceholder(String template) {
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            if (!PLACEHOLDERS.contains(m.group(1))) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }

    String render(String value, String path) {
        return render("en", value, path);
    }

    String render(String language, String value, String path) {
        String template = text.in(language);
        StringBuilder out = new StringBuilder();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            String filled = m.group(1).equals("value") ? value : m.group(1).equals("path") ? path : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(filled));
        }
        m.appendTail(out);
        return out.toString();
    }
}
