package dev.ecslint.core.model;

import java.util.regex.Pattern;

/**
 * Template placeholders that deployment tools fill in ({@code ${VAR}}, {@code $VAR}, {@code <ACCOUNT_ID>},
 * {@code {{ .Env.IMAGE }}}, {@code %(name)s}). A value that holds one is unknown, never a violation.
 */
public final class Placeholders {

    /**
     * Placeholder bodies are bounded: with {@code find}, an unbounded {@code \\$\\{[^}]*}} rescans the rest
     * of the value from every {@code ${} of a long run of them (quadratic); no real placeholder is longer.
     */
    private static final Pattern TEMPLATED = Pattern.compile("\\$\\{[^}]{0,64}}|\\$[A-Za-z_][A-Za-z0-9_]*|"
            + "\\{\\{.{0,64}?}}|<[A-Za-z0-9_. :/-]+>|%\\([^)]{0,64}\\)s|#\\{[^}]{0,64}}");
    private static final Pattern WHOLE_REFERENCE = Pattern.compile(
            "\\$\\{[^}]+}|\\$[A-Za-z_][A-Za-z0-9_]*|\\{\\{.*}}|<[^<>]+>|%\\([^)]*\\)s|#\\{[^}]*}");

    private Placeholders() {
    }

    /** True when the value contains a placeholder anywhere. */
    public static boolean isTemplated(String value) {
        return value != null && mayHoldPlaceholder(value) && TEMPLATED.matcher(value).find();
    }

    /**
     * Every placeholder above starts with one of {@code $ { < % #}; most values hold none, and this scan
     * rules them out far faster than the pattern's search (it is asked of every string a document holds).
     */
    private static boolean mayHoldPlaceholder(String value) {
        for (int i = 0; i < value.length(); i++) {
            switch (value.charAt(i)) {
                case '$', '{', '<', '%', '#':
                    return true;
                default:
                    break;
            }
        }
        return false;
    }

    /** True when the whole value is one reference or placeholder ({@code ${DB_PASSWORD}}, {@code <PASSWORD>}). */
    public static boolean isWholeReference(String value) {
        return value != null && WHOLE_REFERENCE.matcher(value.trim()).matches();
    }

    /** The expression a whole {@code ${…}} placeholder holds ({@code aws_subnet.a.id}), else the value itself. */
    public static String expression(String value) {
        return value != null && value.startsWith("${") && value.endsWith("}") && isWholeReference(value)
                ? value.substring(2, value.length() - 1) : value;
    }
}
