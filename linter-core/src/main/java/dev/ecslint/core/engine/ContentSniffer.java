package dev.ecslint.core.engine;

import dev.ecslint.core.engine.ContentClassifier.Syntax;
import java.util.regex.Pattern;

/**
 * The syntax of a file named on the command line whose name says nothing ({@code deploy/taskdef},
 * {@code build.docker}): JSON when it starts with {@code {} or {@code [}; a Dockerfile when its first
 * instruction is {@code FROM} or {@code ARG}, or it opens with a parser directive; YAML otherwise, which
 * its content then has to prove (DESIGN.md, data flow).
 */
final class ContentSniffer {

    private static final Pattern DIRECTIVE = Pattern.compile("#\\s*(syntax|escape|check)\\s*=.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern FIRST_INSTRUCTION = Pattern.compile("(FROM|ARG)(\\s.*)?", Pattern.CASE_INSENSITIVE);

    private ContentSniffer() {
    }

    static Syntax syntaxOf(String text) {
        String start = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String trimmed = start.stripLeading();
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            return Syntax.JSON;
        }
        boolean firstLine = true;
        for (String line : trimmed.lines().limit(500).toList()) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            if (l.startsWith("#")) {
                if (firstLine && DIRECTIVE.matcher(l).matches()) {
                    return Syntax.DOCKERFILE;
                }
                firstLine = false;
                continue;
            }
            return FIRST_INSTRUCTION.matcher(l).matches() ? Syntax.DOCKERFILE : Syntax.YAML;
        }
        return Syntax.NONE;
    }
}
