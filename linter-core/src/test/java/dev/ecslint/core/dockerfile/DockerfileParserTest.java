package dev.ecslint.core.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecslint.core.json.ParseProblem;
import dev.ecslint.core.model.SourceFile;
import dev.ecslint.core.model.Span;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DockerfileParserTest {

    static Dockerfile parse(String text) {
        try {
            return DockerfileParser.parse(new SourceFile(null, "Dockerfile", text));
        } catch (ParseProblem e) {
            throw new AssertionError("unexpected ParseProblem at " + e.span() + ": " + e.getMessage(), e);
        }
    }

    static ParseProblem problem(String text) {
        try {
            DockerfileParser.parse(new SourceFile(null, "Dockerfile", text));
        } catch (ParseProblem e) {
            return e;
        }
        throw new AssertionError("expected a ParseProblem");
    }

    static Span span(int line, int column, int endLine, int endColumn) {
        return new Span(line, column, endLine, endColumn);
    }

    static Instruction first(Dockerfile d, String keyword) {
        return d.instructions().stream().filter(i -> i.is(keyword)).findFirst().orElseThrow();
    }

    @Nested
    class Lines {

        @Test
        void directivesAtTheTop() {
            Dockerfile d = parse("# syntax=docker/dockerfile:1\n#check = skip=all\nFROM alpine\n");
            assertThat(d.directives()).extracting(Directive::name).containsExactly("syntax", "check");
            Directive syntax = d.directive("syntax").orElseThrow();
            assertThat(syntax.value()).isEqualTo("docker/dockerfile:1");
            assertThat(syntax.span()).isEqualTo(span(1, 1, 1, 29));
            assertThat(syntax.valueSpan()).isEqualTo(span(1, 10, 1, 29));
            assertThat(d.directive("check").orElseThrow().value()).isEqualTo("skip=all");
            assertThat(d.comments()).isEmpty();
        }

        @Test
        void directiveAfterAnInstructionOrBlankLineIsAComment() {
            Dockerfile d = parse("\n# escape=`\nFROM alpine\n# syntax=x\n");
            assertThat(d.directives()).isEmpty();
            assertThat(d.escapeChar()).isEqualTo('\\');
            assertThat(d.comments()).extracting(Comment::text).containsExactly("escape=`", "syntax=x");
        }

        @Test
        void backtickEscapeContinuesLines() {
            Dockerfile d = parse("# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\n"
                    + "RUN powershell -Command `\n    Write-Host C:\\path\n");
            assertThat(d.escapeChar()).isEqualTo('`');
            Instruction run = first(d, "RUN");
            assertThat(run.span()).isEqualTo(span(3, 1, 4, 23));
            assertThat(run.argumentText().value()).isEqualTo("powershell -Command     Write-Host C:\\path");
            assertThat(run.arguments()).extracting(Token::value)
                    .containsExactly("powershell", "-Command", "Write-Host", "C:\\path");
            assertThat(run.arguments().get(3).span()).isEqualTo(span(4, 16, 4, 23));
        }

        @Test
        void duplicateOrInvalidEscapeDirectiveIsAnError() {
            assertThat(problem("# escape=x\nFROM a\n").span()).isEqualTo(span(1, 10, 1, 11));
            assertThat(problem("# escape=`\n# escape=\\\nFROM a\n").span().line()).isEqualTo(2);
        }

        @Test
        void continuationSkipsCommentAndBlankLines() {
            Dockerfile d = parse("FROM alpine\nRUN apk add \\\n# a comment\n\n    curl \\\n  # another\n    git\nUSER app\n");
            Instruction run = first(d, "RUN");
            assertThat(run.span()).isEqualTo(span(2, 1, 7, 8));
            assertThat(run.arguments()).extracting(Token::value).containsExactly("apk", "add", "curl", "git");
            assertThat(run.arguments().get(2).span()).isEqualTo(span(5, 5, 5, 9));
            assertThat(run.arguments().get(3).span()).isEqualTo(span(7, 5, 7, 8));
            assertThat(d.comments()).extracting(Comment::line).containsExactly(3, 6);
            assertThat(first(d, "USER").line()).isEqualTo(8);
        }

        @Test
        void escapedEscapeAtEndOfLineDoesNotContinue() {
            Dockerfile d = parse("FROM alpine\nRUN echo \\\\\nUSER app\n");
            assertThat(first(d, "RUN").span()).isEqualTo(span(2, 1, 2, 12));
            assertThat(first(d, "USER").line()).isEqualTo(3);
        }

        @Test
        void crlfLineEndings() {
            Dockerfile d = parse("FROM alpine\r\nRUN apk add \\\r\n    curl\r\nUSER app\r\n");
            Instruction run = first(d, "RUN");
            assertThat(run.span()).isEqualTo(span(2, 1, 3, 9));
            assertThat(run.arguments()).extracting(Token::value).containsExactly("apk", "add", "curl");
            assertThat(first(d, "USER").argumentText().value()).isEqualTo("app");
        }

        @Test
        void shellFormWordsAreSplitWhenReadAndStayUnmodifiable() {
            Instruction run = first(parse("FROM alpine\nRUN echo \"a b\" c\n"), "RUN");
            assertThat(run.arguments()).extracting(Token::value).containsExactly("echo", "a b", "c");
            assertThat(run.arguments()).isEqualTo(List.copyOf(run.arguments()));
            assertThatThrownBy(() -> run.arguments().add(run.arguments().get(0)))
                    .isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void byteOrderMarkIsDropped() {
            Dockerfile d = parse("\uFEFF# syntax=docker/dockerfile:1\nFROM alpine\n");
            assertThat(d.directives()).hasSize(1);
            assertThat(d.stages().get(0).from().keywordSpan()).isEqualTo(span(2, 1, 2, 5));
        }

        @Test
        void instructionsInAnyCase() {
            Dockerfile d = parse("from alpine as Build\nRun echo hi\ncopy --from=build /a /b\n");
            assertThat(d.instructions()).extracting(Instruction::keyword).containsExactly("FROM", "RUN", "COPY");
            assertThat(d.instructions().get(1).keywordSpan()).isEqualTo(span(2, 1, 2, 4));
            assertThat(d.stages().get(0).isNamed("build")).isTrue();
            assertThat(d.stages().get(0).name()).contains("build");
        }

        @Test
        void commentsAndTheInstructionAfterThem() {
            Dockerfile d = parse("FROM alpine\n# ecslint ignore=DF001 -- reason\n\n  # hadolint ignore=DL3007\nUSER root\n");
            assertThat(d.comments()).hasSize(2);
            Comment c = d.comments().get(1);
            assertThat(c.text()).isEqualTo("hadolint ignore=DL3007");
            assertThat(c.span()).isEqualTo(span(4, 3, 4, 27));
            assertThat(d.instructionAfterLine(2).orElseThrow().keyword()).isEqualTo("USER");
            assertThat(d.instructionAfterLine(5)).isEmpty();
            assertThat(d.instructionAt(1).orElseThrow().keyword()).isEqualTo("FROM");
        }

        @Test
        void trailingHashIsNotACommentInsideAnInstruction() {
            Instruction run = first(parse("FROM a\nRUN echo # not a comment\n"), "RUN");
            assertThat(run.argumentText().value()).isEqualTo("echo # not a comment");
        }
    }

    @Nested
    class Forms {

        @Test
        void execForm() {
            Instruction cmd = first(parse("FROM a\nCMD [\"nginx\", \"-g\", \"daemon off;\"]\n"), "CMD");
            assertThat(cmd.execForm()).isTrue();
            assertThat(cmd.arguments()).extracting(Token::value).containsExactly("nginx", "-g", "daemon off;");
            assertThat(cmd.arguments().get(1).span()).isEqualTo(span(2, 15, 2, 19));
            assertThat(cmd.shellScript().isEmpty()).isTrue();
        }

        @Test
        void jsonEscapesInExecForm() {
            Instruction cmd = first(parse("FROM a\nENTRYPOINT [\"a\\\"b\", \"\\u0041\"]\n"), "ENTRYPOINT");
            assertThat(cmd.arguments()).extracting(Token::value).containsExactly("a\"b", "A");
        }

        @Test
        void shellForm() {
            Instruction cmd = first(parse("FROM a\nCMD node server.js\n"), "CMD");
            assertThat(cmd.isShellForm()).isTrue();
            assertThat(cmd.arguments()).extracting(Token::value).containsExactly("node", "server.js");
            assertThat(cmd.shellScript().commands()).extracting(ShellCommand::name).containsExactly("node");
        }

        @Test
        void malformedJsonIsShellForm() {
            Instruction cmd = first(parse("FROM a\nCMD [\"nginx\", 'x']\n"), "CMD");
            assertThat(cmd.execForm()).isFalse();
            assertThat(cmd.argumentText().value()).isEqualTo("[\"nginx\", 'x']");
            Instruction unterminated = first(parse("FROM a\nRUN [\"echo\"\n"), "RUN");
            assertThat(unterminated.execForm()).isFalse();
        }

        @Test
        void jsonArrayOfNonStringsIsAnError() {
            ParseProblem p = problem("FROM a\nCMD [\"echo\", 1]\n");
            assertThat(p.span()).isEqualTo(span(2, 5, 2, 16));
        }

        @Test
        void volumeAndCopyInExecForm() {
            Dockerfile d = parse("FROM a\nVOLUME [\"/data\", \"/logs\"]\nCOPY [\"a b\", \"/dst/\"]\n");
            assertThat(first(d, "VOLUME").arguments()).extracting(Token::value).containsExactly("/data", "/logs");
            Instruction copy = first(d, "COPY");
            assertThat(copy.sources()).extracting(Token::value).containsExactly("a b");
            assertThat(copy.destination().orElseThrow().value()).isEqualTo("/dst/");
        }
    }

    @Nested
    class Flags {

        @Test
        void fromPlatformAndAlias() {
            Dockerfile d = parse("FROM --platform=$BUILDPLATFORM golang:1.22 AS build\n");
            Stage s = d.stages().get(0);
            Flag platform = s.platform().orElseThrow();
            assertThat(platform.name()).isEqualTo("platform");
            assertThat(platform.value()).isEqualTo("$BUILDPLATFORM");
            assertThat(platform.span()).isEqualTo(span(1, 6, 1, 31));
            assertThat(platform.nameSpan()).isEqualTo(span(1, 6, 1, 16));
            assertThat(platform.valueSpan()).isEqualTo(span(1, 17, 1, 31));
            assertThat(s.baseImage().value()).isEqualTo("golang:1.22");
            assertThat(s.baseImage().span()).isEqualTo(span(1, 32, 1, 43));
            assertThat(s.alias().orElseThrow().span()).isEqualTo(span(1, 47, 1, 52));
        }

        @Test
        void copyFlags() {
            Instruction copy = first(parse("FROM a\nCOPY --from=build --chown=app:app --chmod=0755 --link /src /dst\n"),
                    "COPY");
            assertThat(copy.flags()).extracting(Flag::name).containsExactly("from", "chown", "chmod", "link");
            assertThat(copy.flag("chown").orElseThrow().value()).isEqualTo("app:app");
            assertThat(copy.flag("link").orElseThrow().hasValue()).isFalse();
            assertThat(copy.flag("link").orElseThrow().valueSpan()).isNull();
            assertThat(copy.sources()).extracting(Token::value).containsExactly("/src");
            assertThat(copy.destination().orElseThrow().span()).isEqualTo(span(2, 60, 2, 64));
        }

        @Test
        void addChecksum() {
            Instruction add = first(parse("FROM a\nADD --checksum=sha256:abc https://x/y.tgz /y\n"), "ADD");
            assertThat(add.flag("checksum").orElseThrow().value()).isEqualTo("sha256:abc");
            assertThat(add.sources().get(0).value()).isEqualTo("https://x/y.tgz");
        }

        @Test
        void runMountRepeatsAndNetworkSecurity() {
            Instruction run = first(parse("FROM a\nRUN --mount=type=cache,target=/root/.m2 \\\n"
                    + "    --mount=type=secret,id=npm --network=none --security=insecure mvn package\n"), "RUN");
            assertThat(run.flags("mount")).hasSize(2);
            assertThat(run.flags("mount").get(0).option("type")).isEqualTo("cache");
            assertThat(run.flags("mount").get(0).option("target")).isEqualTo("/root/.m2");
            assertThat(run.flags("mount").get(1).span()).isEqualTo(span(3, 5, 3, 31));
            assertThat(run.flag("network").orElseThrow().value()).isEqualTo("none");
            assertThat(run.flag("security").orElseThrow().value()).isEqualTo("insecure");
            assertThat(run.shellScript().commands()).extracting(ShellCommand::name).containsExactly("mvn");
        }

        @Test
        void quotedFlagValue() {
            Instruction run = first(parse("FROM a\nRUN --mount=\"type=bind,source=a b\" ls\n"), "RUN");
            assertThat(run.flag("mount").orElseThrow().value()).isEqualTo("type=bind,source=a b");
        }

        @Test
        void flagWithoutNeededValueIsAnError() {
            assertThat(problem("FROM a\nCOPY --from /a /b\n").span()).isEqualTo(span(2, 6, 2, 12));
            assertThat(problem("FROM --platform alpine\n").getMessage()).contains("--platform");
            assertThat(problem("FROM a\nRUN --mount echo\n").span()).isEqualTo(span(2, 5, 2, 12));
        }
    }

    @Nested
    class Heredocs {

        @Test
        void runHeredocIsTheScript() {
            Dockerfile d = parse("FROM a\nRUN <<EOF\napt-get update\napt-get install -y curl\nEOF\nUSER app\n");
            Instruction run = first(d, "RUN");
            assertThat(run.span()).isEqualTo(span(2, 1, 5, 4));
            Heredoc h = run.heredocs().get(0);
            assertThat(h.name()).isEqualTo("EOF");
            assertThat(h.expand()).isTrue();
            assertThat(h.chomp()).isFalse();
            assertThat(h.body()).isEqualTo("apt-get update\napt-get install -y curl\n");
            assertThat(h.marker().span()).isEqualTo(span(2, 5, 2, 10));
            assertThat(h.bodySpan()).isEqualTo(span(3, 1, 4, 24));
            assertThat(h.terminatorSpan()).isEqualTo(span(5, 1, 5, 4));
            List<ShellCommand> commands = run.shellScript().commands();
            assertThat(commands).extracting(ShellCommand::name).containsExactly("apt-get", "apt-get");
            assertThat(commands.get(0).next()).isEqualTo(ShellOperator.NEWLINE);
            assertThat(commands.get(1).span()).isEqualTo(span(4, 1, 4, 24));
            assertThat(commands.get(1).hasFlag("-y")).isTrue();
            assertThat(d.instructionAfterLine(2).orElseThrow().keyword()).isEqualTo("USER");
        }

        @Test
        void chompedAndQuotedDelimiters() {
            Dockerfile d = parse("FROM a\nRUN <<-\"END\"\n\techo $HOME\n\tEND\nCOPY <<'CONF' /etc/app.conf\nx=1\nCONF\n");
            Heredoc run = first(d, "RUN").heredocs().get(0);
            assertThat(run.chomp()).isTrue();
            assertThat(run.expand()).isFalse();
            assertThat(run.name()).isEqualTo("END");
            assertThat(run.content()).isEqualTo("echo $HOME\n");
            assertThat(first(d, "RUN").shellScript().commands().get(0).span()).isEqualTo(span(3, 2, 3, 12));
            Instruction copy = first(d, "COPY");
            assertThat(copy.heredocs().get(0).name()).isEqualTo("CONF");
            assertThat(copy.sources().get(0).value()).isEqualTo("<<CONF");
            assertThat(copy.destination().orElseThrow().value()).isEqualTo("/etc/app.conf");
            assertThat(copy.heredoc("CONF")).isPresent();
        }

        @Test
        void severalHeredocsOnOneInstruction() {
            Dockerfile d = parse("FROM a\nRUN <<FILE1 cat > /f1 && <<FILE2 cat > /f2\none\nFILE1\ntwo\nFILE2\nUSER x\n");
            Instruction run = first(d, "RUN");
            assertThat(run.heredocs()).extracting(Heredoc::name).containsExactly("FILE1", "FILE2");
            assertThat(run.heredocs().get(1).bodySpan()).isEqualTo(span(5, 1, 5, 4));
            assertThat(run.span().endLine()).isEqualTo(6);
            assertThat(run.shellScript().commands()).extracting(ShellCommand::name).containsExactly("cat", "cat");
        }

        @Test
        void heredocFedToAShellIsParsedButNotToPython() {
            Dockerfile d = parse("FROM a\nRUN bash -e <<EOF\ncurl x | sh\nEOF\nRUN python3 <<EOF\nimport os\nEOF\n");
            assertThat(d.instructions().get(1).shellScript().commands()).extracting(ShellCommand::name)
                    .containsExactly("bash", "curl", "sh");
            assertThat(d.instructions().get(2).shellScript().commands()).extracting(ShellCommand::name)
                    .containsExactly("python3");
        }

        @Test
        void shebangPicksTheInterpreter() {
            Dockerfile d = parse("FROM a\nRUN <<EOF\n#!/usr/bin/env python3\nprint(1)\nEOF\n");
            assertThat(first(d, "RUN").shellScript().isEmpty()).isTrue();
        }

        @Test
        void emptyHeredocBody() {
            Heredoc h = first(parse("FROM a\nCOPY <<EOF /empty\nEOF\n"), "COPY").heredocs().get(0);
            assertThat(h.body()).isEmpty();
            assertThat(h.bodySpan()).isEqualTo(span(3, 1, 3, 1));
        }

        @Test
        void unterminatedHeredocIsAnError() {
            ParseProblem p = problem("FROM a\nRUN <<EOF\necho hi\n");
            assertThat(p.span()).isEqualTo(span(2, 5, 2, 10));
            assertThat(p.getMessage()).contains("unterminated heredoc");
        }

        @Test
        void heredocSyntaxInQuotesOrExecFormIsNotAHeredoc() {
            Dockerfile d = parse("FROM a\nRUN echo \"<<EOF\"\nRUN [\"cat\", \"<<EOF\"]\n");
            assertThat(d.instructions()).allMatch(i -> i.heredocs().isEmpty());
        }
    }

    @Nested
    class Stages {

        @Test
        void stagesAliasesAndCopyFrom() {
            Dockerfile d = parse("FROM maven:3 AS Build\nRUN mvn package\nFROM build AS test\nFROM scratch\n"
                    + "COPY --from=BUILD /a /a\nCOPY --from=0 /b /b\n");
            assertThat(d.stages()).hasSize(3);
            Stage test = d.stages().get(1);
            assertThat(test.isFromStage()).isTrue();
            assertThat(test.baseStage().orElseThrow().index()).isZero();
            Stage last = d.finalStage();
            assertThat(last.isScratch()).isTrue();
            assertThat(last.instructions()).hasSize(2);
            String byAlias = last.instructions().get(0).flag("from").orElseThrow().value();
            assertThat(d.stage(byAlias, last.index()).orElseThrow().index()).isZero();
            assertThat(d.stage("0", last.index()).orElseThrow().isNamed("build")).isTrue();
            assertThat(d.stage("nope", last.index())).isEmpty();
            assertThat(d.stageOf(last.instructions().get(0))).contains(last);
            assertThat(d.stages().get(0).instructions(("RUN"))).hasSize(1);
        }

        @Test
        void globalArgsWithEverySubstitutionForm() {
            Dockerfile d = parse("ARG REGISTRY=docker.io\nARG TAG\nARG VARIANT=slim\nARG EMPTY=\n"
                    + "FROM ${REGISTRY}/library/node:20\n"
                    + "FROM $REGISTRY/node:${TAG:-20}-alpine\n"
                    + "FROM node:20${VARIANT:+-$VARIANT}\n"
                    + "FROM node:${TAG}\n"
                    + "FROM node:20${EMPTY:+-x}\n"
                    + "FROM ${UNDECLARED}\n"
                    + "FROM node:${EMPTY:-18}\n");
            assertThat(d.globalArgs()).extracting(KeyValue::key).containsExactly("REGISTRY", "TAG", "VARIANT", "EMPTY");
            assertThat(d.globalArgs().get(1).hasValue()).isFalse();
            assertThat(d.stages()).extracting(Stage::effectiveImage).containsExactly(
                    Optional.of("docker.io/library/node:20"),
                    Optional.of("docker.io/node:20-alpine"),
                    Optional.of("node:20-slim"),
                    Optional.empty(),
                    Optional.of("node:20"),
                    Optional.empty(),
                    Optional.of("node:18"));
            assertThat(d.stages().get(3).baseImage().value()).isEqualTo("node:${TAG}");
            assertThat(d.resolveGlobal("${REGISTRY}")).contains("docker.io");
        }

        @Test
        void resolveInAStageUsesArgAndEnv() {
            Dockerfile d = parse("ARG VERSION=1.2\nFROM a\nARG VERSION\nENV HOME_DIR=/opt/app PATH=$HOME_DIR/bin\n");
            Stage s = d.stages().get(0);
            assertThat(d.resolve("$HOME_DIR/v${VERSION}", s)).contains("/opt/app/v1.2");
            assertThat(d.resolve("$PATH", s)).contains("/opt/app/bin");
            assertThat(d.resolve("$NOPE", s)).isEmpty();
        }

        @Test
        void onlyArgBeforeFrom() {
            ParseProblem p = problem("ARG A=1\n# comment\nRUN echo hi\nFROM a\n");
            assertThat(p.span()).isEqualTo(span(3, 1, 3, 4));
        }

        @Test
        void fileWithoutFrom() {
            assertThat(problem("ARG A=1\n").span()).isEqualTo(span(1, 1, 1, 4));
            assertThat(problem("").span()).isEqualTo(Span.START);
            assertThat(problem("# only a comment\n\n").span()).isEqualTo(Span.START);
        }

        @Test
        void unknownInstruction() {
            ParseProblem p = problem("FROM a\n  FORM b\n");
            assertThat(p.span()).isEqualTo(span(2, 3, 2, 7));
            assertThat(p.getMessage()).contains("FORM");
        }

        @Test
        void fromNeedsOneOrThreeArguments() {
            assertThat(problem("FROM a b\n").span()).isEqualTo(span(1, 6, 1, 9));
            assertThat(problem("FROM a AS 1x\n").span()).isEqualTo(span(1, 11, 1, 13));
        }
    }

    @Nested
    class TypedInstructions {

        @Test
        void envPairsAndLegacyForm() {
            Dockerfile d = parse("FROM a\nENV A=1 B=\"two words\" C='x y'\nENV LEGACY some value\nLABEL \"com.x\"=\"y z\"\n");
            Instruction env = d.instructions().get(1);
            assertThat(env.keyValues()).extracting(KeyValue::key).containsExactly("A", "B", "C");
            assertThat(env.keyValues()).extracting(KeyValue::value).containsExactly("1", "two words", "x y");
            KeyValue b = env.keyValues().get(1);
            assertThat(b.keySpan()).isEqualTo(span(2, 9, 2, 10));
            assertThat(b.valueSpan()).isEqualTo(span(2, 11, 2, 22));
            KeyValue legacy = d.instructions().get(2).keyValues().get(0);
            assertThat(legacy.key()).isEqualTo("LEGACY");
            assertThat(legacy.value()).isEqualTo("some value");
            assertThat(legacy.valueSpan()).isEqualTo(span(3, 12, 3, 22));
            assertThat(d.instructions().get(3).keyValue("com.x").orElseThrow().value()).isEqualTo("y z");
        }

        @Test
        void envSyntaxErrors() {
            assertThat(problem("FROM a\nENV ONLYKEY\n").span()).isEqualTo(span(2, 5, 2, 12));
            assertThat(problem("FROM a\nENV A=1 B\n").span()).isEqualTo(span(2, 9, 2, 10));
        }

        @Test
        void argWithAndWithoutDefault() {
            Instruction arg = first(parse("FROM a\nARG USER=app GROUP\n"), "ARG");
            assertThat(arg.keyValues()).extracting(KeyValue::key).containsExactly("USER", "GROUP");
            assertThat(arg.keyValues().get(1).hasValue()).isFalse();
            assertThat(arg.keyValues().get(1).valueOrKeySpan()).isEqualTo(span(2, 14, 2, 19));
        }

        @Test
        void exposeUserWorkdirStopsignalMaintainer() {
            Dockerfile d = parse("FROM a\nEXPOSE 80/tcp 443 8000-8010\nUSER app:app\nWORKDIR /srv/app\n"
                    + "STOPSIGNAL SIGTERM\nMAINTAINER Jane Doe <jane@example.com>\n");
            assertThat(first(d, "EXPOSE").arguments()).extracting(Token::value)
                    .containsExactly("80/tcp", "443", "8000-8010");
            assertThat(first(d, "EXPOSE").arguments().get(1).span()).isEqualTo(span(2, 15, 2, 18));
            assertThat(first(d, "USER").argumentText().value()).isEqualTo("app:app");
            assertThat(first(d, "WORKDIR").argumentText().span()).isEqualTo(span(4, 9, 4, 17));
            assertThat(first(d, "STOPSIGNAL").argumentText().value()).isEqualTo("SIGTERM");
            assertThat(first(d, "MAINTAINER").argumentText().value()).isEqualTo("Jane Doe <jane@example.com>");
        }

        @Test
        void healthcheckOptionsCmdAndNone() {
            Dockerfile d = parse("FROM a\nHEALTHCHECK --interval=30s --timeout=3s --start-period=5s --retries=3 \\\n"
                    + "  CMD curl -f http://localhost/ || exit 1\nFROM b\nHEALTHCHECK NONE\n"
                    + "FROM c\nHEALTHCHECK CMD [\"/bin/check\"]\n");
            Instruction hc = d.stages().get(0).instructions().get(0);
            assertThat(hc.flags()).extracting(Flag::name).containsExactly("interval", "timeout", "start-period",
                    "retries");
            assertThat(hc.flag("interval").orElseThrow().value()).isEqualTo("30s");
            assertThat(hc.isHealthcheckNone()).isFalse();
            assertThat(hc.commandArguments()).extracting(Token::value).startsWith("curl", "-f");
            List<ShellCommand> commands = hc.shellScript().commands();
            assertThat(commands).extracting(ShellCommand::name).containsExactly("curl", "exit");
            assertThat(commands.get(0).span().line()).isEqualTo(3);
            assertThat(d.stages().get(1).instructions().get(0).isHealthcheckNone()).isTrue();
            Instruction exec = d.stages().get(2).instructions().get(0);
            assertThat(exec.execForm()).isTrue();
            assertThat(exec.commandArguments()).extracting(Token::value).containsExactly("/bin/check");
        }

        @Test
        void healthcheckErrors() {
            assertThat(problem("FROM a\nHEALTHCHECK NONE x\n").span()).isEqualTo(span(2, 18, 2, 19));
            assertThat(problem("FROM a\nHEALTHCHECK TEST x\n").span()).isEqualTo(span(2, 13, 2, 17));
            assertThat(problem("FROM a\nHEALTHCHECK --interval CMD x\n").getMessage()).contains("--interval");
        }

        @Test
        void onbuildNestsItsTrigger() {
            Dockerfile d = parse("FROM a\nONBUILD RUN apt-get install \\\n      curl\nONBUILD COPY --chown=app . /app\n");
            Instruction onbuild = d.instructions().get(1);
            assertThat(onbuild.span()).isEqualTo(span(2, 1, 3, 11));
            Instruction trigger = onbuild.onbuildTrigger().orElseThrow();
            assertThat(trigger.keyword()).isEqualTo("RUN");
            assertThat(trigger.keywordSpan()).isEqualTo(span(2, 9, 2, 12));
            assertThat(trigger.span()).isEqualTo(span(2, 9, 3, 11));
            ShellCommand install = trigger.shellScript().commands().get(0);
            assertThat(install.arguments().get(1).span()).isEqualTo(span(3, 7, 3, 11));
            Instruction copy = d.instructions().get(2).trigger();
            assertThat(copy.flag("chown").orElseThrow().span()).isEqualTo(span(4, 14, 4, 25));
            assertThat(d.stageOf(copy)).contains(d.stages().get(0));
        }

        @Test
        void onbuildHeredoc() {
            Instruction onbuild = first(parse("FROM a\nONBUILD RUN <<EOF\necho hi\nEOF\n"), "ONBUILD");
            assertThat(onbuild.span()).isEqualTo(span(2, 1, 4, 4));
            assertThat(onbuild.trigger().heredocs()).hasSize(1);
            assertThat(onbuild.trigger().shellScript().commands()).extracting(ShellCommand::name).containsExactly("echo");
        }

        @Test
        void onbuildRejectsOnbuildFromAndMaintainer() {
            assertThat(problem("FROM a\nONBUILD ONBUILD RUN x\n").span()).isEqualTo(span(2, 9, 2, 16));
            assertThat(problem("FROM a\nONBUILD FROM b\n").getMessage()).contains("FROM");
        }

        @Test
        void shellInstruction() {
            Dockerfile d = parse("FROM a\nRUN echo 1\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nRUN echo 2\n");
            Instruction shell = first(d, "SHELL");
            assertThat(shell.arguments()).extracting(Token::value).containsExactly("/bin/bash", "-o", "pipefail", "-c");
            Instruction before = d.instructions().get(1);
            Instruction after = d.instructions().get(3);
            assertThat(before.shell().isDefault()).isTrue();
            assertThat(before.shell().pipefail()).isFalse();
            assertThat(after.shell().declaredBy()).isSameAs(shell);
            assertThat(after.shell().pipefail()).isTrue();
            assertThat(after.isPosixShell()).isTrue();
        }

        @Test
        void shellMustBeJson() {
            assertThat(problem("FROM a\nSHELL /bin/bash -c\n").span()).isEqualTo(span(2, 7, 2, 19));
        }

        @Test
        void powershellMakesLaterRunsNonPosix() {
            Dockerfile d = parse("# escape=`\nFROM mcr.microsoft.com/powershell:lts-alpine\nRUN echo a | cat\n"
                    + "SHELL [\"pwsh\", \"-Command\", \"$ErrorActionPreference = 'Stop';\"]\nRUN Get-Item x | Out-Null\n"
                    + "FROM alpine\nRUN echo b\n");
            Instruction posix = d.instructions().get(1);
            Instruction pwsh = d.instructions().get(3);
            assertThat(posix.isPosixShell()).isTrue();
            assertThat(pwsh.isPosixShell()).isFalse();
            assertThat(pwsh.shellScript().isEmpty()).isTrue();
            assertThat(d.instructions().get(5).isPosixShell()).isTrue();
        }

        @Test
        void windowsBaseDefaultsToCmdAndChildStageInheritsShell() {
            Dockerfile d = parse("FROM mcr.microsoft.com/windows/servercore:ltsc2022 AS win\nRUN dir\n"
                    + "FROM alpine AS lin\nSHELL [\"/bin/ash\", \"-eo\", \"pipefail\", \"-c\"]\nFROM lin\nRUN a | b\n");
            assertThat(d.instructions().get(1).isPosixShell()).isFalse();
            assertThat(d.instructions().get(1).shell().command()).containsExactly("cmd", "/S", "/C");
            Instruction run = d.instructions().get(5);
            assertThat(run.shell().pipefail()).isTrue();
            assertThat(run.shell().command().get(0)).isEqualTo("/bin/ash");
        }

        @Test
        void copyAndAddNeedTwoArguments() {
            assertThat(problem("FROM a\nCOPY onlyone\n").span()).isEqualTo(span(2, 1, 2, 5));
        }
    }
}
