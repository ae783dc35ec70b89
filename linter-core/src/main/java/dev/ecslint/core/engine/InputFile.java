package dev.ecslint.core.engine;

import java.nio.file.Path;

/**
 * A file to lint: on disk ({@code path} set) or in memory ({@code content} set: standard input, an
 * archive entry).
 *
 * @param displayPath the path shown in findings: relative to the working directory with forward slashes
 *                    when below it, otherwise absolute
 * @param explicit    named on the command line: an unknown kind is reported (E003), not skipped
 * @param leavesRepository a symbolic link whose target lies outside the repository: reported, never read
 */
public record InputFile(Path path, String displayPath, boolean explicit, String content, boolean leavesRepository) {

    public InputFile(Path path, String displayPath, boolean explicit, String content) {
        this(path, displayPath, explicit, content, false);
    }

    public static InputFile onDisk(Path path, String displayPath, boolean explicit) {
        return new InputFile(path, displayPath, explicit, null);
    }

    /** A link that is named in the report as skipped; nothing is read through it. */
    public static InputFile linkLeavingRepository(Path link, String displayPath, boolean explicit) {
        return new InputFile(link, displayPath, explicit, null, true);
    }

    public static InputFile inMemory(String displayPath, String content) {
        return new InputFile(null, displayPath, true, content);
    }

    public String fileName() {
        String name = displayPath.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1);
    }
}
