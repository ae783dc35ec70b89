package dev.ecslint.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void parsesCodesOnly() {
        assertThat(Language.parse(" KO ")).contains(Language.KO);
        assertThat(Language.parse("en")).contains(Language.EN);
        assertThat(Language.parse("fr")).isEmpty();
        assertThat(Language.parse(null)).isEmpty();
    }

    @Test
    void ecslintLangComesFirst() {
        assertThat(Language.fromEnvironment(Map.of("ECSLINT_LANG", "ko", "LANG", "en_US.UTF-8"))).isEqualTo(Language.KO);
        assertThat(Language.fromEnvironment(Map.of("ECSLINT_LANG", "en", "LC_ALL", "ko_KR.UTF-8"))).isEqualTo(Language.EN);
        assertThat(Language.fromEnvironment(Map.of("ECSLINT_LANG", "ko_KR.UTF-8"))).isEqualTo(Language.KO);
    }

    @Test
    void anUnknownEcslintLangFallsBackToTheLocale() {
        assertThat(Language.fromEnvironment(Map.of("ECSLINT_LANG", "fr", "LANG", "ko_KR.UTF-8"))).isEqualTo(Language.KO);
    }

    @Test
    void theFirstLocaleVariableSetDecides() {
        assertThat(Language.fromEnvironment(Map.of("LANG", "ko_KR.UTF-8"))).isEqualTo(Language.KO);
        assertThat(Language.fromEnvironment(Map.of("LC_MESSAGES", "ko_KR", "LANG", "en_US"))).isEqualTo(Language.KO);
        assertThat(Language.fromEnvironment(Map.of("LC_ALL", "C", "LANG", "ko_KR.UTF-8"))).isEqualTo(Language.EN);
        assertThat(Language.fromEnvironment(Map.of("LC_ALL", "", "LANG", "ko"))).isEqualTo(Language.KO);
        assertThat(Language.fromEnvironment(Map.of())).isEqualTo(Language.EN);
    }
}
