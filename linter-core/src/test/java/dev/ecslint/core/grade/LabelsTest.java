package dev.ecslint.core.grade;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecslint.core.i18n.Language;
import org.junit.jupiter.api.Test;

/** The grader's labels: plurals in English, particles after a value in Korean, markup kept out of both. */
class LabelsTest {

    private final Labels en = Labels.of(Language.EN);
    private final Labels ko = Labels.of(Language.KO);

    @Test
    void englishCountsTakeTheirPlural() {
        assertThat(en.get("item.deduction", 1, "1")).isEqualTo("1 finding; at most 1 point is deducted");
        assertThat(en.get("item.deduction", 3, "7.5")).isEqualTo("3 findings; at most 7.5 points are deducted");
        assertThat(en.get("summary.counts", 1, 0)).isEqualTo("1 submission; 0 could not be graded.");
        assertThat(en.get("finding.lost", "2", "errors")).isEqualTo("-2 points (errors)");
    }

    @Test
    void koreanParticlesFitTheValueBeforeThem() {
        assertThat(ko.get("problem.duplicate-entry", "`Dockerfile`"))
                .isEqualTo("zip 안에 `Dockerfile`이 두 번 이상 들어 있어 첫 번째 것만 채점했습니다.");
        assertThat(ko.get("problem.duplicate-entry", "`task.json`"))
                .isEqualTo("zip 안에 `task.json`이 두 번 이상 들어 있어 첫 번째 것만 채점했습니다.");
        assertThat(ko.get("problem.duplicate-entry", "`app/service`"))
                .isEqualTo("zip 안에 `app/service`가 두 번 이상 들어 있어 첫 번째 것만 채점했습니다.");
        assertThat(ko.get("problem.link-not-followed", "`config`")).startsWith("`config`는 제출물 밖");
    }

    @Test
    void aParticleAfterHtmlIsChosenByTheWordsNotTheTags() {
        assertThat(ko.format("problem.link-not-followed", Markup.HTML, Markup.HTML.code("Dockerfile")))
                .startsWith("<code>Dockerfile</code>은 제출물 밖");
        assertThat(ko.format("problem.link-not-followed", Markup.HTML, Markup.HTML.code("etc")))
                .startsWith("<code>etc</code>는 제출물 밖");
    }

    @Test
    void noKoreanLabelWritesBothFormsOfAParticle() {
        for (String key : ko.keys()) {
            assertThat(ko.get(key, "x", "y")).as(key).doesNotContain("은(는)", "이(가)", "을(를)", "(으)로", "와(과)");
        }
    }
}
