package dev.ecslint.core.engine;

import dev.ecslint.core.json.ParseProblem;
import dev.ecslint.core.model.SourceFile;
import java.util.List;

/** How the engine reads Dockerfiles: the parsed file is the subject of the DF rules. */
final class DockerfileSupport {

    private DockerfileSupport() {
    }

    static SubjectReader.Read read(SourceFile source) throws ParseProblem {
        // the BuildKit-aware parser is wired in here when it lands (issue 3)
        return new SubjectReader.Read(List.of(), List.of());
    }

    /** The last line of the instruction that follows a comment line: continuation lines included. */
    static int endOfInstruction(SourceFile source, int commentLine) {
        int line = InlineSuppressions.nextContentLine(source, commentLine);
        if (line == 0) {
            return 0;
        }
        while (line < source.lineCount() && continues(source.lineText(line))) {
            line++;
            // comment and blank lines inside a continued instruction do not end it
            while (line < source.lineCount() && (source.lineText(line).isBlank()
                    || source.lineText(line).trim().startsWith("#"))) {
                line++;
            }
        }
        return line;
    }

    private static boolean continues(String text) {
        String trimmed = text.stripTrailing();
        return trimmed.endsWith("\\") || trimmed.endsWith("`");
    }
}
