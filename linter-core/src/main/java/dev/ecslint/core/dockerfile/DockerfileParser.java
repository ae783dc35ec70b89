package dev.ecslint.core.dockerfile;

import dev.ecslint.core.i18n.Message;
import dev.ecslint.core.json.ParseProblem;
import dev.ecslint.core.json.ParserMessages;
import dev.ecslint.core.model.SourceFile;
import dev.ecslint.core.model.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Dockerfile the way BuildKit's frontend does: parser directives, comments, line continuations
 * with the escape character (comment and blank lines inside a continued instruction are dropped),
 * heredocs, flags, exec and shell forms; then groups instructions into stages and parses each shell
 * script once. Not thread-safe; {@link #parse(SourceFile)} makes a new instance per file.
 */
public final class DockerfileParser {

    /** The value ends at its last non-blank: a reluctant value before {@code \\s*} is quadratic in trailing blanks. */
    private static final Pattern DIRECTIVE = Pattern.compile("#\\s*+([a-zA-Z][a-zA-Z0-9]*+)\\s*+=\\s*+(.*\\S)\\s*+");
    private static final Set<String> DIRECTIVE_NAMES = Set.of("syntax", "escape", "check");
    private static final Pattern HEREDOC = Pattern.compile("(\\d*)<<(-?)([^<]*)");
    private static final Pattern STAGE_NAME = Pattern.compile("[a-z][a-z0-9-_.]*");
    private static final Set<String> HEREDOC_INSTRUCTIONS = Set.of("RUN", "COPY", "ADD");
    private static final Set<String> NEEDS_ARGUMENTS = Set.of("FROM", "ENV", "LABEL", "ARG", "EXPOSE", "VOLUME",
            "ONBUILD", "HEALTHCHECK", "USER", "WORKDIR", "MAINTAINER", "STOPSIGNAL", "SHELL", "COPY", "ADD");
    private static final Set<String> KEYWORDS = Set.of("FROM", "RUN", "CMD", "LABEL", "MAINTAINER", "EXPOSE",
            "ENV", "ADD", "COPY", "ENTRYPOINT", "VOLUME", "USER", "WORKDIR", "ARG", "ONBUILD", "STOPSIGNAL",
            "HEALTHCHECK", "SHELL");
    /** Flags that Docker rejects when written without {@code =value}. */
    private static final Map<String, Set<String>> VALUE_FLAGS = Map.of(
            "FROM", Set.of("platform"),
            "COPY", Set.of("from", "chown", "chmod", "exclude"),
            "ADD", Set.of("chown", "chmod", "checksum", "exclude"),
            "RUN", Set.of("mount", "network", "security"),
            "HEALTHCHECK", Set.of("interval", "timeout", "start-period", "start-interval", "retries"));
    /** Shell-form instructions whose words the parser itself never reads: {@link ShellFormWords}. */
    private static final Set<String> SPLIT_ON_USE = Set.of("RUN", "CMD", "ENTRYPOINT");
    private static final Set<String> POSIX_SHELL_NAMES = Set.of("sh", "bash", "ash", "dash", "zsh", "ksh");

    private final SourceFile source;
    private char escape = '\\';
    private final List<Directive> directives = new ArrayList<>();
    private final List<Comment> comments = new ArrayList<>();
    private final List<Instruction> instructions = new ArrayList<>();
    private final List<KeyValue> globalArgs = new ArrayList<>();
    private final List<Stage> stages = new ArrayList<>();
    private final List<Shell> stageFinalShells = new ArrayList<>();
    private final List<Boolean> stageWindows = new ArrayList<>();
    private StageDraft stage;
    private Shell shell = Shell.DEFAULT_LINUX;

    /** The file's characters, read directly (no per-line strings). */
    private final char[] chars;
    /** The logical line being joined, reused from one instruction to the next. */
    private char[] buffer = new char[256];
    private int[] bufferOffsets = new int[256];

    private DockerfileParser(SourceFile source) {
        this.source = source;
        this.chars = source.text().toCharArray();
    }

    /**
     * Parses a Dockerfile.
     *
     * @throws ParseProblem (reported as {@code E001}) for an unknown instruction, an instruction other
     *                      than {@code ARG} before the first {@code FROM}, a file without {@code FROM}, an
     *                      unterminated heredoc, a flag without the value it needs, and the other syntax
     *                      errors Docker rejects before building
     */
    public static Dockerfile parse(SourceFile source) throws ParseProblem {
        return new DockerfileParser(source).run();
    }

    private Dockerfile run() throws ParseProblem {
        int lineCount = source.lineCount();
        boolean directivesAllowed = true;
        int line = 1;
        while (line <= lineCount) {
            int start = source.lineStart(line);
            int end = source.lineEnd(line);
            int first = start;
            while (first < end && Character.isWhitespace(chars[first])) {
                first++;
            }
            int indent = first - start;
            if (directivesAllowed && first < end && chars[first] == '#'
                    && readDirective(line, indent, source.text().substring(first, end))) {
                line++;
                continue;
            }
            directivesAllowed = false;
            if (first == end) {
                line++;
            } else if (chars[first] == '#') {
                addComment(line, indent);
                line++;
            } else {
                line = readInstruction(line, indent);
            }
        }
        finishStage();
        if (stages.isEmpty()) {
            Span at = instructions.isEmpty() ? Span.START : instructions.get(0).keywordSpan();
            throw new ParseProblem(at, problem(instructions.isEmpty() ? "noInstructions" : "noFrom"));
        }
        return new Dockerfile(source, directives, escape, instructions, stages, globalArgs, comments);
    }

    // ---------------------------------------------------------------- lines

    private boolean readDirective(int line, int indent, String trimmed) throws ParseProblem {
        Matcher m = DIRECTIVE.matcher(trimmed);
        if (!m.matches() || !DIRECTIVE_NAMES.contains(m.group(1).toLowerCase(Locale.ROOT))) {
            return false;
        }
        int lineStart = source.lineStart(line) + indent;
        String name = m.group(1).toLowerCase(Locale.ROOT);
        Span span = source.span(lineStart, lineStart + trimmed.length());
        Span valueSpan = source.span(lineStart + m.start(2), lineStart + m.end(2));
        for (Directive d : directives) {
            if (d.name().equals(name)) {
                throw new ParseProblem(span, problem("directiveTwice").verbatim("directive", name));
            }
        }
        if (name.equals("escape")) {
            String value = m.group(2);
            if (!value.equals("`") && !value.equals("\\")) {
                throw new ParseProblem(valueSpan, problem("badEscape").verbatim("token", ParserMessages.shown(value)));
            }
            escape = value.charAt(0);
        }
        directives.add(new Directive(name, m.group(2), span, valueSpan));
        return true;
    }

    private void addComment(int line, int indent) {
        String text = source.lineText(line);
        int start = source.lineStart(line) + indent;
        comments.add(new Comment(text.substring(indent + 1).trim(), source.span(start, start + text.length() - indent)));
    }

    /** Joins the physical lines of one instruction, then reads its heredocs; returns the next line. */
    private int readInstruction(int firstLine, int indent) throws ParseProblem {
        int size = 0;
        int line = firstLine;
        int column = indent;
        int end;
        while (true) {
            int lineStart = source.lineStart(line);
            int lineEnd = source.lineEnd(line);
            int continuation = continuationIndex(lineStart, lineEnd);
            int contentEnd = continuation >= 0 ? continuation : lineEnd;
            int count = Math.max(0, contentEnd - lineStart - column);
            if (size + count > buffer.length) {
                int capacity = Math.max(buffer.length * 2, size + count);
                buffer = Arrays.copyOf(buffer, capacity);
                bufferOffsets = Arrays.copyOf(bufferOffsets, capacity);
            }
            System.arraycopy(chars, lineStart + column, buffer, size, count);
            for (int i = 0; i < count; i++) {
                bufferOffsets[size + i] = lineStart + column + i;
            }
            size += count;
            int trimmed = lineEnd;
            while (trimmed > lineStart && Character.isWhitespace(chars[trimmed - 1])) {
                trimmed--;
            }
            end = trimmed;
            line++;
            if (continuation < 0) {
                break;
            }
            line = skipCommentsAndBlankLines(line);
            if (line > source.lineCount()) {
                break;
            }
            column = 0;
        }
        // the instruction keeps its own copy: the buffer is reused for the next one
        MappedText logical = MappedText.of(source, Arrays.copyOf(buffer, size),
                Arrays.copyOf(bufferOffsets, size), size);
        Draft draft = readDraft(logical, 0);
        Draft heredocOwner = draft.keyword.equals("ONBUILD") && draft.trigger != null ? draft.trigger : draft;
        List<Heredoc> heredocs = new ArrayList<>();
        if (HEREDOC_INSTRUCTIONS.contains(heredocOwner.keyword) && !heredocOwner.execForm) {
            for (Words.Word marker : heredocMarkers(heredocOwner)) {
                Heredoc heredoc = readHeredoc(marker, heredocOwner.text, line);
                heredocs.add(heredoc);
                line = heredoc.terminatorSpan().line() + 1;
                end = source.lineStart(heredoc.terminatorSpan().line()) + heredoc.terminatorSpan().endColumn() - 1;
            }
        }
        Span span = source.span(logical.offset(0), Math.max(end, logical.offset(0)));
        accept(draft, span, heredocs);
        return line;
    }

    private int skipCommentsAndBlankLines(int line) {
        while (line <= source.lineCount()) {
            int start = source.lineStart(line);
            int end = source.lineEnd(line);
            int first = start;
            while (first < end && Character.isWhitespace(chars[first])) {
                first++;
            }
            if (first == end) {
                line++;
            } else if (chars[first] == '#') {
                addComment(line, first - start);
                line++;
            } else {
                break;
            }
        }
        return line;
    }

    /**
     * File offset of the escape character that continues the line {@code [start, end)}, or -1 (an
     * escaped escape does not).
     */
    private int continuationIndex(int start, int end) {
        int last = end;
        while (last > start && (chars[last - 1] == ' ' || chars[last - 1] == '\t')) {
            last--;
        }
        if (last == start || chars[last - 1] != escape) {
            return -1;
        }
        if (last - start >= 2 && chars[last - 2] == escape) {
            return -1;
        }
        return last - 1;
    }

    // ---------------------------------------------------------------- heredocs

    private List<Words.Word> heredocMarkers(Draft draft) {
        int lt = draft.text.indexOf('<', draft.argStart);
        if (lt < 0 || lt + 1 >= draft.argEnd || draft.text.indexOf('<', lt + 1) < 0) {
            return List.of(); // no "<<" anywhere: no heredoc (most instructions)
        }
        List<Words.Word> markers = new ArrayList<>();
        for (Words.Word w : Words.split(draft.text, draft.argStart, draft.argEnd, '\\')) {
            String raw = draft.text.substring(w.start(), w.end());
            Matcher m = HEREDOC.matcher(raw);
            if (m.matches() && !m.group(3).isEmpty()) {
                markers.add(w);
            }
        }
        return markers;
    }

    private Heredoc readHeredoc(Words.Word marker, MappedText text, int firstBodyLine) throws ParseProblem {
        Matcher m = HEREDOC.matcher(text.substring(marker.start(), marker.end()));
        m.matches();
        boolean chomp = !m.group(2).isEmpty();
        String rawName = m.group(3);
        String name = Words.unquote(rawName, '\\');
        boolean expand = rawName.indexOf('"') < 0 && rawName.indexOf('\'') < 0;
        Token markerToken = text.token(marker.start(), marker.end(), marker.value());
        StringBuilder body = new StringBuilder();
        for (int line = firstBodyLine; line <= source.lineCount(); line++) {
            String physical = source.lineText(line);
            String candidate = chomp ? physical.replaceFirst("^\t+", "") : physical;
            if (candidate.equals(name)) {
                int start = source.lineStart(line);
                Span terminator = source.span(start, start + physical.length());
                Span bodySpan = line == firstBodyLine ? source.span(start, start)
                        : source.span(source.lineStart(firstBodyLine),
                        source.lineStart(line - 1) + source.lineText(line - 1).length());
                return new Heredoc(name, chomp, expand, markerToken, body.toString(), bodySpan, terminator);
            }
            body.append(physical).append('\n');
        }
        throw new ParseProblem(markerToken.span(), problem("unterminatedHeredoc")
                .verbatim("marker", ParserMessages.shown(markerToken.raw())).verbatim("name", ParserMessages.shown(name)));
    }

    // ---------------------------------------------------------------- one instruction

    /** What the text of one instruction says, before its heredocs, stage and shell are known. */
    private static final class Draft {
        MappedText text;
        String keyword;
        Span keywordSpan;
        final List<Flag> flags = new ArrayList<>();
        int argStart;
        int argEnd;
        List<Token> arguments = List.of();
        boolean execForm;
        List<KeyValue> keyValues = List.of();
        Draft trigger;
        /** Where the shell-form command starts (after {@code CMD} for {@code HEALTHCHECK}). */
        int commandStart;
    }

    private Draft readDraft(MappedText text, int from) throws ParseProblem {
        Draft d = new Draft();
        d.text = text;
        int keywordEnd = from;
        while (keywordEnd < text.length() && !Character.isWhitespace(text.charAt(keywordEnd))) {
            keywordEnd++;
        }
        d.keyword = text.substring(from, keywordEnd).toUpperCase(Locale.ROOT);
        d.keywordSpan = text.span(from, keywordEnd);
        if (!KEYWORDS.contains(d.keyword)) {
            throw new ParseProblem(d.keywordSpan, problem("unknownInstruction")
                    .verbatim("instruction", ParserMessages.shown(text.substring(from, Math.min(keywordEnd, from + 65)))));
        }
        int i = readFlags(d, skipBlanks(text, keywordEnd));
        d.argStart = i;
        int argEnd = text.length();
        while (argEnd > from && Character.isWhitespace(text.charAt(argEnd - 1))) {
            argEnd--;
        }
        d.argEnd = argEnd;
        d.argEnd = Math.max(d.argEnd, d.argStart);
        d.commandStart = d.argStart;
        if (d.argStart == d.argEnd && NEEDS_ARGUMENTS.contains(d.keyword)) {
            throw new ParseProblem(d.keywordSpan, problem("needsArgument").verbatim("keyword", d.keyword));
        }
        readArguments(d);
        return d;
    }

    private int readFlags(Draft d, int start) throws ParseProblem {
        MappedText text = d.text;
        int i = start;
        while (i + 1 < text.length() && text.charAt(i) == '-' && text.charAt(i + 1) == '-') {
            List<Words.Word> words = Words.split(text, i, wordEnd(text, i), '\\');
            Words.Word word = words.get(0);
            if (word.value().equals("--")) {
                return skipBlanks(text, word.end());
            }
            String raw = text.substring(word.start(), word.end());
            int eq = raw.indexOf('=');
            String name = (eq < 0 ? word.value().substring(2) : raw.substring(2, eq)).toLowerCase(Locale.ROOT);
            Span nameSpan = text.span(word.start(), eq < 0 ? word.end() : word.start() + eq);
            Span valueSpan = eq < 0 ? null : text.span(word.start() + eq + 1, word.end());
            String value = eq < 0 ? null : Words.unquote(raw.substring(eq + 1), '\\');
            Flag flag = new Flag(name, value, text.span(word.start(), word.end()), nameSpan, valueSpan);
            if (value == null && VALUE_FLAGS.getOrDefault(d.keyword, Set.of()).contains(name)) {
                throw new ParseProblem(flag.span(), problem("flagNeedsValue").verbatim("flag", name));
            }
            d.flags.add(flag);
            i = skipBlanks(text, word.end());
        }
        return i;
    }

    /** End of the whitespace-delimited word at {@code i}, honouring quotes. */
    private static int wordEnd(MappedText text, int i) {
        char quote = 0;
        while (i < text.length() && (quote != 0 || !Character.isWhitespace(text.charAt(i)))) {
            char c = text.charAt(i);
            if (quote == 0 && (c == '"' || c == '\'')) {
                quote = c;
            } else if (c == quote) {
                quote = 0;
            } else if (c == '\\' && quote != '\'') {
                i++;
            }
            i++;
        }
        return Math.min(i, text.length());
    }

    private static int skipBlanks(MappedText text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private void readArguments(Draft d) throws ParseProblem {
        switch (d.keyword) {
            case "RUN", "CMD", "ENTRYPOINT", "SHELL", "ADD", "COPY", "VOLUME" -> readMaybeExec(d, d.argStart);
            case "HEALTHCHECK" -> readHealthcheck(d);
            case "ENV", "LABEL" -> readNameValues(d);
            case "ARG" -> readArgs(d);
            case "ONBUILD" -> readOnbuild(d);
            case "FROM" -> readFrom(d);
            default -> d.arguments = tokens(d, d.argStart, d.argEnd);
        }
        if ((d.keyword.equals("COPY") || d.keyword.equals("ADD")) && d.arguments.size() < 2) {
            throw new ParseProblem(d.keywordSpan, problem("needsSourceAndDestination").verbatim("keyword", d.keyword));
        }
        if (d.keyword.equals("SHELL") && !d.execForm) {
            throw new ParseProblem(d.text.span(d.argStart, d.argEnd), problem("shellNotJson"));
        }
    }

    private List<Token> tokens(Draft d, int start, int end) {
        return Words.tokens(d.text, start, end, escape);
    }

    private void readMaybeExec(Draft d, int start) throws ParseProblem {
        d.commandStart = start;
        if (start < d.argEnd && d.text.charAt(start) == '[') {
            ExecForm.Result json = ExecForm.read(d.text.slice(0, d.argEnd), start);
            if (json.kind() == ExecForm.Kind.NOT_STRINGS) {
                throw new ParseProblem(d.text.span(start, d.argEnd), problem("jsonStrings"));
            }
            if (json.kind() == ExecForm.Kind.STRINGS) {
                d.execForm = true;
                List<Token> args = new ArrayList<>(d.arguments);
                args.addAll(json.elements());
                d.arguments = args;
                return;
            }
        }
        if (d.arguments.isEmpty() && SPLIT_ON_USE.contains(d.keyword)) {
            d.arguments = new ShellFormWords(d.text, start, d.argEnd, escape);
            return;
        }
        List<Token> args = new ArrayList<>(d.arguments);
        args.addAll(tokens(d, start, d.argEnd));
        d.arguments = args;
    }

    private void readHealthcheck(Draft d) throws ParseProblem {
        List<Words.Word> words = Words.split(d.text, d.argStart, d.argEnd, escape);
        Words.Word type = words.get(0);
        String typeName = type.value().toUpperCase(Locale.ROOT);
        d.arguments = List.of(type.token(d.text));
        if (typeName.equals("NONE")) {
            if (words.size() > 1) {
                throw new ParseProblem(words.get(1).token(d.text).span(), problem("healthcheckNoneArguments"));
            }
            return;
        }
        if (!typeName.equals("CMD")) {
            throw new ParseProblem(type.token(d.text).span(), problem("healthcheckType")
                    .verbatim("type", ParserMessages.shown(type.value())));
        }
        int commandStart = skipBlanks(d.text, type.end());
        if (commandStart >= d.argEnd) {
            throw new ParseProblem(type.token(d.text).span(), problem("healthcheckNoCommand"));
        }
        readMaybeExec(d, commandStart);
    }

    private void readFrom(Draft d) throws ParseProblem {
        d.arguments = tokens(d, d.argStart, d.argEnd);
        List<Token> args = d.arguments;
        if (args.size() == 3 && args.get(1).is("as")) {
            String name = args.get(2).value().toLowerCase(Locale.ROOT);
            if (!STAGE_NAME.matcher(name).matches()) {
                throw new ParseProblem(args.get(2).span(), problem("stageName")
                        .verbatim("name", ParserMessages.shown(args.get(2).value())));
            }
        } else if (args.size() != 1) {
            throw new ParseProblem(d.text.span(d.argStart, d.argEnd), problem("fromArguments"));
        }
    }

    private void readOnbuild(Draft d) throws ParseProblem {
        d.trigger = readDraft(d.text, d.argStart);
        String trigger = d.trigger.keyword;
        if (trigger.equals("ONBUILD") || trigger.equals("FROM") || trigger.equals("MAINTAINER")) {
            throw new ParseProblem(d.trigger.keywordSpan, problem("onbuildTrigger").verbatim("trigger", trigger));
        }
        d.arguments = tokens(d, d.argStart, d.argEnd);
    }

    private void readArgs(Draft d) {
        List<KeyValue> pairs = new ArrayList<>();
        List<Token> args = new ArrayList<>();
        for (Words.Word w : Words.split(d.text, d.argStart, d.argEnd, escape)) {
            args.add(w.token(d.text));
            pairs.add(pair(d.text, w));
        }
        d.arguments = args;
        d.keyValues = pairs;
    }

    /** {@code ENV}/{@code LABEL}: {@code k=v k2=v2}, or the legacy {@code KEY value with spaces}. */
    private void readNameValues(Draft d) throws ParseProblem {
        List<Words.Word> words = Words.split(d.text, d.argStart, d.argEnd, escape);
        List<Token> args = new ArrayList<>();
        List<KeyValue> pairs = new ArrayList<>();
        Words.Word first = words.get(0);
        if (d.text.substring(first.start(), first.end()).indexOf('=') < 0) {
            int valueStart = skipBlanks(d.text, first.end());
            if (valueStart >= d.argEnd) {
                throw new ParseProblem(d.text.span(first.start(), first.end()), problem("twoArguments")
                        .verbatim("keyword", d.keyword).verbatim("name", ParserMessages.shown(first.value())));
            }
            String rawValue = d.text.substring(valueStart, d.argEnd);
            args.add(first.token(d.text));
            args.add(d.text.token(valueStart, d.argEnd, Words.unquote(rawValue, escape)));
            pairs.add(new KeyValue(first.value(), Words.unquote(rawValue, escape), d.text.span(first.start(), d.argEnd),
                    d.text.span(first.start(), first.end()), d.text.span(valueStart, d.argEnd)));
        } else {
            for (Words.Word w : words) {
                if (d.text.substring(w.start(), w.end()).indexOf('=') < 0) {
                    throw new ParseProblem(d.text.span(w.start(), w.end()), problem("noEquals")
                            .verbatim("word", ParserMessages.shown(w.value())).verbatim("keyword", d.keyword));
                }
                args.add(w.token(d.text));
                pairs.add(pair(d.text, w));
            }
        }
        d.arguments = args;
        d.keyValues = pairs;
    }

    private KeyValue pair(MappedText text, Words.Word w) {
        String raw = text.substring(w.start(), w.end());
        int eq = raw.indexOf('=');
        Span whole = text.span(w.start(), w.end());
        if (eq < 0) {
            return new KeyValue(w.value(), null, whole, whole, null);
        }
        return new KeyValue(Words.unquote(raw.substring(0, eq), escape), Words.unquote(raw.substring(eq + 1), escape),
                whole, text.span(w.start(), w.start() + eq), text.span(w.start() + eq + 1, w.end()));
    }

    // ---------------------------------------------------------------- stages and shells

    private void accept(Draft draft, Span span, List<Heredoc> heredocs) throws ParseProblem {
        if (draft.keyword.equals("FROM")) {
            finishStage();
            startStage(draft, span);
            return;
        }
        Instruction trigger = draft.trigger == null ? null
                : instruction(draft.trigger, spanFrom(draft.trigger, span), heredocs);
        Instruction instruction = new Instruction(draft.keyword, draft.keywordSpan, span, draft.flags,
                argumentText(draft), draft.arguments, draft.execForm, trigger == null ? heredocs : List.of(), trigger,
                draft.keyValues, shell, trigger == null ? script(draft, heredocs) : ShellScript.EMPTY);
        instructions.add(instruction);
        if (stage == null) {
            if (!draft.keyword.equals("ARG")) {
                throw new ParseProblem(draft.keywordSpan, problem("beforeFrom").verbatim("keyword", draft.keyword));
            }
            globalArgs.addAll(draft.keyValues);
            return;
        }
        stage.instructions.add(instruction);
        if (draft.keyword.equals("SHELL")) {
            List<String> command = new ArrayList<>();
            for (Token t : draft.arguments) {
                command.add(t.value());
            }
            shell = Shell.declared(command, instruction);
        }
    }

    private Span spanFrom(Draft trigger, Span outer) {
        Span keyword = trigger.keywordSpan;
        return new Span(keyword.line(), keyword.column(), outer.endLine(), outer.endColumn());
    }

    private Instruction instruction(Draft d, Span span, List<Heredoc> heredocs) {
        return new Instruction(d.keyword, d.keywordSpan, span, d.flags, argumentText(d), d.arguments, d.execForm,
                heredocs, null, d.keyValues, shell, script(d, heredocs));
    }

    private static Token argumentText(Draft d) {
        String text = d.text.substring(d.argStart, d.argEnd);
        return d.text.token(d.argStart, d.argEnd, text);
    }

    private ShellScript script(Draft d, List<Heredoc> heredocs) {
        boolean command = switch (d.keyword) {
            case "RUN", "CMD", "ENTRYPOINT" -> true;
            case "HEALTHCHECK" -> d.arguments.size() > 1 || !d.arguments.isEmpty() && d.arguments.get(0).is("CMD");
            default -> false;
        };
        if (!command || d.execForm || !shell.posix() || d.commandStart >= d.argEnd) {
            return ShellScript.EMPTY;
        }
        MappedText commandLine = d.text.slice(d.commandStart, d.argEnd);
        List<MappedText> parts = new ArrayList<>();
        parts.add(commandLine);
        if (!heredocs.isEmpty()) {
            ShellScript line = ShellParser.parse(parts);
            boolean lineIsOnlyHeredocs = line.isEmpty();
            for (Heredoc h : heredocs) {
                if (isShellScript(h, lineIsOnlyHeredocs, line)) {
                    parts.add(bodyText(h));
                }
            }
        }
        return ShellParser.parse(parts);
    }

    /** A heredoc is a script when it is the whole command ({@code RUN <<EOF}) or feeds a shell. */
    private static boolean isShellScript(Heredoc h, boolean lineIsOnlyHeredocs, ShellScript line) {
        if (h.body().isEmpty()) {
            return false;
        }
        if (lineIsOnlyHeredocs) {
            if (!h.body().startsWith("#!")) {
                return true;
            }
            String shebang = h.body().substring(0, h.body().indexOf('\n'));
            for (String name : POSIX_SHELL_NAMES) {
                if (shebang.matches("#!.*[/ ]" + name + "(\\s.*)?")) {
                    return true;
                }
            }
            return false;
        }
        for (ShellCommand c : line.commands()) {
            if (c.is(POSIX_SHELL_NAMES.toArray(new String[0]))) {
                for (Token r : c.redirections()) {
                    if (r.value().replace("<<-", "<<").equals("<<" + h.name())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private MappedText bodyText(Heredoc h) {
        int start = source.lineStart(h.bodySpan().line());
        int end = source.lineStart(h.terminatorSpan().line());
        return MappedText.contiguous(source, start, end);
    }

    private void startStage(Draft d, Span span) {
        Instruction from = new Instruction(d.keyword, d.keywordSpan, span, d.flags, argumentText(d), d.arguments,
                false, List.of(), null, List.of(), shell, ShellScript.EMPTY);
        instructions.add(from);
        Token image = d.arguments.get(0);
        Optional<Token> alias = d.arguments.size() == 3 ? Optional.of(d.arguments.get(2)) : Optional.empty();
        Map<String, String> globals = globalValues();
        Optional<String> effective = VariableExpander.expand(image.value(), escape, globals);
        Optional<Stage> base = Optional.empty();
        if (effective.isPresent()) {
            for (Stage s : stages) {
                if (s.isNamed(effective.get())) {
                    base = Optional.of(s);
                }
            }
        }
        boolean windows = base.isPresent() ? stageWindows.get(base.get().index())
                : effective.map(DockerfileParser::looksLikeWindows).orElse(false);
        shell = base.isPresent() ? stageFinalShells.get(base.get().index())
                : windows ? Shell.DEFAULT_WINDOWS : Shell.DEFAULT_LINUX;
        stage = new StageDraft(stages.size(), from, alias, from.flag("platform"), image, effective, base, windows);
    }

    private Map<String, String> globalValues() {
        Map<String, String> values = new HashMap<>();
        for (KeyValue arg : globalArgs) {
            values.put(arg.key(), arg.hasValue() ? VariableExpander.expand(arg.value(), escape, values).orElse(null)
                    : null);
        }
        return values;
    }

    private static boolean looksLikeWindows(String image) {
        String lower = image.toLowerCase(Locale.ROOT);
        return lower.startsWith("mcr.microsoft.com/windows") || lower.contains("servercore")
                || lower.contains("nanoserver") || lower.startsWith("microsoft/windows")
                || lower.contains("/powershell:") && lower.contains("windows");
    }

    private void finishStage() {
        if (stage == null) {
            return;
        }
        stages.add(new Stage(stage.index, stage.from, stage.alias, stage.platform, stage.image, stage.effective,
                stage.base, stage.instructions));
        stageFinalShells.add(shell);
        stageWindows.add(stage.windows);
        stage = null;
    }

    /** A stage whose instructions are still being read. */
    private static final class StageDraft {
        final int index;
        final Instruction from;
        final Optional<Token> alias;
        final Optional<Flag> platform;
        final Token image;
        final Optional<String> effective;
        final Optional<Stage> base;
        final boolean windows;
        final List<Instruction> instructions = new ArrayList<>();

        StageDraft(int index, Instruction from, Optional<Token> alias, Optional<Flag> platform, Token image,
                   Optional<String> effective, Optional<Stage> base, boolean windows) {
            this.index = index;
            this.from = from;
            this.alias = alias;
            this.platform = platform;
            this.image = image;
            this.effective = effective;
            this.base = base;
            this.windows = windows;
        }
    }

    /** Why the file cannot be read, as {@code dockerfile.<name>} in ecslint's bundles (Docker's own words in English). */
    private static Message problem(String name) {
        return Message.of("dockerfile." + name);
    }
}
