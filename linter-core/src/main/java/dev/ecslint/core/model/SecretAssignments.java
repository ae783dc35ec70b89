package dev.ecslint.core.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds, on one source line and without parsing it, the values given to secret-like names:
 * {@code DB_PASSWORD=x}, {@code DB_PASSWORD: x}, {@code "DB_PASSWORD": "x"} and the ECS pair
 * {@code "name": "DB_PASSWORD", "value": "x"}. Snippets mask them even when no finding marked them:
 * the line of a parse error in a broken file, or a line whose secret rule is turned off. One pass,
 * every character read once.
 */
final class SecretAssignments {

    private final String line;
    private final LintSettings settings;
    private final List<int[]> values = new ArrayList<>();
    private int i;
    /** The next value belongs to a secret-like name. */
    private boolean armed;
    /** The last key was {@code name}: its value may name a secret whose {@code value} follows. */
    private boolean nameKey;
    /** A {@code name} pair named a secret; its {@code value} key arms. */
    private boolean secretNamed;

    private SecretAssignments(String line, LintSettings settings) {
        this.line = line;
        this.settings = settings;
    }

    /** The {@code [start, end)} spans of the values (inside their quotes) on {@code line}. */
    static List<int[]> values(String line, LintSettings settings) {
        SecretAssignments scan = new SecretAssignments(line, settings);
        scan.run();
        return scan.values;
    }

    private void run() {
        int n = line.length();
        while (i < n) {
            char c = line.charAt(i);
            if (c == '"' || c == '\'') {
                token(i + 1, closingQuote(i), true);
            } else if (isSeparator(c) || Character.isWhitespace(c)) {
                i++;
            } else if (armed) {
                int end = i;
                while (end < n && ",}]".indexOf(line.charAt(end)) < 0
                        && !(line.charAt(end) == '#' && end > 0 && line.charAt(end - 1) == ' ')) {
                    end++;
                }
                token(i, end, false);
            } else {
                int end = i;
                while (end < n && !isSeparator(line.charAt(end)) && !Character.isWhitespace(line.charAt(end))
                        && line.charAt(end) != '"' && line.charAt(end) != '\'') {
                    end++;
                }
                token(i, end, false);
            }
        }
    }

    /** Index of the quote closing the one at {@code open}, or the line's end; backslash escapes in {@code "}. */
    private int closingQuote(int open) {
        char quote = line.charAt(open);
        int j = open + 1;
        while (j < line.length() && line.charAt(j) != quote) {
            j += quote == '"' && line.charAt(j) == '\\' ? 2 : 1;
        }
        return Math.min(j, line.length());
    }

    /** One token {@code [start, end)}; {@code i} moves past it (and its closing quote). */
    private void token(int start, int end, boolean quoted) {
        i = quoted ? Math.min(end + 1, line.length()) : Math.max(end, start + 1);
        int next = i;
        while (next < line.length() && (line.charAt(next) == ' ' || line.charAt(next) == '\t')) {
            next++;
        }
        boolean key = next < line.length() && (line.charAt(next) == ':' || line.charAt(next) == '=');
        if (key) {
            String name = line.substring(start, end);
            armed = Secrets.isSecretLikeName(name, settings) || secretNamed && name.equalsIgnoreCase("value");
            nameKey = name.equalsIgnoreCase("name");
            if (!nameKey && !name.equalsIgnoreCase("value")) {
                secretNamed = false;
            }
            return;
        }
        if (armed && end > start) {
            values.add(new int[] {start, end});
            secretNamed = false;
        } else if (nameKey) {
            secretNamed = Secrets.isSecretLikeName(line.substring(start, end), settings);
        }
        armed = false;
        nameKey = false;
    }

    private static boolean isSeparator(char c) {
        return c == ':' || c == '=' || c == ',' || c == '{' || c == '}' || c == '[' || c == ']';
    }
}
