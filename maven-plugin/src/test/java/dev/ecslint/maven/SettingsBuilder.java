package dev.ecslint.maven;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@link CheckSettings} with the plugin's defaults for a module at {@code basedir}, changed one at a time. */
final class SettingsBuilder {

    private final Path basedir;
    private List<Path> sourceDirectories;
    private final List<Path> excludedDirectories = new ArrayList<>();
    private List<String> includes = List.of();
    private List<String> excludes = List.of();
    private Optional<Path> configFile = Optional.empty();
    private Optional<String> failOn = Optional.empty();
    private List<String> formats = List.of();
    private boolean consoleOutput = true;
    private boolean failOnViolation = true;
    /** English unless a test asks: the machine's locale must not change what the tests read. */
    private Optional<String> lang = Optional.of("en");

    SettingsBuilder(Path basedir) {
        this.basedir = basedir;
        this.sourceDirectories = List.of(basedir);
        excludedDirectories.add(basedir.resolve("target"));
    }

    SettingsBuilder sourceDirectories(Path... dirs) {
        sourceDirectories = List.of(dirs);
        return this;
    }

    SettingsBuilder excludedDirectories(Path... dirs) {
        excludedDirectories.addAll(List.of(dirs));
        return this;
    }

    SettingsBuilder includes(String... globs) {
        includes = List.of(globs);
        return this;
    }

    SettingsBuilder excludes(String... globs) {
        excludes = List.of(globs);
        return this;
    }

    SettingsBuilder configFile(Path file) {
        configFile = Optional.of(file);
        return this;
    }

    SettingsBuilder failOn(String threshold) {
        failOn = Optional.of(threshold);
        return this;
    }

    SettingsBuilder formats(String... names) {
        formats = List.of(names);
        return this;
    }

    SettingsBuilder consoleOutput(boolean on) {
        consoleOutput = on;
        return this;
    }

    SettingsBuilder failOnViolation(boolean on) {
        failOnViolation = on;
        return this;
    }

    SettingsBuilder lang(String value) {
        lang = Optional.ofNullable(value);
        return this;
    }

    CheckSettings build() {
        return new CheckSettings(basedir, sourceDirectories, excludedDirectories, includes, excludes, configFile,
                failOn, formats, basedir.resolve("target/ecslint"), consoleOutput, failOnViolation, lang);
    }
}
