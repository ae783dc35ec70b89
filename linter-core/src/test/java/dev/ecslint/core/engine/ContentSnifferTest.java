package dev.ecslint.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecslint.core.engine.ContentClassifier.Syntax;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContentSnifferTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "FROM node:20\\nRUN npm ci\\n                                 | DOCKERFILE",
        "# build image for the API\\n\\narg BASE=debian\\nFROM $BASE\\n  | DOCKERFILE",
        "# syntax=docker/dockerfile:1.7\\n# comment\\nCOPY . .\\n     | DOCKERFILE",
        "BOM  {\\\"family\\\": \\\"web\\\"}                                   | JSON",
        "[{\\\"name\\\": \\\"web\\\"}]                                       | JSON",
        "AWSTemplateFormatVersion: '2010-09-09'\\n                       | YAML",
        "# Notes\\n\\nRemember to rotate the keys.\\n                   | YAML",
        "# only a comment\\n                                             | NONE"})
    void theFirstInstructionOrCharacterDecides(String text, Syntax syntax) {
        assertThat(ContentSniffer.syntaxOf(text.replace("\\n", "\n").replace("BOM", "\uFEFF"))).isEqualTo(syntax);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "metadata:\\n  labels:\\n    {{- include \\\"x\\\" . }}\\n     | {{- include \\\"x\\\" . }}",
        "{% set c = 1 %}\\nkey: {{ c }}\\n                                 | {% set c = 1 %}",
        "{\\n  \\\"family\\\": $NAME,\\n  \\\"cpu\\\": 256\\n}\\n                  | $NAME",
        "{\\\"image\\\": [${IMAGE}]}\\n                                       | ${IMAGE}"})
    void aTemplateIsKnownByItsFirstMarker(String text, String marker) {
        assertThat(Templates.marker(text.replace("\\n", "\n"))).contains(marker);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\\\"family\\\": \\\"web\\\", \\\"cpu\\\": 256,\\n",
        "key: value\\nprice: $5 a month\\n",
        "{\\\"command\\\": [\\\"echo $HOME\\\"]\\n"})
    void brokenDocumentsWithoutTemplateSyntaxAreNoTemplates(String text) {
        assertThat(Templates.isTemplate(text.replace("\\n", "\n"))).isFalse();
    }
}
