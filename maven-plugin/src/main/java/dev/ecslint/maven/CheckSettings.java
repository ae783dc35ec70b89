package dev.ecslint.maven;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The {@code check} goal's parameters, resolved by Maven to absolute paths.
 *
 * @param basedir             the module's base directory: report paths are relative to it
 * @param sourceDirectories   what to lint; one that does not exist is skipped
 * @param excludedDirectories never linted: the reactor's modules below this one, the build directory
 * @param includes            Ant-style globs relative to each source directory; empty = every file of a
 *                            kind ecslint recognises by name
 * @param failOn              a severity or {@code none}; empty = the configuration's, else {@code error}
 * @param lang                {@code ko} or {@code en}; empty = {@code ECSLINT_LANG}, else the locale, else English
 */
record CheckSettings(Path basedir, List<Path> sourceDirectories, List<Path> excludedDirectories,
                     List<String> includes, List<String> excludes, Optional<Path> configFile,
                     Optional<String> failOn, List<String> formats, Path outputDirectory, boolean consoleOutput,
                     boolean failOnViolation, Optional<String> lang) {

    CheckSettings {
        sourceDirectories = List.copyOf(sourceDirectories);
        excludedDirectories = List.copyOf(excludedDirectories);
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
        formats = List.copyOf(formats);
    }
}
