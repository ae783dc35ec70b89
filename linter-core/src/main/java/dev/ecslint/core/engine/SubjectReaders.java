package dev.ecslint.core.engine;

import dev.ecslint.core.model.DocumentKind;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** The reader of each structured document kind. A kind without a reader is parsed but yields no subjects. */
public final class SubjectReaders {

    private static final Map<DocumentKind, SubjectReader> READERS = new EnumMap<>(DocumentKind.class);

    static {
        // one line per kind, added as each family's reader lands
    }

    private SubjectReaders() {
    }

    public static Optional<SubjectReader> of(DocumentKind kind) {
        return Optional.ofNullable(READERS.get(kind));
    }
}
