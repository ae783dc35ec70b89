package dev.ecslint.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateTest {

    private static String render(String template, Message args) {
        return Template.render(template, args.args(), m -> "[" + m.key() + "]");
    }

    @Test
    void codeIsQuotedAndTheParticleFollowsIt() {
        Message m = Message.of("x").code("image", "nginx:latest").code("name", "app");
        assertThat(render("이미지 {image}을/를 쓰는 {name}은/는", m)).isEqualTo("이미지 `nginx:latest`를 쓰는 `app`은");
    }

    @Test
    void codeHoldingBackticksIsFencedWithMore() {
        assertThat(render("{c}", Message.of("x").code("c", "echo `id`"))).isEqualTo("`` echo `id` ``");
    }

    @Test
    void numbersArePlainDigitsAndChooseAPlural() {
        Message one = Message.of("x").number("n", 1);
        Message many = Message.of("x").number("n", 8080);
        assertThat(render("{n} {n|image|images}", one)).isEqualTo("1 image");
        assertThat(render("{n} {n|image|images}", many)).isEqualTo("8080 images");
        assertThat(render("{n}", Message.of("x").number("n", new java.math.BigDecimal("0.250")))).isEqualTo("0.25");
    }

    @Test
    void bracesThatAreNotPlaceholdersStayAsTheyAre() {
        Message m = Message.of("x").code("name", "DB_PASSWORD");
        assertThat(render("add {\"name\": \"X\"} for {name}; {unknown} stays", m))
                .isEqualTo("add {\"name\": \"X\"} for `DB_PASSWORD`; {unknown} stays");
    }

    @Test
    void phrasesAreRenderedByTheCaller() {
        Message m = Message.of("x").phrase("container", Message.of("container.named"));
        assertThat(render("{container}", m)).isEqualTo("[container.named]");
    }

    @Test
    void placeholdersAndBareParticlesAreFound() {
        assertThat(Template.placeholders("{a}을/를 {b|x|y} {\"c\": 1}")).containsExactly("a", "b");
        assertThat(Template.bareParticles("{a}을 지우세요. {b}을/를 쓰세요. {n}일 뒤")).containsExactly("{a}을");
    }

    @Test
    void literalTemplatesWithoutArgumentsAreUntouched() {
        assertThat(Template.render("{value} is {x}", Map.of(), m -> "")).isEqualTo("{value} is {x}");
    }
}
