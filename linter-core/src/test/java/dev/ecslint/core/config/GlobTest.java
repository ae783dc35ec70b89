package dev.ecslint.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GlobTest {

    @ParameterizedTest
    @CsvSource({
        "legacy/**, legacy/Dockerfile, true", "legacy/**, legacy/a/b/task.json, true",
        "legacy/**, src/legacy/Dockerfile, false", "*.json, deploy/web.json, true", "*.json, web.json, true",
        "deploy/*.json, deploy/a/web.json, false", "**/test/**, a/test/b.json, true", "**/test/**, test/b.json, true",
        "Dockerfile.?, Dockerfile.a, true", "Dockerfile.?, Dockerfile.ab, false", "legacy/, legacy/x/y, true"})
    void matchesAntStylePatterns(String pattern, String path, boolean matches) {
        assertThat(Glob.of(pattern).matches(path)).isEqualTo(matches);
    }

    @ParameterizedTest
    @CsvSource({"legacy, legacy/x/Dockerfile, true", "legacy, other/Dockerfile, false"})
    void directoryPatternsCoverWhatIsBelow(String pattern, String path, boolean matches) {
        assertThat(Glob.of(pattern).matchesPathOrParent(path)).isEqualTo(matches);
    }
}
