package dev.ecslint.core.terraform;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How a module reads the files it needs besides the one being linted (its sibling {@code .tf} files, the JSON
 * files its {@code file()} calls name): the engine's own reading, with its size limit and strict UTF-8.
 */
@FunctionalInterface
public interface FileAccess {

    /** The file's text, or empty when it cannot be read (it is then unknown, never an error here). */
    Optional<String> read(Path file);

    /** For files that exist only in memory (standard input, archive entries): no other file is read. */
    FileAccess NONE = file -> Optional.empty();
}
