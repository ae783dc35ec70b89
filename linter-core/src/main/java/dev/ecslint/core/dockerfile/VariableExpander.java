package dev.ecslint.core.dockerfile;

import java.util.Map;
import java.util.Optional;

/**
 * Substitutes {@code $VAR}, {@code ${VAR}}, {@code ${VAR:-default}}, {@code ${VAR-default}},
 * {@code ${VAR:+alt}}, {@code ${VAR+alt}} and {@code ${VAR:?message}} as the Dockerfile frontend does.
 * A variable with no known value (not declared, or an {@code ARG} without default: its value comes from
 * {@code --build-arg}) makes the result unknown, except where a {@code :-} default replaces it.
 */
final class VariableExpander {

    private VariableExpander() {
    }

    /**
     * @param values known values; a key mapped to {@code null} is declared without a value
     * @return the expanded text, or empty when it depends on an unknown value
     */
    static Optional<String> expand(String text, char escape, Map<String, String> values) {
        if (text.indexOf('$') < 0) {
            return Optional.of(text);
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == escape && i + 1 < text.length() && text.charAt(i + 1) == '$') {
                out.append('$');
                i += 2;
            } else if (c == '$' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
                int close = text.indexOf('}', i + 2);
                if (close < 0) {
                    return Optional.empty();
                }
                String expanded = braced(text.substring(i + 2, close), escape, values);
                if (expanded == null) {
                    return Optional.empty();
                }
                out.append(expanded);
                i = close + 1;
            } else if (c == '$' && i + 1 < text.length() && isNameChar(text.charAt(i + 1))) {
                int end = i + 1;
                while (end < text.length() && isNameChar(text.charAt(end))) {
                    end++;
                }
                String value = values.get(text.substring(i + 1, end));
                if (value == null) {
                    return Optional.empty();
                }
                out.append(value);
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return Optional.of(out.toString());
    }

    /** The value of {@code ${…}}, or {@code null} when unknown. */
    private static String braced(String inner, char escape, Map<String, String> values) {
        int nameEnd = 0;
        while (nameEnd < inner.length() && isNameChar(inner.charAt(nameEnd))) {
            nameEnd++;
        }
        String name = inner.substring(0, nameEnd);
        String value = values.get(name);
        String rest = inner.substring(nameEnd);
        if (rest.isEmpty()) {
            return value;
        }
        boolean colon = rest.startsWith(":");
        String op = colon ? rest.substring(1) : rest;
        if (op.isEmpty()) {
            return null;
        }
        String word = op.substring(1);
        boolean set = colon ? value != null && !value.isEmpty() : value != null;
        switch (op.charAt(0)) {
            case '-':
                return set ? value : expand(word, escape, values).orElse(null);
            case '+':
                if (value == null) {
                    return null;
                }
                return set ? expand(word, escape, values).orElse(null) : "";
            case '?':
                return set ? value : null;
            default:
                return null;
        }
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
