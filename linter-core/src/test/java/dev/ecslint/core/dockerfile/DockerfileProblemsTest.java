package dev.ecslint.core.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.ecslint.core.i18n.Language;
import dev.ecslint.core.i18n.Localizer;
import dev.ecslint.core.json.ParseProblem;
import dev.ecslint.core.model.SourceFile;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every reason a Dockerfile cannot be read, reached by a real file and written in both languages: Docker's
 * words in English, Korean for a Korean run, with the file's value where it is harmless.
 */
class DockerfileProblemsTest {

    private static final Map<String, String> BROKEN = new LinkedHashMap<>();

    static {
        BROKEN.put("", "the Dockerfile has no instructions");
        BROKEN.put("ARG V=1\n", "the Dockerfile has no FROM instruction");
        BROKEN.put("# escape=`\n# escape=`\nFROM alpine\n", "only one escape parser directive can be used");
        BROKEN.put("# escape=x\nFROM alpine\n", "invalid escape token 'x': use ` or \\");
        BROKEN.put("FROM alpine\nRUN <<EOF\necho hi\n", "unterminated heredoc <<EOF: no line 'EOF' before the end of the file");
        BROKEN.put("FORM alpine\n", "unknown instruction: FORM");
        BROKEN.put("FROM alpine\nWORKDIR\n", "WORKDIR requires at least one argument");
        BROKEN.put("FROM alpine\nCOPY --from app /x\n", null);
        BROKEN.put("FROM alpine\nCOPY onlyone\n", "COPY requires at least two arguments: a source and a destination");
        BROKEN.put("FROM alpine\nSHELL /bin/bash -c\n", null);
        BROKEN.put("FROM alpine\nCMD [\"a\", 1]\n", "when using JSON array syntax, arrays must be comprised of strings only");
        BROKEN.put("FROM alpine\nHEALTHCHECK NONE now\n", "HEALTHCHECK NONE takes no arguments");
        BROKEN.put("FROM alpine\nHEALTHCHECK PING x\n", "unknown type PING in HEALTHCHECK (use CMD or NONE)");
        BROKEN.put("FROM alpine\nHEALTHCHECK CMD\n", "missing command after HEALTHCHECK CMD");
        BROKEN.put("FROM alpine AS 1st\n", "invalid name for build stage: 1st, name can't start with a number or contain symbols");
        BROKEN.put("FROM alpine AS\n", "FROM requires either one or three arguments: FROM image [AS name]");
        BROKEN.put("FROM alpine\nONBUILD FROM x\n", "FROM isn't allowed as an ONBUILD trigger");
        BROKEN.put("FROM alpine\nENV NAME\n", "ENV must have two arguments: ENV NAME value");
        BROKEN.put("FROM alpine\nENV A=1 B\n", "can't find = in B; ENV must be of the form name=value");
        BROKEN.put("RUN true\nFROM alpine\n", "RUN before the first FROM: only ARG may come before FROM (no build stage in current context)");
    }

    @Test
    void everyProblemIsWrittenInEnglishAndKorean() {
        Localizer english = Localizer.english();
        Localizer korean = Localizer.of(Language.KO, getClass().getClassLoader());
        Set<String> reached = new TreeSet<>();
        BROKEN.forEach((text, expected) -> {
            try {
                DockerfileParser.parse(new SourceFile(null, "Dockerfile", text));
                fail("parsed: " + text);
            } catch (ParseProblem e) {
                reached.add(e.message().key());
                if (expected != null) {
                    assertThat(english.render(e.message())).as(text).isEqualTo(expected);
                }
                String ko = korean.render(e.message());
                assertThat(ko).as(text).containsPattern("[\\uAC00-\\uD7A3]").doesNotContain("{")
                        .doesNotContain("requires").doesNotContain("must");
            }
        });
        Set<String> declared = Localizer.english().keys().stream().filter(k -> k.startsWith("dockerfile."))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(reached).as("every Dockerfile problem has a file that reaches it").isEqualTo(declared);
    }

    @Test
    void koreanParticlesFollowTheValue() throws Exception {
        Localizer korean = Localizer.of(Language.KO, getClass().getClassLoader());
        try {
            DockerfileParser.parse(new SourceFile(null, "Dockerfile", "FROM alpine\nONBUILD MAINTAINER me\n"));
            fail("parsed");
        } catch (ParseProblem e) {
            assertThat(korean.render(e.message())).isEqualTo("MAINTAINER는 ONBUILD 트리거로 쓸 수 없습니다");
        }
    }
}
