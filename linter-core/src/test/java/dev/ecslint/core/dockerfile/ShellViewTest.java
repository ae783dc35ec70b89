package dev.ecslint.core.dockerfile;

import static dev.ecslint.core.dockerfile.DockerfileParserTest.parse;
import static dev.ecslint.core.dockerfile.DockerfileParserTest.span;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShellViewTest {

    private static ShellScript script(String run) {
        Dockerfile d = parse("FROM alpine\nRUN " + run + "\n");
        return d.instructions().get(1).shellScript();
    }

    private static List<String> names(ShellScript s) {
        return s.commands().stream().map(ShellCommand::name).toList();
    }

    @Test
    void operatorsSplitCommands() {
        ShellScript s = script("a && b || c ; d | e & f |& g");
        assertThat(names(s)).containsExactly("a", "b", "c", "d", "e", "f", "g");
        assertThat(s.commands()).extracting(ShellCommand::next).containsExactly(ShellOperator.AND, ShellOperator.OR,
                ShellOperator.SEMICOLON, ShellOperator.PIPE, ShellOperator.BACKGROUND, ShellOperator.PIPE,
                ShellOperator.END);
        assertThat(s.hasPipe()).isTrue();
    }

    @Test
    void curlPipedIntoShell() {
        ShellScript s = script("curl -fsSL https://x.sh | sudo sh");
        ShellCommand curl = s.commands().get(0);
        assertThat(curl.next().isPipe()).isTrue();
        ShellCommand reader = s.after(curl).orElseThrow();
        assertThat(reader.name()).isEqualTo("sudo");
        assertThat(reader.wrapped().orElseThrow().name()).isEqualTo("sh");
        assertThat(reader.effective().is("sh", "bash")).isTrue();
        assertThat(s.after(reader)).isEmpty();
    }

    @Test
    void argumentsAreUnquotedWithPhysicalSpans() {
        ShellScript s = script("echo 'a b' \"c $HOME\" d\\ e \"x\\\"y\"");
        ShellCommand echo = s.commands().get(0);
        assertThat(echo.arguments()).extracting(Token::value).containsExactly("a b", "c $HOME", "d e", "x\"y");
        assertThat(echo.arguments().get(0).span()).isEqualTo(span(2, 10, 2, 15));
        assertThat(echo.arguments().get(0).raw()).isEqualTo("'a b'");
        assertThat(echo.command().span()).isEqualTo(span(2, 5, 2, 9));
    }

    @Test
    void operatorsInsideQuotesDoNotSplit() {
        ShellScript s = script("echo \"a && b\" 'c | d' $(e | f) `g; h`");
        assertThat(names(s)).containsExactly("echo");
        assertThat(s.commands().get(0).arguments()).extracting(Token::value)
                .containsExactly("a && b", "c | d", "$(e | f)", "`g; h`");
    }

    @Test
    void commandsOnContinuationLinesReportTheirPhysicalLine() {
        Dockerfile d = parse("FROM a\nRUN apt-get update \\\n    && apt-get install -y \\\n       curl \\\n"
                + "    && rm -rf /var/lib/apt/lists/*\n");
        List<ShellCommand> commands = d.instructions().get(1).shellScript().commands();
        assertThat(commands).extracting(ShellCommand::name).containsExactly("apt-get", "apt-get", "rm");
        assertThat(commands.get(1).command().span()).isEqualTo(span(3, 8, 3, 15));
        assertThat(commands.get(1).span()).isEqualTo(span(3, 8, 4, 12));
        assertThat(commands.get(1).arguments().get(2).span()).isEqualTo(span(4, 8, 4, 12));
        assertThat(commands.get(2).span().line()).isEqualTo(5);
    }

    @Test
    void subshellsAndBraceGroups() {
        ShellScript s = script("(cd /x && make) | tee log; { echo a; echo b; } || exit 1; done_cmd");
        assertThat(names(s)).containsExactly("cd", "make", "tee", "echo", "echo", "exit", "done_cmd");
        assertThat(s.commands()).extracting(ShellCommand::inSubshell)
                .containsExactly(true, true, false, false, false, false, false);
        assertThat(s.commands()).extracting(ShellCommand::inBraceGroup)
                .containsExactly(false, false, false, true, true, false, false);
        assertThat(s.commands().get(1).next()).isEqualTo(ShellOperator.PIPE);
        assertThat(s.commands().get(4).next()).isEqualTo(ShellOperator.OR);
    }

    @Test
    void assignmentsAndRedirectionsAreNotArguments() {
        ShellScript s = script("DEBIAN_FRONTEND=noninteractive apt-get install -y x > /dev/null 2>&1 </dev/null");
        ShellCommand c = s.commands().get(0);
        assertThat(c.name()).isEqualTo("apt-get");
        assertThat(c.assignments()).extracting(Token::value).containsExactly("DEBIAN_FRONTEND=noninteractive");
        assertThat(c.arguments()).extracting(Token::value).containsExactly("install", "-y", "x");
        assertThat(c.redirections()).extracting(Token::value).containsExactly(">/dev/null", "2>&1", "</dev/null");
        assertThat(c.span()).isEqualTo(span(2, 5, 2, 84));
        assertThat(c.subcommand().orElseThrow().value()).isEqualTo("install");
    }

    @Test
    void flagsShortCombinedAndLong() {
        ShellCommand c = script("apt-get -qq --no-install-recommends -o Dpkg::Options=x install -fy --opt=v pkg")
                .commands().get(0);
        assertThat(c.hasFlag("-qq")).isTrue();
        assertThat(c.hasFlag("-y", "--yes")).isTrue();
        assertThat(c.hasShortFlag('f')).isTrue();
        assertThat(c.hasShortFlag('z')).isFalse();
        assertThat(c.hasFlag("--no-install-recommends")).isTrue();
        assertThat(c.hasFlag("--opt")).isTrue();
        assertThat(c.flagValue("--opt")).contains("v");
        assertThat(c.flagValue("-o")).contains("Dpkg::Options=x");
        assertThat(c.hasFlag("--assume-yes")).isFalse();
        assertThat(c.flag("-y").orElseThrow().value()).isEqualTo("-fy");
        ShellCommand curl = script("curl -fsSL https://x -- -y").commands().get(0);
        assertThat(curl.hasShortFlag('L')).isTrue();
        assertThat(curl.hasShortFlag('y')).isFalse();
        assertThat(curl.positionals()).extracting(Token::value).containsExactly("https://x", "-y");
    }

    @Test
    void wrappersExposeTheWrappedCommand() {
        ShellScript s = script("sudo -u root apt-get install -y x && env A=1 pip install y && nohup z");
        assertThat(names(s)).containsExactly("sudo", "env", "nohup");
        assertThat(s.commands().get(0).wrapped().orElseThrow().name()).isEqualTo("apt-get");
        assertThat(s.commands().get(0).wrapped().orElseThrow().next()).isEqualTo(ShellOperator.AND);
        assertThat(s.commands().get(1).wrapped().orElseThrow().name()).isEqualTo("pip");
        assertThat(s.allCommands()).extracting(ShellCommand::name)
                .containsExactly("sudo", "apt-get", "env", "pip", "nohup", "z");
        assertThat(s.commandsNamed("pip")).hasSize(1);
    }

    @Test
    void setPipefailIsDetected() {
        ShellScript s = script("set -euxo pipefail && curl x | sh");
        assertThat(s.setsPipefail()).isTrue();
        assertThat(s.commands().get(0).pipefail()).isFalse();
        assertThat(s.commands().get(1).pipefail()).isTrue();
        assertThat(script("set -e && curl x | sh").setsPipefail()).isFalse();
        assertThat(script("set -o pipefail; a | b").commands().get(1).pipefail()).isTrue();
    }

    @Test
    void reservedWordsAreSkipped() {
        ShellScript s = script("if [ -f x ]; then rm x; else touch x; fi && for f in a b; do echo $f; done");
        assertThat(names(s)).containsExactly("[", "rm", "touch", "for", "echo");
    }

    @Test
    void commentsInHeredocScript() {
        Dockerfile d = parse("FROM a\nRUN <<EOF\n# install\napt-get update # refresh\n  apt-get install \\\n  -y x\nEOF\n");
        List<ShellCommand> commands = d.instructions().get(1).shellScript().commands();
        assertThat(commands).extracting(ShellCommand::name).containsExactly("apt-get", "apt-get");
        assertThat(commands.get(0).arguments()).extracting(Token::value).containsExactly("update");
        assertThat(commands.get(1).hasFlag("-y")).isTrue();
        assertThat(commands.get(1).arguments().get(1).span()).isEqualTo(span(6, 3, 6, 5));
    }

    @Test
    void execFormHasNoShellView() {
        Dockerfile d = parse("FROM a\nRUN [\"sh\", \"-c\", \"curl x | sh\"]\n");
        assertThat(d.instructions().get(1).shellScript()).isSameAs(ShellScript.EMPTY);
    }

    @Test
    void shellViewIsComputedOnce() {
        Instruction run = parse("FROM a\nRUN a && b\n").instructions().get(1);
        assertThat(run.shellScript()).isSameAs(run.shellScript());
        assertThat(run.shellScript().allCommands()).isSameAs(run.shellScript().commands());
    }

    @Test
    void neverFailsOnGarbage() {
        for (String text : List.of("'unterminated", "\"open", "$(open", "((", "))", "}", "{", "| |", "&& &&", "\\",
                "`x", "${x", "a <", "2>", "<<", ";;")) {
            assertThat(script(text)).isNotNull();
        }
    }
}
