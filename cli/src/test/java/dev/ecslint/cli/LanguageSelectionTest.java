package dev.ecslint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line's own texts in the chosen language: {@code --help}, usage errors, {@code --explain},
 * {@code --list-rules}, configuration errors; and the choice itself, {@code --lang} over {@code ECSLINT_LANG}
 * over a {@code ko*} locale in {@code LC_ALL}/{@code LC_MESSAGES}/{@code LANG} over English.
 */
class LanguageSelectionTest {

    private static final String KOREAN_USAGE = "사용법: ecslint [옵션] [경로…]";
    private static final String ENGLISH_USAGE = "Usage: ecslint [OPTIONS] [PATH…]";

    @TempDir
    Path dir;

    private CliRun run(Map<String, String> env, String... args) {
        return CliRun.withStdin(dir, "", env, args);
    }

    private String help(Map<String, String> env, String... args) {
        String[] all = new String[args.length + 1];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--help";
        CliRun run = run(env, all);
        assertThat(run.exitCode()).isZero();
        return run.out();
    }

    @Test
    void helpInKoreanDescribesEveryOptionInKorean() {
        String help = help(Map.of(), "--lang", "ko");
        assertThat(help).startsWith(KOREAN_USAGE).contains("옵션:").contains("종료 코드:")
                .contains("--lang ko|en").contains("메시지와 보고서의 언어");
        assertThat(help).as("no English sentence is left").doesNotContain("Usage").doesNotContain("print")
                .doesNotContain("Exit codes").doesNotContain("the ");
        assertThat(help(Map.of(), "--lang=en")).startsWith(ENGLISH_USAGE).contains("Exit codes:");
    }

    @Test
    void theLanguageIsLangThenEcslintLangThenAKoreanLocaleThenEnglish() {
        assertThat(help(Map.of())).as("nothing set").startsWith(ENGLISH_USAGE);
        assertThat(help(Map.of("LANG", "ko_KR.UTF-8"))).startsWith(KOREAN_USAGE);
        assertThat(help(Map.of("LC_MESSAGES", "ko_KR.UTF-8", "LANG", "en_US.UTF-8"))).startsWith(KOREAN_USAGE);
        assertThat(help(Map.of("LC_ALL", "ko_KR.UTF-8", "LC_MESSAGES", "en_US.UTF-8"))).startsWith(KOREAN_USAGE);
        assertThat(help(Map.of("LC_ALL", "C", "LANG", "ko_KR.UTF-8"))).as("LC_ALL decides first")
                .startsWith(ENGLISH_USAGE);
        assertThat(help(Map.of("LANG", "fr_FR.UTF-8"))).startsWith(ENGLISH_USAGE);
        assertThat(help(Map.of("ECSLINT_LANG", "ko", "LANG", "en_US.UTF-8"))).startsWith(KOREAN_USAGE);
        assertThat(help(Map.of("ECSLINT_LANG", "en", "LC_ALL", "ko_KR.UTF-8"))).startsWith(ENGLISH_USAGE);
        assertThat(help(Map.of("ECSLINT_LANG", "ko"), "--lang", "en")).startsWith(ENGLISH_USAGE);
        assertThat(help(Map.of("ECSLINT_LANG", "en", "LANG", "en_US"), "--lang", "ko")).startsWith(KOREAN_USAGE);
    }

    @Test
    void usageErrorsAreWrittenInTheLanguageEvenBeforeTheRestIsParsed() {
        CliRun typo = run(Map.of("LANG", "ko_KR.UTF-8"), "--formt", "json");
        assertThat(typo.exitCode()).isEqualTo(2);
        assertThat(typo.err()).startsWith("ecslint: 알 수 없는 옵션 `--formt`입니다. `--format` 옵션을 쓰려던 것인가요?\n"
                + KOREAN_USAGE).contains("모든 옵션은 'ecslint --help'로 볼 수 있습니다.");
        CliRun badFailOn = run(Map.of(), "--fail-on", "sometimes", "--lang", "ko", ".");
        assertThat(badFailOn.exitCode()).isEqualTo(2);
        assertThat(badFailOn.err()).isEqualTo("ecslint: `--fail-on`은 `error`, `warning`, `info`, `style`, `none` 중 "
                + "하나여야 하는데 `sometimes`입니다\n");
        CliRun badLang = run(Map.of("LANG", "ko_KR.UTF-8"), "--lang", "fr", ".");
        assertThat(badLang.exitCode()).isEqualTo(2);
        assertThat(badLang.err()).as("an unknown --lang leaves the locale's language")
                .isEqualTo("ecslint: `--lang`은 `ko`나 `en`이어야 하는데 `fr`입니다\n");
        CliRun missing = run(Map.of(), "--lang", "ko", "nowhere.json");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("nowhere.json").doesNotContain("no such");
    }

    @Test
    void explainInKorean() {
        CliRun run = run(Map.of(), "--lang", "ko", "--explain", "CT008");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("CT008 latest-tag (warning, 안정성)\nlatest 태그를 배포하지 마세요\n")
                .contains("\n왜 중요한가요: ").contains("\n고치는 방법: ").contains("\n나쁜 예 (task-definition.json):\n")
                .contains("\n좋은 예 (task-definition.json):\n").contains("\n참고 자료:\n");
        assertThat(run(Map.of(), "--lang", "en", "--explain", "latest-tag").out())
                .startsWith("CT008 latest-tag (warning, reliability)\nDo not deploy the latest tag\n");
        CliRun unknown = run(Map.of("ECSLINT_LANG", "ko"), "--explain", "CT999");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("ecslint: 알 수 없는 규칙 `CT999`입니다");
    }

    @Test
    void listRulesInKoreanKeepsIdsNamesAndSeverities() {
        CliRun run = run(Map.of(), "--lang", "ko", "--list-rules", "--family", "TD");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("ID     이름")
                .contains("TD002  fargate-requires-awsvpc        error    Fargate 태스크는 awsvpc 네트워크 모드를 써야 합니다")
                .doesNotContain("CT008");
    }

    @Test
    void configurationErrorsInKorean() throws IOException {
        Files.writeString(dir.resolve(".ecslint.yaml"), "rules:\n  CT999: off\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("task.json"), CliRun.CLEAN_TASK, StandardCharsets.UTF_8);
        CliRun run = run(Map.of("LANG", "ko_KR.UTF-8"), "task.json");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(".ecslint.yaml:2:3: 알 수 없는 규칙 `CT999`입니다");
        Files.writeString(dir.resolve(".ecslint.yaml"), "failOn: eror\nrulez: {}\n", StandardCharsets.UTF_8);
        assertThat(run(Map.of("LANG", "ko_KR.UTF-8"), "task.json").err()).endsWith(".ecslint.yaml:1:9: failOn은 "
                + "error, warning, info, style, none 중 하나여야 하는데 `eror`입니다. `error`를 쓰려던 것인가요?\n");
        Files.writeString(dir.resolve(".ecslint.yaml"), "rulez: {}\n", StandardCharsets.UTF_8);
        assertThat(run(Map.of("LANG", "ko_KR.UTF-8"), "task.json").err()).contains(".ecslint.yaml:1:1: 알 수 없는 키 "
                + "`rulez`입니다. `rules`를 쓰려던 것인가요? (알려진 키: baseline, customRules, failOn,");
        Files.writeString(dir.resolve(".ecslint.yaml"), "ignore: {}\n", StandardCharsets.UTF_8);
        assertThat(run(Map.of("LANG", "ko_KR.UTF-8"), "task.json").err())
                .endsWith(".ecslint.yaml:1:9: ignore는 목록이어야 하는데 매핑입니다\n");
        assertThat(run(Map.of("LANG", "ko_KR.UTF-8"), "--lang", "en", "task.json").err())
                .endsWith(".ecslint.yaml:1:9: ignore must be a list, found a mapping\n");
        Files.writeString(dir.resolve(".ecslint.yaml"), "customRules:\n  - id: lab1\n", StandardCharsets.UTF_8);
        assertThat(run(Map.of("LANG", "ko_KR.UTF-8"), "task.json").err()).contains("customRules[].id: 사용자 정의 "
                + "규칙 ID는 대문자 2~5자와 숫자 3자리입니다(예: LAB001). 지금 값은 `lab1`입니다");
    }

    @Test
    void theReportFollowsTheLanguageAndIdsStayAsTheyAre() throws IOException {
        Files.writeString(dir.resolve("task.json"), CliRun.CLEAN_TASK.replace("web:1.0.0", "web:latest"),
                StandardCharsets.UTF_8);
        CliRun korean = run(Map.of("LANG", "ko_KR.UTF-8"), "task.json");
        assertThat(korean.exitCode()).isZero();
        assertThat(korean.out()).contains("CT008").contains("latest-tag").contains("태그");
        CliRun english = run(Map.of("LANG", "ko_KR.UTF-8"), "--lang", "en", "task.json");
        assertThat(english.out()).contains("CT008").doesNotContainPattern("[가-힣]");
    }
}
