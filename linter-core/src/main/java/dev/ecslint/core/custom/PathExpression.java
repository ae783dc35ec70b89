package dev.ecslint.core.custom;

import java.util.ArrayList;
import java.util.List;

/**
 * A custom rule's {@code given} (or {@code when.path}): keys separated by dots, {@code [n]} for one array
 * element, {@code *} or {@code [*]} for every element or every key, and {@code ["key"]} for a key with
 * dots or other punctuation ({@code final.labels["org.opencontainers.image.source"]}). A bare key may hold
 * letters, digits, {@code _}, {@code -} and {@code $} ({@code logConfiguration.options.awslogs-group}).
 *
 * @param text  the path as written
 * @param steps the parsed steps; never empty
 */
public record PathExpression(String text, List<Step> steps) {

    public PathExpression {
        steps = List.copyOf(steps);
    }

    /** One step of a path. */
    public sealed interface Step permits Key, Index, Wildcard {
        /** Where the step starts in the path text (0-based), for errors that point into it. */
        int offset();

        /** The step as it is written after the previous one ({@code .image}, {@code [0]}, {@code [*]}). */
        String written(boolean first);
    }

    /** A member of an object. */
    public record Key(String name, int offset) implements Step {
        @Override
        public String written(boolean first) {
            if (isBare(name)) {
                return first ? name : "." + name;
            }
            return "[\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
        }
    }

    /** One element of an array. */
    public record Index(int index, int offset) implements Step {
        @Override
        public String written(boolean first) {
            return "[" + index + "]";
        }
    }

    /** Every element of an array, or every member of an object. */
    public record Wildcard(int offset) implements Step {
        @Override
        public String written(boolean first) {
            return first ? "*" : "[*]";
        }
    }

    /** A path that cannot be parsed: what is wrong and where in the text (0-based). */
    public static final class SyntaxError extends Exception {
        private static final long serialVersionUID = 1L;
        private final int offset;

        SyntaxError(int offset, String message) {
            super(message, null, false, false);
            this.offset = offset;
        }

        public int offset() {
            return offset;
        }
    }

    public static PathExpression parse(String text) throws SyntaxError {
        return new Parser(text).path();
    }

    /** The steps {@code from} onwards as written after a concrete prefix. */
    public String remainder(int from) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i < steps.size(); i++) {
            out.append(steps.get(i).written(false));
        }
        return out.toString();
    }

    /** The first {@code count} steps as written. */
    public String prefix(int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            out.append(steps.get(i).written(i == 0));
        }
        return out.toString();
    }

    static boolean isBare(String key) {
        if (key.isEmpty()) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            if (!isBareChar(key.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBareChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '$');
    }

    /** A recursive-descent reader of one path. */
    private static final class Parser {
        private final String text;
        private int at;

        Parser(String text) {
            this.text = text;
        }

        PathExpression path() throws SyntaxError {
            if (text.isBlank()) {
                throw new SyntaxError(0, "the path is empty; name a key such as `containerDefinitions[*].image`");
            }
            List<Step> steps = new ArrayList<>();
            if (peek() == '[') {
                steps.add(bracket());
            } else {
                steps.add(dotted());
            }
            while (at < text.length()) {
                char c = text.charAt(at);
                if (c == '.') {
                    at++;
                    steps.add(dotted());
                } else if (c == '[') {
                    steps.add(bracket());
                } else {
                    throw new SyntaxError(at, "unexpected `" + c + "`; separate keys with `.`, and quote a key with "
                            + "punctuation in brackets: [\"" + text.substring(at) + "\"]");
                }
            }
            return new PathExpression(text, steps);
        }

        private char peek() {
            return at < text.length() ? text.charAt(at) : 0;
        }

        /** A bare key or {@code *} (after a dot, or first). */
        private Step dotted() throws SyntaxError {
            int start = at;
            if (peek() == '*') {
                at++;
                return new Wildcard(start);
            }
            while (at < text.length() && isBareChar(text.charAt(at))) {
                at++;
            }
            if (at == start) {
                String found = at < text.length() ? "`" + text.charAt(at) + "`" : "the end of the path";
                throw new SyntaxError(at, "a key was expected, found " + found
                        + "; quote a key with punctuation in brackets: [\"a.b\"]");
            }
            return new Key(text.substring(start, at), start);
        }

        /** {@code [*]}, {@code [0]}, {@code ["key"]} or {@code ['key']}. */
        private Step bracket() throws SyntaxError {
            int start = at;
            at++; // [
            Step step;
            char c = peek();
            if (c == '*') {
                at++;
                step = new Wildcard(start);
            } else if (c >= '0' && c <= '9') {
                int digits = at;
                while (at < text.length() && Character.isDigit(text.charAt(at)) && at - digits < 9) {
                    at++;
                }
                step = new Index(Integer.parseInt(text.substring(digits, at)), start);
            } else if (c == '"' || c == '\'') {
                step = new Key(quoted(c), start);
            } else {
                throw new SyntaxError(at, "inside brackets write *, an index such as 0, or a quoted key such as "
                        + "[\"org.opencontainers.image.source\"]");
            }
            if (peek() != ']') {
                throw new SyntaxError(at, "`]` expected");
            }
            at++;
            return step;
        }

        private String quoted(char quote) throws SyntaxError {
            int open = at;
            at++;
            StringBuilder key = new StringBuilder();
            while (at < text.length()) {
                char c = text.charAt(at++);
                if (c == quote) {
                    return key.toString();
                }
                if (c == '\\' && at < text.length()) {
                    c = text.charAt(at++);
                }
                key.append(c);
            }
            throw new SyntaxError(open, "the quoted key is not closed: " + quote + " expected");
        }
    }
}
