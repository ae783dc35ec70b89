package dev.ecslint.core.terraform;

import dev.ecslint.core.i18n.Message;
import dev.ecslint.core.json.ParseProblem;
import dev.ecslint.core.model.Span;
import dev.ecslint.core.terraform.HclExpression.Call;
import dev.ecslint.core.terraform.HclExpression.Conditional;
import dev.ecslint.core.terraform.HclExpression.For;
import dev.ecslint.core.terraform.HclExpression.Literal;
import dev.ecslint.core.terraform.HclExpression.ObjectCons;
import dev.ecslint.core.terraform.HclExpression.Operation;
import dev.ecslint.core.terraform.HclExpression.Parenthesized;
import dev.ecslint.core.terraform.HclExpression.Template;
import dev.ecslint.core.terraform.HclExpression.Traversal;
import dev.ecslint.core.terraform.HclExpression.Tuple;
import dev.ecslint.core.terraform.HclExpression.Variable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A recursive-descent reader of the HCL native syntax (the HCL 2 specification, hclsyntax) that keeps the
 * span of every block, attribute, object key and value, including each character of a string's text, so a
 * JSON document inside a heredoc or a quoted string can be located exactly.
 *
 * <p>It reads the whole expression language — templates with {@code ${…}} interpolations and {@code %{…}}
 * directives, heredocs ({@code <<EOF}, {@code <<-EOF}), {@code for} expressions, splats, conditionals,
 * operators and function calls — and evaluates nothing: what an expression means is decided later, and
 * anything not literal is unknown. Newlines end attributes and object elements but not what is inside
 * brackets, as in Terraform; a newline after a binary operator is tolerated (Terraform would reject it, a
 * linter has no reason to).
 */
public final class HclParser {

    /** Deeper nesting is rejected with a parse problem rather than risking the stack. */
    static final int MAX_DEPTH = 200;

    private final String text;
    private final int[] fileOffsets;
    private final PlacedFile file;
    /** Whether a newline ends the current construct: the innermost bracket decides. */
    private boolean[] newlineEnds = new boolean[16];
    private int brackets;
    private int depth;
    private int pos;

    private HclParser(String text, int[] fileOffsets, PlacedFile file) {
        this.text = text;
        this.fileOffsets = fileOffsets;
        this.file = file;
        this.newlineEnds[0] = true;
    }

    /** Reads a {@code .tf} file. */
    public static HclBody parseFile(PlacedFile file) throws ParseProblem {
        return new HclParser(file.source().text(), null, file).body(false);
    }

    /**
     * Reads a JSON-syntax string as a template (Terraform's JSON syntax interpolates {@code ${…}} in every
     * string).
     *
     * @param decoded     the string's value
     * @param fileOffsets the file offset of each character of {@code decoded}, and one past its end
     */
    static Template parseTemplate(String decoded, int[] fileOffsets, PlacedFile file) throws ParseProblem {
        HclParser parser = new HclParser(decoded, fileOffsets, file);
        parser.newlineEnds[0] = false;
        List<TemplatePart> parts = parser.templateParts(Terminator.END_OF_TEXT, null);
        return new Template(parser.span(0, decoded.length()), parts, false);
    }

    // ---------------------------------------------------------------- bodies

    private HclBody body(boolean braced) throws ParseProblem {
        int start = pos;
        List<HclAttribute> attributes = new ArrayList<>();
        List<HclBlock> blocks = new ArrayList<>();
        while (true) {
            skipSpace(true);
            if (atEnd()) {
                if (braced) {
                    throw problem(pos, hcl("blockNotClosed"));
                }
                break;
            }
            if (braced && peek() == '}') {
                break;
            }
            if (!isIdentifierStart(peek())) {
                throw problem(pos, hcl("expectedItem").phrase("found", describe(pos)));
            }
            int itemStart = pos;
            String name = identifier();
            Span nameSpan = span(itemStart, pos);
            skipSpace(false);
            if (peek() == '=' && peek(1) != '=') {
                pos++;
                HclExpression value = expression();
                attributes.add(new HclAttribute(name, nameSpan, value, span(itemStart, pos)));
            } else {
                blocks.add(block(name, itemStart));
            }
            endOfItem(braced);
        }
        return new HclBody(span(start, pos), attributes, blocks, false);
    }

    private HclBlock block(String type, int start) throws ParseProblem {
        List<String> labels = new ArrayList<>();
        int headerEnd = pos;
        while (peek() != '{') {
            if (peek() == '"') {
                Template label = quotedTemplate();
                labels.add(label.literal().orElseThrow(() -> problem(label, hcl("labelInterpolates"))));
            } else if (isIdentifierStart(peek())) {
                labels.add(identifier());
            } else {
                throw problem(pos, hcl("expectedBlockHeader").code("type", type).phrase("found", describe(pos)));
            }
            headerEnd = pos;
            skipSpace(false);
        }
        Span header = span(start, headerEnd);
        pos++;
        enter(true);
        HclBody body = body(true);
        leave();
        pos++; // the closing brace, checked by body()
        return new HclBlock(type, labels, header, body, span(start, pos));
    }

    /** After an attribute or a block: a newline, the end of the file, or the brace closing a one-line block. */
    private void endOfItem(boolean braced) throws ParseProblem {
        skipSpace(false);
        if (atEnd() || peek() == '\n' || braced && peek() == '}') {
            return;
        }
        throw problem(pos, hcl("expectedNewLine").phrase("found", describe(pos)));
    }

    // ---------------------------------------------------------------- expressions

    private HclExpression expression() throws ParseProblem {
        enterDepth();
        skipSpace(false);
        int start = pos;
        HclExpression condition = binary(0);
        skipSpace(false);
        HclExpression result = condition;
        if (peek() == '?') {
            pos++;
            HclExpression whenTrue = expressionAfterOperator();
            skipSpace(true);
            expect(':', hcl("expectedConditionalColon"));
            HclExpression whenFalse = expressionAfterOperator();
            result = new Conditional(span(start, pos), condition, whenTrue, whenFalse);
        }
        depth--;
        return result;
    }

    private HclExpression expressionAfterOperator() throws ParseProblem {
        skipSpace(true);
        return expression();
    }

    private static final String[][] BINARY = {
        {"||"}, {"&&"}, {"==", "!="}, {"<=", ">=", "<", ">"}, {"+", "-"}, {"*", "/", "%"},
    };

    private HclExpression binary(int level) throws ParseProblem {
        if (level == BINARY.length) {
            return unary();
        }
        skipSpace(false);
        int start = pos;
        HclExpression left = binary(level + 1);
        while (true) {
            int before = pos;
            skipSpace(false);
            String operator = binaryOperator(level);
            if (operator == null) {
                pos = before;
                return left;
            }
            pos += operator.length();
            skipSpace(true);
            HclExpression right = binary(level + 1);
            left = new Operation(span(start, pos), operator, List.of(left, right));
        }
    }

    private String binaryOperator(int level) {
        for (String op : BINARY[level]) {
            if (text.startsWith(op, pos)) {
                char after = peek(op.length());
                // `=>` is not `=`, `<<` starts a heredoc, `*]`/`.*` are splats handled as postfix
                if (op.equals(">") && after == '=' || op.equals("<") && (after == '=' || after == '<')) {
                    continue;
                }
                return op;
            }
        }
        return null;
    }

    private HclExpression unary() throws ParseProblem {
        skipSpace(false);
        int start = pos;
        char c = peek();
        if (c == '!' || c == '-') {
            pos++;
            skipSpace(false);
            HclExpression operand = unary();
            return new Operation(span(start, pos), String.valueOf(c), List.of(operand));
        }
        return postfix(term(), start);
    }

    private HclExpression term() throws ParseProblem {
        int start = pos;
        char c = peek();
        if (c == '(') {
            pos++;
            enter(false);
            HclExpression inner = expressionAfterOperator();
            skipSpace(true);
            expect(')', hcl("expectedClosingParenthesis"));
            leave();
            return new Parenthesized(span(start, pos), inner);
        }
        if (c == '[') {
            return tupleOrFor();
        }
        if (c == '{') {
            return objectOrFor();
        }
        if (c == '"') {
            return quotedTemplate();
        }
        if (c == '<' && peek(1) == '<') {
            return heredoc();
        }
        if (isDigit(c)) {
            return number();
        }
        if (isIdentifierStart(c)) {
            String name = identifier();
            if (name.equals("true") || name.equals("false")) {
                return new Literal(span(start, pos), Literal.Kind.BOOL, name);
            }
            if (name.equals("null")) {
                return new Literal(span(start, pos), Literal.Kind.NULL, name);
            }
            while (peek() == ':' && peek(1) == ':' && isIdentifierStart(peek(2))) {
                pos += 2; // provider::aws::arn_parse(…)
                name = name + "::" + identifier();
            }
            int afterName = pos;
            skipSpace(false);
            if (peek() == '(') {
                return call(name, start);
            }
            pos = afterName;
            return new Variable(span(start, pos), name);
        }
        throw problem(pos, hcl("expectedValue").phrase("found", describe(pos)));
    }

    private HclExpression postfix(HclExpression term, int start) throws ParseProblem {
        List<Traversal.Step> steps = new ArrayList<>();
        while (true) {
            if (peek() == '.' && peek(1) == '*') {
                pos += 2;
                steps.add(new Traversal.Splat(false));
            } else if (peek() == '.' && isDigit(peek(1))) {
                int indexStart = ++pos;
                while (isDigit(peek())) {
                    pos++;
                }
                steps.add(new Traversal.Index(new Literal(span(indexStart, pos), Literal.Kind.NUMBER,
                        text.substring(indexStart, pos))));
            } else if (peek() == '.' && isIdentifierStart(peek(1))) {
                pos++;
                steps.add(new Traversal.Attr(identifier()));
            } else if (peek() == '[' && peek(1) == '*' && peek(2) == ']') {
                pos += 3;
                steps.add(new Traversal.Splat(true));
            } else if (peek() == '[') {
                pos++;
                enter(false);
                HclExpression key = expressionAfterOperator();
                skipSpace(true);
                expect(']', hcl("expectedIndexClose"));
                leave();
                steps.add(new Traversal.Index(key));
            } else {
                break;
            }
        }
        return steps.isEmpty() ? term : new Traversal(span(start, pos), term, steps);
    }

    private HclExpression call(String name, int start) throws ParseProblem {
        pos++;
        enter(false);
        List<HclExpression> arguments = new ArrayList<>();
        boolean expandFinal = false;
        skipSpace(true);
        while (peek() != ')') {
            arguments.add(expression());
            skipSpace(true);
            if (text.startsWith("...", pos)) {
                pos += 3;
                expandFinal = true;
                skipSpace(true);
            }
            if (peek() == ',') {
                pos++;
                skipSpace(true);
            } else if (peek() != ')') {
                throw problem(pos, hcl("expectedArgumentSeparator").verbatim("function", name)
                        .phrase("found", describe(pos)));
            }
        }
        pos++;
        leave();
        return new Call(span(start, pos), name, arguments, expandFinal);
    }

    private HclExpression tupleOrFor() throws ParseProblem {
        int start = pos++;
        enter(false);
        skipSpace(true);
        if (atKeyword("for")) {
            return forExpression(start, false);
        }
        List<HclExpression> elements = new ArrayList<>();
        while (peek() != ']') {
            elements.add(expression());
            skipSpace(true);
            if (peek() == ',') {
                pos++;
                skipSpace(true);
            } else if (peek() != ']') {
                throw problem(pos, hcl("expectedListSeparator").phrase("found", describe(pos)));
            }
        }
        pos++;
        leave();
        return new Tuple(span(start, pos), elements);
    }

    private HclExpression objectOrFor() throws ParseProblem {
        int start = pos++;
        skipSpace(true);
        if (atKeyword("for")) {
            enter(false);
            return forExpression(start, true);
        }
        enter(true);
        List<ObjectCons.Item> items = new ArrayList<>();
        while (true) {
            skipSpace(true);
            if (peek() == '}') {
                break;
            }
            HclExpression key = expression();
            skipSpace(false);
            if (peek() != '=' && peek() != ':') {
                throw problem(pos, hcl("expectedObjectEquals").phrase("found", describe(pos)));
            }
            pos++;
            HclExpression value = expressionAfterOperator();
            items.add(new ObjectCons.Item(key, value));
            skipSpace(false);
            if (peek() == ',') {
                pos++;
            } else if (peek() != '\n' && peek() != '}') {
                throw problem(pos, hcl("expectedObjectSeparator").phrase("found", describe(pos)));
            }
        }
        pos++;
        leave();
        return new ObjectCons(span(start, pos), items);
    }

    /** {@code key, value in} or {@code value in} of a for expression or a {@code %{for}} directive. */
    private void forVariables(Message missingIn) throws ParseProblem {
        skipSpace(true);
        identifier();
        skipSpace(true);
        if (peek() == ',') {
            pos++;
            skipSpace(true);
            identifier();
            skipSpace(true);
        }
        if (!atKeyword("in")) {
            throw problem(pos, missingIn.phrase("found", describe(pos)));
        }
        pos += 2;
    }

    /** After {@code [for} or {@code {for}; newlines mean nothing inside. */
    private HclExpression forExpression(int start, boolean object) throws ParseProblem {
        pos += 3;
        forVariables(hcl("expectedForIn"));
        HclExpression collection = expressionAfterOperator();
        skipSpace(true);
        expect(':', hcl("expectedForColon"));
        expressionAfterOperator();
        skipSpace(true);
        if (object) {
            if (!text.startsWith("=>", pos)) {
                throw problem(pos, hcl("expectedForArrow").phrase("found", describe(pos)));
            }
            pos += 2;
            expressionAfterOperator();
            skipSpace(true);
            if (text.startsWith("...", pos)) {
                pos += 3;
                skipSpace(true);
            }
        }
        if (atKeyword("if")) {
            pos += 2;
            expressionAfterOperator();
            skipSpace(true);
        }
        expect(object ? '}' : ']', hcl("expectedForClose").code("closer", object ? "}" : "]"));
        leave();
        return new For(span(start, pos), object, collection);
    }

    private HclExpression number() throws ParseProblem {
        int start = pos;
        while (isDigit(peek())) {
            pos++;
        }
        if (peek() == '.' && isDigit(peek(1))) {
            pos++;
            while (isDigit(peek())) {
                pos++;
            }
        }
        if ((peek() == 'e' || peek() == 'E')
                && (isDigit(peek(1)) || (peek(1) == '+' || peek(1) == '-') && isDigit(peek(2)))) {
            pos += 2;
            while (isDigit(peek())) {
                pos++;
            }
        }
        return new Literal(span(start, pos), Literal.Kind.NUMBER, text.substring(start, pos));
    }

    // ---------------------------------------------------------------- templates

    private enum Terminator { QUOTE, HEREDOC, END_OF_TEXT }

    private Template quotedTemplate() throws ParseProblem {
        int start = pos++;
        List<TemplatePart> parts = templateParts(Terminator.QUOTE, null);
        pos++; // the closing quote
        return new Template(span(start, pos), parts, false);
    }

    private Template heredoc() throws ParseProblem {
        int start = pos;
        pos += 2;
        boolean indented = peek() == '-';
        if (indented) {
            pos++;
        }
        if (!isIdentifierStart(peek())) {
            throw problem(pos, hcl("expectedHeredocMarker").phrase("found", describe(pos)));
        }
        String marker = identifier();
        while (peek() == ' ' || peek() == '\t' || peek() == '\r') {
            pos++;
        }
        if (peek() != '\n') {
            throw problem(pos, hcl("heredocNewLine").code("opener", "<<" + (indented ? "-" : "") + marker)
                    .phrase("found", describe(pos)));
        }
        pos++;
        List<TemplatePart> parts = templateParts(Terminator.HEREDOC, marker);
        if (indented) {
            parts = Heredocs.dedent(parts);
        }
        return new Template(span(start, pos), parts, true);
    }

    /**
     * Literal text, interpolations and directives up to the terminator: the closing quote (left unread), the
     * heredoc's marker line (read), or the end of the text.
     */
    private List<TemplatePart> templateParts(Terminator until, String marker) throws ParseProblem {
        List<TemplatePart> parts = new ArrayList<>();
        TextBuilder literal = new TextBuilder();
        boolean lineStart = true;
        while (true) {
            if (until == Terminator.HEREDOC && lineStart && atHeredocMarker(marker)) {
                break;
            }
            if (atEnd()) {
                if (until == Terminator.QUOTE) {
                    throw problem(pos, hcl("stringNotClosed"));
                }
                if (until == Terminator.HEREDOC) {
                    throw problem(pos, hcl("heredocNotClosed").code("marker", marker));
                }
                break;
            }
            char c = peek();
            lineStart = false;
            if (until == Terminator.QUOTE && c == '"') {
                break;
            }
            if (until == Terminator.QUOTE && c == '\n') {
                throw problem(pos, hcl("stringNotClosedOnLine"));
            }
            if ((c == '$' || c == '%') && peek(1) == c && peek(2) == '{') {
                literal.add(c, pos);
                literal.add('{', pos + 2);
                pos += 3; // $${ and %%{ are the literal ${ and %{
            } else if (c == '$' && peek(1) == '{') {
                literal.flushInto(parts, offset(pos));
                parts.add(interpolation());
            } else if (c == '%' && peek(1) == '{') {
                literal.flushInto(parts, offset(pos));
                parts.add(directive());
            } else if (c == '\\' && until == Terminator.QUOTE) {
                escape(literal);
            } else {
                literal.add(c, pos);
                pos++;
                lineStart = c == '\n';
            }
        }
        literal.flushInto(parts, offset(pos));
        return parts;
    }

    private boolean atHeredocMarker(String marker) {
        int i = pos;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        if (!text.startsWith(marker, i)) {
            return false;
        }
        int end = i + marker.length();
        int after = end;
        while (after < text.length() && (text.charAt(after) == ' ' || text.charAt(after) == '\t'
                || text.charAt(after) == '\r')) {
            after++;
        }
        if (after < text.length() && text.charAt(after) != '\n') {
            return false;
        }
        pos = end;
        return true;
    }

    private TemplatePart interpolation() throws ParseProblem {
        int start = pos;
        pos += 2;
        if (peek() == '~') {
            pos++;
        }
        enter(false);
        HclExpression expression = expressionAfterOperator();
        skipSpace(true);
        if (peek() == '~') {
            pos++;
        }
        expect('}', hcl("expectedInterpolationClose"));
        leave();
        return new TemplatePart.Interpolation(expression, offset(start), offset(pos));
    }

    private TemplatePart directive() throws ParseProblem {
        int start = pos;
        pos += 2;
        if (peek() == '~') {
            pos++;
        }
        enter(false);
        skipSpace(true);
        if (!isIdentifierStart(peek())) {
            throw problem(pos, hcl("expectedDirective").phrase("found", describe(pos)));
        }
        String keyword = identifier();
        switch (keyword) {
            case "if":
                expressionAfterOperator();
                break;
            case "for":
                forVariables(hcl("expectedDirectiveIn"));
                expressionAfterOperator();
                break;
            case "else":
            case "endif":
            case "endfor":
                break;
            default:
                throw problem(start, hcl("unknownDirective").code("directive", "%{" + keyword + "}"));
        }
        skipSpace(true);
        if (peek() == '~') {
            pos++;
        }
        expect('}', hcl("expectedDirectiveClose"));
        leave();
        return new TemplatePart.Directive(keyword, offset(start), offset(pos));
    }

    private void escape(TextBuilder literal) throws ParseProblem {
        int start = pos;
        char e = peek(1);
        pos += 2;
        switch (e) {
            case 'n': literal.add('\n', start); break;
            case 'r': literal.add('\r', start); break;
            case 't': literal.add('\t', start); break;
            case '"': literal.add('"', start); break;
            case '\\': literal.add('\\', start); break;
            case 'u':
            case 'U': {
                int digits = e == 'u' ? 4 : 8;
                if (pos + digits > text.length()) {
                    throw problem(start, hcl("escapeDigits").code("escape", "\\" + e).number("digits", digits));
                }
                int codePoint;
                try {
                    codePoint = Integer.parseInt(text.substring(pos, pos + digits), 16);
                } catch (NumberFormatException ex) {
                    throw problem(start, hcl("escapeDigits").code("escape", "\\" + e).number("digits", digits));
                }
                if (!Character.isValidCodePoint(codePoint)) {
                    throw problem(start, hcl("escapeNotCharacter").code("escape", text.substring(start, pos + digits)));
                }
                pos += digits;
                for (char ch : Character.toChars(codePoint)) {
                    literal.add(ch, start);
                }
                break;
            }
            default:
                throw problem(start, hcl("unknownEscape").code("escape", "\\" + e));
        }
    }

    /** Decoded text with the file offset of each character. */
    private final class TextBuilder {
        private final StringBuilder chars = new StringBuilder();
        private int[] offsets = new int[16];

        void add(char c, int at) {
            if (chars.length() + 1 >= offsets.length) {
                offsets = Arrays.copyOf(offsets, offsets.length * 2);
            }
            offsets[chars.length()] = offset(at);
            chars.append(c);
        }

        void flushInto(List<TemplatePart> parts, int endOffset) {
            if (chars.length() > 0) {
                int[] exact = Arrays.copyOf(offsets, chars.length() + 1);
                exact[chars.length()] = endOffset;
                parts.add(new TemplatePart.Text(chars.toString(), exact));
                chars.setLength(0);
            }
        }
    }

    // ---------------------------------------------------------------- characters

    private String identifier() throws ParseProblem {
        int start = pos;
        if (!isIdentifierStart(peek())) {
            throw problem(pos, hcl("expectedName").phrase("found", describe(pos)));
        }
        pos++;
        while (isIdentifierPart(peek())) {
            pos++;
        }
        return text.substring(start, pos);
    }

    private boolean atKeyword(String keyword) {
        return text.startsWith(keyword, pos) && !isIdentifierPart(peek(keyword.length()));
    }

    /**
     * Skips spaces, tabs and comments; newlines too when asked or when the innermost bracket ignores them.
     * A line comment stops before its newline.
     */
    private void skipSpace(boolean newlines) {
        boolean crossLines = newlines || !newlineEnds[brackets];
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\r' || c == '\uFEFF' || c == '\n' && crossLines) {
                pos++;
            } else if (c == '#' || c == '/' && peek(1) == '/') {
                while (pos < text.length() && text.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (c == '/' && peek(1) == '*') {
                int close = text.indexOf("*/", pos + 2);
                pos = close < 0 ? text.length() : close + 2;
            } else {
                return;
            }
        }
    }

    /** {@code expected} says what belongs here; the character found is added to it. */
    private void expect(char c, Message expected) throws ParseProblem {
        if (peek() != c) {
            throw problem(pos, expected.phrase("found", describe(pos)));
        }
        pos++;
    }

    private void enter(boolean newlinesEnd) throws ParseProblem {
        enterDepth();
        if (++brackets == newlineEnds.length) {
            newlineEnds = Arrays.copyOf(newlineEnds, brackets * 2);
        }
        newlineEnds[brackets] = newlinesEnd;
    }

    private void leave() {
        brackets--;
        depth--;
    }

    private void enterDepth() throws ParseProblem {
        if (++depth > MAX_DEPTH) {
            throw problem(pos, hcl("tooDeep").number("levels", MAX_DEPTH));
        }
    }

    private boolean atEnd() {
        return pos >= text.length();
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private char peek(int ahead) {
        int i = pos + ahead;
        return i < text.length() ? text.charAt(i) : '\0';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isIdentifierStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c > 127 && Character.isLetter(c);
    }

    private static boolean isIdentifierPart(char c) {
        return isIdentifierStart(c) || isDigit(c) || c == '-' || c > 127 && Character.isLetterOrDigit(c);
    }

    /** What stands at {@code at}, for "expected …, found …": the end of the file or line, or the token. */
    private Message describe(int at) {
        if (at >= text.length()) {
            return hcl("found.endOfFile");
        }
        char c = text.charAt(at);
        if (c == '\n' || c == '\r') {
            return hcl("found.endOfLine");
        }
        int end = at + 1;
        if (!isIdentifierPart(c)) {
            return hcl("found.symbol").code("token", text.substring(at, end));
        }
        while (end < text.length() && isIdentifierPart(text.charAt(end)) && end - at < 30) {
            end++;
        }
        return hcl("found.token").code("token", text.substring(at, end));
    }

    // ---------------------------------------------------------------- positions

    private int offset(int at) {
        if (fileOffsets == null) {
            return at;
        }
        return fileOffsets[Math.max(0, Math.min(at, fileOffsets.length - 1))];
    }

    private Span span(int start, int end) {
        int from = offset(start);
        return file.span(from, Math.max(from, offset(end)));
    }

    private ParseProblem problem(int at, Message message) {
        return new ParseProblem(span(at, Math.min(at + 1, text.length())), message);
    }

    private static ParseProblem problem(HclExpression at, Message message) {
        return new ParseProblem(at.span(), message);
    }

    /** A reason the text is not HCL: {@code hcl.*} in the engine's bundles, "invalid HCL: …" in English. */
    private static Message hcl(String name) {
        return Message.of("hcl." + name);
    }
}
