package dev.ecslint.core.terraform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.ecslint.core.i18n.Language;
import dev.ecslint.core.i18n.Localizer;
import dev.ecslint.core.i18n.Message;
import dev.ecslint.core.json.ParseProblem;
import dev.ecslint.core.model.SourceFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every reason a Terraform file (native HCL or {@code .tf.json}) cannot be read, reached by a real file and
 * written in both languages: the English as ecslint has always written it, Korean sentences for a Korean run.
 */
class TerraformProblemsTest {

    /** File name → (text → English message). */
    private static final Map<String, Map<String, String>> BROKEN = new LinkedHashMap<>();

    private static void broken(String text, String english) {
        BROKEN.computeIfAbsent("main.tf", k -> new LinkedHashMap<>()).put(text, english);
    }

    static {
        broken("resource \"a\" \"b\" {\n  x = 1\n",
                "invalid HCL: a block is not closed: `}` is missing before the end of the file");
        broken("= 1\n",
                "invalid HCL: expected an attribute (`name = value`) or a block (`type \"label\" {`), found `=`");
        broken("resource \"a\" \"${var.x}\" {\n}\n", "invalid HCL: a block label cannot hold `${` or `%{`");
        broken("resource \"aws_ecs_service\" \"api\" (\n", "invalid HCL: expected `=` after the attribute name, "
                + "or a label or `{` after the block type `resource`, found `(`");
        broken("a = 1 b = 2\n", "invalid HCL: expected a new line after this attribute or block, found `b`");
        broken("a = )\n", "invalid HCL: expected a value, found `)`");
        broken("a = \n", "invalid HCL: expected a value, found the end of the line");
        broken("a =", "invalid HCL: expected a value, found the end of the file");
        broken("a = max(1 2)\n", "invalid HCL: expected `,` or `)` in the arguments of max(…), found `2`");
        broken("a = [1 2]\n", "invalid HCL: expected `,` or `]` in a list, found `2`");
        broken("a = {b 1}\n", "invalid HCL: expected `=` after the key of an object element, found `1`");
        broken("a = {b = 1 c = 2}\n",
                "invalid HCL: expected a new line, `,` or `}` after an object element, found `c`");
        broken("a = [for x of y : x]\n", "invalid HCL: expected `in` in a for expression, found `of`");
        broken("a = {for k, v in m : k = v}\n", "invalid HCL: expected `=>` in an object for expression, found `=`");
        broken("a = [for x in y x]\n",
                "invalid HCL: expected `:` after the collection of a for expression, found `x`");
        broken("a = [for x in y : x x]\n", "invalid HCL: expected `]` closing the for expression, found `x`");
        broken("a = x ? 1 2\n", "invalid HCL: expected `:` between the two results of a conditional, found `2`");
        broken("a = (1 2)\n", "invalid HCL: expected `)`, found `2`");
        broken("a = x[1 2]\n", "invalid HCL: expected `]` after the index, found `2`");
        broken("a = <<1\n", "invalid HCL: expected the heredoc's end marker after `<<`, found `1`");
        broken("a = <<-EOF x\nEOF\n", "invalid HCL: a heredoc starts on the line after `<<-EOF`; found `x`");
        broken("a = <<EOF\nnever closed\n", "invalid HCL: a heredoc is not closed: no line holds only `EOF`");
        broken("a = \"open", "invalid HCL: a string is not closed: `\"` is missing");
        broken("a = \"open\nb = 1\n", "invalid HCL: a string is not closed on its line: `\"` is missing "
                + "(use a heredoc for text over several lines)");
        broken("a = \"${x y}\"\n", "invalid HCL: expected `}` closing `${`, found `y`");
        broken("a = \"%{ 1 }\"\n", "invalid HCL: expected if, else, endif, for or endfor after `%{`, found `1`");
        broken("a = \"%{for x of y}\"\n", "invalid HCL: expected `in` in a %{for} directive, found `of`");
        broken("a = \"%{if x y}\"\n", "invalid HCL: expected `}` closing `%{`, found `y`");
        broken("a = \"%{while x}\"\n", "invalid HCL: unknown template directive `%{while}`");
        broken("a = \"\\u12\"\n", "invalid HCL: an escape `\\u` needs 4 hexadecimal digits");
        broken("a = \"\\U00110000\"\n", "invalid HCL: the escape `\\U00110000` is not a Unicode character");
        broken("a = \"\\q\"\n", "invalid HCL: unknown escape `\\q` in a string (known: \\n \\r \\t \\\" \\\\ \\uNNNN)");
        broken("a = [for 1 in y : 1]\n", "invalid HCL: expected a name, found `1`");
        broken("a = " + "[".repeat(300) + "\n", "invalid HCL: nested deeper than 200 levels");
        BROKEN.put("main.tf.json", Map.of("[{\"resource\": {}}]", "invalid Terraform JSON: the file must hold one "
                + "object ({\"resource\": …, \"variable\": …}), found an array"));
    }

    /** Three English words in a row outside code: prose a Korean reader should not have to read. */
    private static final Pattern ENGLISH_PROSE = Pattern.compile("\\b[A-Za-z][A-Za-z'-]*(?: +[A-Za-z][A-Za-z'-]*){2,}\\b");
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)(?:(?!\\1).)*\\1");

    private static Message problemOf(String fileName, String text) {
        try {
            TerraformFiles.parse(new PlacedFile(new SourceFile(null, fileName, text), 0));
        } catch (ParseProblem e) {
            return e.message();
        }
        return fail("parsed: " + text);
    }

    @Test
    void englishIsWrittenAsBefore() {
        Localizer english = Localizer.english();
        BROKEN.forEach((fileName, cases) -> cases.forEach((text, expected) ->
                assertThat(english.render(problemOf(fileName, text))).as(text).isEqualTo(expected)));
    }

    @Test
    void everyProblemIsWrittenInKorean() {
        Localizer korean = Localizer.of(Language.KO, getClass().getClassLoader());
        Set<String> reached = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        BROKEN.forEach((fileName, cases) -> cases.forEach((text, expected) -> {
            Message message = problemOf(fileName, text);
            reached.addAll(message.keys());
            for (String key : message.keys()) {
                if (!korean.has(key)) {
                    problems.add(key + ": no Korean template");
                }
                if (!Localizer.english().has(key)) {
                    problems.add(key + ": no English template");
                }
            }
            String ko = korean.render(message);
            Matcher english = ENGLISH_PROSE.matcher(CODE_SPAN.matcher(ko).replaceAll(" "));
            if (english.find()) {
                problems.add(ko + ": English prose \"" + english.group() + "\"");
            }
            for (String arg : message.args().keySet()) {
                if (ko.contains("{" + arg + "}")) {
                    problems.add(ko + ": {" + arg + "} left unfilled");
                }
            }
            if (!ko.startsWith("HCL 문법 오류: ") && !ko.startsWith("Terraform JSON 문법 오류: ") || !ko.endsWith(".")
                    || ko.contains("; ") || ko.contains("이/가") || ko.contains("은/는")) {
                problems.add(ko + ": not a Korean sentence of the parser's");
            }
        }));
        assertThat(problems).isEmpty();
        Set<String> declared = Localizer.english().keys().stream()
                .filter(k -> k.startsWith("hcl.") || k.startsWith("terraformJson."))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(reached).as("every Terraform problem has a file that reaches it").containsAll(declared);
    }

    @Test
    void koreanNamesWhatStandsWhereTheParserStopped() {
        Localizer korean = Localizer.of(Language.KO, getClass().getClassLoader());
        assertThat(korean.render(problemOf("main.tf", "a = 1 b = 2\n")))
                .isEqualTo("HCL 문법 오류: 속성이나 블록이 끝나면 줄을 바꿔야 하는데 `b`가 있습니다.");
        assertThat(korean.render(problemOf("main.tf", "a = )\n")))
                .isEqualTo("HCL 문법 오류: 값이 와야 하는데 `)` 기호가 있습니다.");
        assertThat(korean.render(problemOf("main.tf", "a = [for x of y : x]\n")))
                .isEqualTo("HCL 문법 오류: `for` 식에는 `in` 키워드가 있어야 하는데 `of`가 있습니다.");
        assertThat(korean.render(problemOf("main.tf", "resource \"a\" \"b\" {\n  x = [1,\n")))
                .isEqualTo("HCL 문법 오류: 값이 와야 하는데 파일이 끝납니다.");
        assertThat(korean.render(problemOf("main.tf", "a = \"\\U00110000\"\n")))
                .isEqualTo("HCL 문법 오류: 이스케이프 `\\U00110000`은 유니코드 문자를 나타내지 않습니다.");
        assertThat(korean.render(problemOf("main.tf.json", "\"just text\"")))
                .isEqualTo("Terraform JSON 문법 오류: 파일 전체가 객체 하나(`{\"resource\": …, \"variable\": …}`)여야 "
                        + "하는데 문자열입니다.");
    }
}
