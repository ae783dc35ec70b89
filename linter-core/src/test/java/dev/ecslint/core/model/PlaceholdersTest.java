package dev.ecslint.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlaceholdersTest {

    @ParameterizedTest
    @ValueSource(strings = {"${IMAGE_TAG}", "repo:${TAG}", "$DB_PASSWORD", "x-$HOME-y", "<ACCOUNT_ID>.dkr.ecr",
            "{{ .Env.IMAGE }}", "%(name)s", "#{password}", "a#{b}c"})
    void aValueHoldingAPlaceholderIsTemplated(String value) {
        assertThat(Placeholders.isTemplated(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "nginx:1.25", "arn:aws:secretsmanager:eu-west-1:1:secret:db", "100%", "# comment",
            "a$", "$1", "<>", "{ not a template }", "price: $ 5"})
    void aPlainValueIsNot(String value) {
        assertThat(Placeholders.isTemplated(value)).isFalse();
    }
}
