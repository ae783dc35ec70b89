package dev.ecslint.core.compose;

import java.util.Optional;

/**
 * Compose's variable interpolation, as far as a file alone can know it: {@code $$} is a literal
 * {@code $}, {@code ${VAR:-default}} and {@code ${VAR-default}} take their default (the variable is set
 * where the project runs, if at all, and {@code .env} files are never read), and any other reference
 * ({@code ${VAR}}, {@code $VAR}, {@code ${VAR:?error}}, {@code ${VAR:+alternative}}) makes the value
 * unknown.
 */
final class Interpolation {

    private Interpolation() {
    }

    /** The value the text interpolates to, or empty when it depends on the environment. */
    static Optional<String> resolve(String text) {
        if (text.indexOf('$') < 0) {
            return Optional.of(text);
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '$') {
                out.append(c);
                i++;
            } else if (i + 1 < text.length() && text.charAt(i + 1) == '$') {
                out.append('$');
                i += 2;
            } else if (i + 1 < text.length() && text.charAt(i + 1) == '{') {
                int close = matchingBrace(text, i + 1);
                if (close < 0) {
                    return Optional.empty();
                }
                Optional<String> value = braced(text.substring(i + 2, close));
                if (value.isEmpty()) {
                    return value;
                }
                out.append(value.get());
                i = close + 1;
            } else if (i + 1 < text.length() && (Character.isLetter(text.charAt(i + 1)) || text.charAt(i + 1) == '_')) {
                return Optional.empty(); // $VAR
            } else {
                out.append(c);
                i++;
            }
        }
        return Optional.of(out.toString());
    }

    /** {@code NAME:-default} or {@code NAME-default}: the default, itself interpolated; anything else: unknown. */
    private static Optional<String> braced(String inside) {
        int n = 0;
        while (n < inside.length() && (Character.isLetterOrDigit(inside.charAt(n)) || inside.charAt(n) == '_')) {
            n++;
        }
        if (n == 0) {
            return Optional.empty();
        }
        String rest = inside.substring(n);
        if (rest.startsWith(":-")) {
            return resolve(rest.substring(2));
        }
        if (rest.startsWith("-")) {
            return resolve(rest.substring(1));
        }
        return Optional.empty();
    }

    private static int matchingBrace(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
