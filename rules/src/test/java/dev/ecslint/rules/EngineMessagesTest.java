package dev.ecslint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecslint.core.config.Config;
import dev.ecslint.core.engine.EngineRules;
import dev.ecslint.core.engine.InputFile;
import dev.ecslint.core.engine.Linter;
import dev.ecslint.core.i18n.Language;
import dev.ecslint.core.i18n.Localizer;
import dev.ecslint.core.i18n.Message;
import dev.ecslint.core.i18n.Template;
import dev.ecslint.core.model.Finding;
import dev.ecslint.core.model.RuleMeta;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine's own messages (E001–E003) in both languages: the file problems a test can cause are linted for
 * real, and every message the engine declares is written in English and Korean with its arguments filled.
 */
class EngineMessagesTest {

    @TempDir
    Path dir;

    private final Localizer english = Localizer.of(Language.EN, getClass().getClassLoader());
    private final Localizer korean = english.in(Language.KO);

    @Test
    void fileProblemsAreReportedInBothLanguages() throws IOException {
        Files.write(dir.resolve("Dockerfile"), new byte[] {'F', 'R', 'O', 'M', ' ', 'x', '\n', (byte) 0xC3, '(', '\n'});
        Files.writeString(dir.resolve("task-definition.json"), " ".repeat(4 * 1024 * 1024 + 1));
        Files.createDirectories(dir.resolve("service.json"));
        List<InputFile> files = List.of(InputFile.onDisk(dir.resolve("Dockerfile"), "Dockerfile", true),
                InputFile.onDisk(dir.resolve("task-definition.json"), "task-definition.json", true),
                InputFile.onDisk(dir.resolve("service.json"), "service.json", true),
                InputFile.onDisk(dir.resolve("gone.json"), "gone.json", true));
        List<Finding> findings = new Linter(BuiltInRules.registry(), getClass().getClassLoader(), 1)
                .lint(files, f -> Config.DEFAULTS).findings();

        Set<String> keys = new TreeSet<>();
        findings.forEach(f -> keys.addAll(f.message().keys()));
        assertThat(keys).contains("E001.notUtf8", "E001.tooLarge", "E001.unreadable", "E001.gone");
        assertThat(findings).extracting(f -> korean.render(f.message())).contains(
                "파일이 올바른 UTF-8이 아닙니다(오프셋 7의 바이트 `0xC3`). UTF-8로 저장하세요.",
                "파일 크기가 4 MiB로 한도인 4 MiB를 넘어서 읽지 않았습니다.",
                "파일을 읽을 수 없습니다. 파일이 더는 없거나 끊어진 링크입니다.");
        assertThat(findings).extracting(f -> english.render(f.message()))
                .contains("the file is not valid UTF-8 (byte `0xC3` at offset 7); save it as UTF-8");
    }

    @Test
    void everyEngineMessageIsWrittenInBothLanguagesWithItsArguments() {
        List<String> problems = new ArrayList<>();
        for (RuleMeta meta : EngineRules.ALL) {
            meta.messages().forEach((name, template) -> {
                Message message = meta.message(name);
                for (String argument : Template.valuePlaceholders(template)) {
                    message = message.code(argument, "x1");
                }
                String en = english.render(message);
                String ko = korean.render(message);
                if (en.contains("{") && !en.contains("`{") || ko.contains("{") && !ko.contains("`{")) {
                    problems.add(meta.id() + "." + name + ": a placeholder is left: " + en + " / " + ko);
                }
                if (!ko.matches("(?s).*[\\uAC00-\\uD7A3].*")) {
                    problems.add(meta.id() + "." + name + ": not Korean: " + ko);
                }
                if (!korean.has(meta.id() + "." + name)) {
                    problems.add(meta.id() + "." + name + ": no Korean template");
                }
            });
        }
        assertThat(problems).isEmpty();
    }
}
