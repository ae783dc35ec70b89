package dev.ecslint.core.dockerfile;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Splits POSIX shell text into simple commands: quoting, escapes, operators, redirections, subshells
 * and brace groups. Lenient by design: it never fails, whatever the text.
 */
final class ShellParser {

    private static final Set<String> RESERVED_PREFIXES = Set.of("if", "then", "else", "elif", "do", "while",
            "until", "!", "fi", "done", "esac");

    /** Wrapper command name → its options that take a value. */
    private static final Map<String, Set<String>> WRAPPER_VALUE_OPTIONS = Map.ofEntries(
            Map.entry("sudo", Set.of("-u", "-g", "-C", "-D", "-h", "-p", "-r", "-t", "-U", "-T")),
            Map.entry("doas", Set.of("-u", "-C")),
            Map.entry("env", Set.of("-u", "-C", "-S")),
            Map.entry("nice", Set.of("-n")),
            Map.entry("nohup", Set.of()),
            Map.entry("time", Set.of("-f", "-o")),
            Map.entry("exec", Set.of("-a")),
            Map.entry("command", Set.of()),
            Map.entry("xargs", Set.of("-I", "-n", "-P", "-L", "-d", "-E", "-s", "-a")),
            Map.entry("timeout", Set.of("-s", "-k")),
            Map.entry("gosu", Set.of()),
            Map.entry("su-exec", Set.of()));
    /** Wrappers that take positional arguments before the wrapped command (a user, a duration). */
    private static final Map<String, Integer> WRAPPER_LEADING_POSITIONALS = Map.of("timeout", 1, "gosu", 1,
            "su-exec", 1);

    /** Blanks and operator characters, which end a word (tables: these tests run for every character). */
    private static final boolean[] WORD_END = asciiSet(" \t\n\r;&|()<>");
    /** What ends a word, and the quotes, escape and expansions that start a non-literal part of one. */
    private static final boolean[] SPECIAL_IN_WORD = asciiSet(" \t\n\r;&|()<>\\'\"$`");

    private final List<CommandBuilder> commands = new ArrayList<>();
    private final Deque<Character> groups = new ArrayDeque<>();
    private MappedText in;
    private int pos;
    private CommandBuilder current;
    private CommandBuilder awaitingOperator;
    private boolean pipefail;
    /** The last word {@link #readWord} read had no quote, escape or expansion: its value is its raw text. */
    private boolean wordWasPlain;

    /** Parses the texts one after the other as one script (a command line, then heredoc scripts). */
    static ShellScript parse(List<MappedText> texts) {
        ShellParser parser = new ShellParser();
        for (MappedText text : texts) {
            parser.run(text);
        }
        List<ShellCommand> result = new ArrayList<>(parser.commands.size());
        for (int i = 0; i < parser.commands.size(); i++) {
            result.add(parser.commands.get(i).build(i));
        }
        return new ShellScript(result);
    }

    static boolean isSetPipefail(ShellCommand c) {
        return c.name().equals("set") && setsPipefailOption(c.arguments());
    }

    /** True when the arguments of {@code set} hold {@code -o pipefail} (also {@code -euo pipefail}). */
    private static boolean setsPipefailOption(List<Token> args) {
        for (int i = 0; i + 1 < args.size(); i++) {
            String v = args.get(i).value();
            if (v.length() > 1 && v.charAt(0) == '-' && v.charAt(1) != '-' && v.indexOf('o') > 0
                    && args.get(i + 1).value().equals("pipefail")) {
                return true;
            }
        }
        return false;
    }

    private void run(MappedText text) {
        in = text;
        pos = 0;
        current = newCommand();
        groups.clear();
        while (pos < in.length()) {
            step();
        }
        endCommand(ShellOperator.END);
        awaitingOperator = null;
    }

    private void step() {
        char c = in.charAt(pos);
        char next = pos + 1 < in.length() ? in.charAt(pos + 1) : '\0';
        if (c == ' ' || c == '\t' || c == '\r') {
            pos++;
        } else if (c == '\\' && (next == '\n' || next == '\r')) {
            pos += 2;
        } else if (c == '\n') {
            pos++;
            endCommand(ShellOperator.NEWLINE);
        } else if (c == '#') {
            skipComment();
        } else if (c == ';') {
            pos += next == ';' ? 2 : 1;
            endCommand(ShellOperator.SEMICOLON);
        } else if (c == '&' && next == '&') {
            pos += 2;
            endCommand(ShellOperator.AND);
        } else if (c == '&' && next == '>') {
            readRedirection(pos);
        } else if (c == '&') {
            pos++;
            endCommand(ShellOperator.BACKGROUND);
        } else if (c == '|') {
            pos += next == '|' || next == '&' ? 2 : 1;
            endCommand(next == '|' ? ShellOperator.OR : ShellOperator.PIPE);
        } else if (c == '(') {
            pos++;
            if (current.isEmpty()) {
                groups.push('(');
            }
        } else if (c == ')') {
            pos++;
            closeGroup('(');
        } else if (c == '<' || c == '>') {
            readRedirection(pos);
        } else {
            readWordOrKeyword();
        }
    }

    private void readWordOrKeyword() {
        int start = pos;
        String value = readWord();
        String raw = wordWasPlain ? value : in.substring(start, pos);
        if (current.isEmpty() && raw.equals("{")) {
            groups.push('{');
        } else if (current.isEmpty() && raw.equals("}")) {
            closeGroup('{');
        } else if (current.isEmpty() && RESERVED_PREFIXES.contains(raw)) {
            return;
        } else if (pos < in.length() && (in.charAt(pos) == '<' || in.charAt(pos) == '>') && isDigits(raw)) {
            readRedirection(start);
        } else {
            current.add(in.token(start, pos, value, raw));
        }
    }

    private void closeGroup(char kind) {
        endCommand(null);
        if (!groups.isEmpty() && groups.peek() == kind) {
            groups.pop();
        }
        if (!commands.isEmpty()) {
            awaitingOperator = commands.get(commands.size() - 1);
        }
    }

    private void skipComment() {
        while (pos < in.length() && in.charAt(pos) != '\n') {
            pos++;
        }
    }

    /** A redirection operator ({@code 2>&1}, {@code >>}, {@code <<-EOF}) and its target word. */
    private void readRedirection(int start) {
        StringBuilder value = new StringBuilder(in.substring(start, pos));
        int opStart = pos;
        while (pos < in.length() && "<>&|-".indexOf(in.charAt(pos)) >= 0 && pos - opStart < 3) {
            char c = in.charAt(pos);
            if (c == '-' && (pos == opStart || in.charAt(pos - 1) != '<')) {
                break;
            }
            if ((c == '&' || c == '|') && pos > opStart && in.charAt(pos - 1) == '&') {
                break;
            }
            value.append(c);
            pos++;
        }
        while (pos < in.length() && (in.charAt(pos) == ' ' || in.charAt(pos) == '\t')) {
            pos++;
        }
        if (pos < in.length() && ";&|()<>\n".indexOf(in.charAt(pos)) < 0) {
            value.append(readWord());
        }
        current.addRedirection(in.token(start, pos, value.toString()));
    }

    /** Reads one word from {@code pos}; returns its value with quotes and escapes removed. */
    private String readWord() {
        int start = pos;
        while (pos < in.length() && isPlainWordChar(in.charAt(pos))) {
            pos++;
        }
        wordWasPlain = pos == in.length() || isWordEnd(in.charAt(pos));
        if (wordWasPlain) {
            return in.substring(start, pos); // most words: no quote, escape or expansion
        }
        StringBuilder value = new StringBuilder(pos - start + 16);
        in.appendTo(value, start, pos);
        while (pos < in.length()) {
            char c = in.charAt(pos);
            if (isWordEnd(c)) {
                break;
            }
            if (c == '\\') {
                readEscape(value);
            } else if (c == '\'') {
                int close = in.indexOf('\'', pos + 1);
                int end = close < 0 ? in.length() : close;
                in.appendTo(value, pos + 1, end);
                pos = Math.min(in.length(), end + 1);
            } else if (c == '"') {
                readDoubleQuoted(value);
            } else if (c == '$' || c == '`') {
                readExpansion(value);
            } else {
                int run = pos++;
                while (pos < in.length() && isPlainWordChar(in.charAt(pos))) {
                    pos++;
                }
                in.appendTo(value, run, pos);
            }
        }
        return value.toString();
    }

    /** A blank or an operator character: the end of a word. */
    private static boolean isWordEnd(char c) {
        return c < 128 && WORD_END[c];
    }

    /** A character that stands for itself in a word: no blank, operator, quote, escape or expansion. */
    private static boolean isPlainWordChar(char c) {
        return c >= 128 || !SPECIAL_IN_WORD[c];
    }

    private static boolean[] asciiSet(String chars) {
        boolean[] set = new boolean[128];
        for (char c : chars.toCharArray()) {
            set[c] = true;
        }
        return set;
    }

    private void readEscape(StringBuilder value) {
        if (pos + 1 >= in.length()) {
            pos++;
            return;
        }
        char escaped = in.charAt(pos + 1);
        if (escaped != '\n') {
            value.append(escaped);
        }
        pos += 2;
    }

    private void readDoubleQuoted(StringBuilder value) {
        pos++;
        while (pos < in.length() && in.charAt(pos) != '"') {
            char c = in.charAt(pos);
            if (c == '\\' && pos + 1 < in.length() && "$`\"\\\n".indexOf(in.charAt(pos + 1)) >= 0) {
                readEscape(value);
            } else if (c == '$' || c == '`') {
                readExpansion(value);
            } else {
                value.append(c);
                pos++;
            }
        }
        pos = Math.min(in.length(), pos + 1);
    }

    /** {@code $(…)}, {@code ${…}}, {@code $((…))}, {@code `…`}, {@code $NAME}: kept as written. */
    private void readExpansion(StringBuilder value) {
        int start = pos;
        char c = in.charAt(pos);
        char next = pos + 1 < in.length() ? in.charAt(pos + 1) : '\0';
        if (c == '`') {
            pos++;
            while (pos < in.length() && in.charAt(pos) != '`') {
                pos += in.charAt(pos) == '\\' ? 2 : 1;
            }
            pos = Math.min(in.length(), pos + 1);
        } else if (next == '(' || next == '{') {
            pos = matchingClose(pos + 1, next, next == '(' ? ')' : '}');
        } else {
            pos++;
        }
        in.appendTo(value, start, Math.min(pos, in.length()));
    }

    /** Index after the bracket that closes the one at {@code openAt}, skipping quotes. */
    private int matchingClose(int openAt, char open, char close) {
        int depth = 0;
        int i = openAt;
        while (i < in.length()) {
            char c = in.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '\'' && open == '(') {
                int q = in.indexOf('\'', i + 1);
                i = q < 0 ? in.length() : q + 1;
                continue;
            }
            if (c == open) {
                depth++;
            } else if (c == close && --depth == 0) {
                return i + 1;
            }
            i++;
        }
        return in.length();
    }

    private void endCommand(ShellOperator operator) {
        if (!current.isEmpty()) {
            if (current.hasName()) {
                current.next = operator == null ? ShellOperator.END : operator;
                commands.add(current);
                if (current.setsPipefail()) {
                    pipefail = true;
                }
                awaitingOperator = operator == null ? current : null;
            } else {
                awaitingOperator = null;
            }
        } else if (operator != null && operator != ShellOperator.NEWLINE && awaitingOperator != null) {
            awaitingOperator.next = operator;
            awaitingOperator = null;
        }
        if (!current.isEmpty()) {
            current = newCommand();
        }
    }

    private CommandBuilder newCommand() {
        return new CommandBuilder();
    }

    private static boolean isDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAssignment(String raw) {
        int eq = raw.indexOf('=');
        if (eq <= 0 || !(Character.isLetter(raw.charAt(0)) || raw.charAt(0) == '_')) {
            return false;
        }
        for (int i = 1; i < eq; i++) {
            char c = raw.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '_') {
                return false;
            }
        }
        return true;
    }

    /** Collects the words of one command while the script is read. */
    private final class CommandBuilder {
        private final List<Token> assignments = new ArrayList<>();
        private final List<Token> words = new ArrayList<>();
        private final List<Token> redirections = new ArrayList<>();
        private boolean inSubshell;
        private boolean inBraceGroup;
        private boolean afterPipefail;
        private ShellOperator next = ShellOperator.END;
        private Token first;
        private Token last;


        boolean isEmpty() {
            return first == null;
        }

        boolean hasName() {
            return !words.isEmpty();
        }

        void add(Token word) {
            if (words.isEmpty() && isAssignment(word.raw())) {
                assignments.add(word);
            } else {
                words.add(word);
            }
            track(word);
        }

        void addRedirection(Token redirection) {
            redirections.add(redirection);
            track(redirection);
        }

        private void track(Token t) {
            if (first == null) {
                first = t;
                // the context is that of the first word: "( cd x )" opens the group before it
                inSubshell = groups.contains('(');
                inBraceGroup = groups.contains('{');
                afterPipefail = pipefail;
            }
            last = t;
        }

        boolean setsPipefail() {
            return words.get(0).value().equals("set") && setsPipefailOption(words.subList(1, words.size()));
        }

        ShellCommand build(int index) {
            List<Token> args = words.size() == 1 ? List.of() : List.copyOf(words.subList(1, words.size()));
            return new ShellCommand(index, words.get(0), args, immutable(assignments), immutable(redirections), next,
                    inSubshell, inBraceGroup, afterPipefail, unwrap(index, args), first.span().to(last.span()));
        }

        private ShellCommand unwrap(int index, List<Token> args) {
            String name = baseName(words.get(0).value());
            Set<String> valueOptions = WRAPPER_VALUE_OPTIONS.get(name);
            if (valueOptions == null) {
                return null;
            }
            int positionalsToSkip = WRAPPER_LEADING_POSITIONALS.getOrDefault(name, 0);
            int i = 0;
            while (i < args.size()) {
                String v = args.get(i).value();
                if (v.equals("--")) {
                    i++;
                    break;
                }
                if (name.equals("command") && (v.equals("-v") || v.equals("-V"))) {
                    return null;
                }
                if (v.startsWith("-") && v.length() > 1) {
                    i += valueOptions.contains(v) ? 2 : 1;
                } else if (name.equals("env") && isAssignment(v)) {
                    i++;
                } else if (positionalsToSkip > 0) {
                    positionalsToSkip--;
                    i++;
                } else {
                    break;
                }
            }
            if (i >= args.size()) {
                return null;
            }
            CommandBuilder inner = new CommandBuilder();
            for (Token t : args.subList(i, args.size())) {
                inner.words.add(t);
                inner.track(t);
            }
            inner.inSubshell = inSubshell;
            inner.inBraceGroup = inBraceGroup;
            inner.afterPipefail = afterPipefail;
            inner.next = next;
            return inner.build(index);
        }
    }

    /** The tokens as a command keeps them (its constructor does not copy an immutable list again). */
    private static List<Token> immutable(List<Token> tokens) {
        return tokens.isEmpty() ? List.of() : List.copyOf(tokens);
    }

    private static String baseName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
