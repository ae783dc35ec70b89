package dev.ecslint.core.model;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The parts of the configuration that rules read.
 *
 * @param trustedRegistries glob patterns of registries/repository prefixes images may come from; empty
 *                          means "no policy"
 * @param extraSecretNames  more secret-like names (regular expressions, matched against the whole name)
 * @param allowSecretNames  names that are never secret-like, even when they look so
 */
public record LintSettings(List<String> trustedRegistries, List<Pattern> extraSecretNames,
                           List<String> allowSecretNames) {

    public static final LintSettings DEFAULT = new LintSettings(List.of(), List.of(), List.of());

    public LintSettings {
        trustedRegistries = List.copyOf(trustedRegistries);
        extraSecretNames = List.copyOf(extraSecretNames);
        allowSecretNames = List.copyOf(allowSecretNames);
    }
}
