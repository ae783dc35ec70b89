package dev.ecslint.core.custom;

import dev.ecslint.core.i18n.Localizer;
import dev.ecslint.core.i18n.Message;
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
        private final transient Message problem;

        SyntaxError(int offset, Message problem) {
            super(problem.key(), null, false, false);
            this.offset = offset;
            this.problem = problem;
        }

        public int offset() {
            return offset;
        }

        /** What is wrong, in either language. */
        public Message problem() {
            return problem;
        }

        @Override
        public String getMessage() {
            return Localizer.english().render(problem);
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
                throw new SyntaxError(0, Message.of("custom.path.empty"));
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
                    throw new SyntaxError(at, Message.of("custom.path.unexpected").code("character", String.valueOf(c))
                            .verbatim("quoted", "[\"" + text.substring(at) + "\"]"));
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
                Message keyExpected = Message.of("custom.path.keyExpected");
                throw new SyntaxError(at, at < text.length()
                        ? keyExpected.code("found", String.valueOf(text.charAt(at)))
                        : keyExpected.phrase("found", Message.of("custom.path.theEnd")));
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
                throw new SyntaxError(at, Message.of("custom.path.bracket"));
            }
            if (peek() != ']') {
                throw new SyntaxError(at, Message.of("custom.path.closeBracket"));
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
            throw new SyntaxError(open, Message.of("custom.path.closeQuote").verbatim("quote", String.valueOf(quote)));
        }
    }
}
