package dev.ecslint.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LocalizerTest {

    private final Localizer english = Localizer.english();
    private final Localizer korean = Localizer.of(Language.KO, getClass().getClassLoader());

    @Test
    void nestedPhrasesAreWrittenInTheSameLanguageAndDecideTheParticle() {
        Message container = Message.of("container.named").code("name", "app");
        assertThat(english.render(container)).isEqualTo("container `app`");
        assertThat(korean.render(container)).isEqualTo("`app` 컨테이너");
        assertThat(korean.render(Message.literal("{c}은/는 멈춥니다").phrase("c", container)))
                .isEqualTo("`app` 컨테이너는 멈춥니다");
    }

    @Test
    void literalMessagesPickTheirLanguageThenEnglish() {
        Message both = Message.literal("LAB001.message", Map.of(Language.EN, "port {value} is not 8080",
                Language.KO, "포트 {value}은/는 8080이 아닙니다")).number("value", 80);
        assertThat(english.render(both)).isEqualTo("port 80 is not 8080");
        assertThat(korean.render(both)).isEqualTo("포트 80은 8080이 아닙니다");
        Message plain = Message.literal("port {value} is wrong").number("value", 3);
        assertThat(korean.render(plain)).isEqualTo("port 3 is wrong");
    }

    @Test
    void ruleKeysFallBackToTheMetadataAndUnknownKeysToThemselves() {
        RuleMeta meta = RuleMeta.builder("XT001", "custom").title("Custom title").severity(Severity.INFO)
                .rationale("why").fix("do it").message("found", "found {what}").build();
        Localizer withRules = korean.withRules(id -> id.equals("XT001") ? Optional.of(meta) : Optional.empty());
        assertThat(withRules.title(meta)).isEqualTo("Custom title");
        assertThat(withRules.render(meta.message("found").code("what", "x"))).isEqualTo("found `x`");
        assertThat(withRules.render(meta.fixMessage())).isEqualTo("do it");
        assertThat(korean.render(Message.of("no.such.key").number("n", 1))).isEqualTo("no.such.key {n=Num[value=1]}");
    }

    @Test
    void secretsAreMarkedWhereverTheyAreNested() {
        Message inner = Message.of("x").secret("value", "my***");
        assertThat(Message.of("y").phrase("p", inner).showsSecret()).isTrue();
        assertThat(Message.of("y").code("c", "my***").showsSecret()).isFalse();
        assertThat(Message.literal("holds my***").showsSecret()).isTrue();
    }
}
