package dev.ecslint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bug exits 2 with one line naming it (never 1, which reads as "findings"); the trace only on request. */
class InternalErrorTest {

    @TempDir
    Path dir;

    /** Standard input whose read fails as a bug would: an unchecked exception deep in the run. */
    private CliRun run(Map<String, String> env, String... args) {
        InputStream failing = new InputStream() {
            @Override
            public int read() {
                throw new IllegalStateException("stdin exploded\n\tat somewhere");
            }
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), failing, env, dir, false).run(args);
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anInternalErrorExitsTwoNamingItInOneLine() {
        CliRun run = run(Map.of(), "-");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines().toList()).containsExactly(
                "ecslint: internal error: java.lang.IllegalStateException: stdin exploded",
                "ecslint: this is a bug in ecslint; run again with `--debug` (or `ECSLINT_DEBUG=1`) for the stack trace, "
                        + "and report it");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aKoreanRunSaysSoInKoreanAndKeepsTheExceptionAsItIs() {
        CliRun run = run(Map.of(), "--lang", "ko", "-");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines().toList()).containsExactly(
                "ecslint: 내부 오류: java.lang.IllegalStateException: stdin exploded",
                "ecslint: ecslint의 버그입니다. `--debug`(또는 `ECSLINT_DEBUG=1`)로 다시 실행해 스택 트레이스를 확인하고 "
                        + "알려 주세요");
    }

    @Test
    void debugOptionOrVariablePrintsTheStackTrace() {
        for (CliRun run : new CliRun[] {run(Map.of(), "--debug", "-"), run(Map.of("ECSLINT_DEBUG", "1"), "-")}) {
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).startsWith("ecslint: internal error: java.lang.IllegalStateException: stdin exploded\n")
                    .contains("\tat dev.ecslint.cli.Cli.");
        }
    }

    @Test
    void debugIsAnOrdinaryOptionOtherwise() {
        CliRun run = CliRun.in(dir, "--debug", "--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("ecslint ");
        assertThat(CliRun.in(dir, "--help").out()).contains("--debug");
    }
}
