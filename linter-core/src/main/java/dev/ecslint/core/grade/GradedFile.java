package dev.ecslint.core.grade;

import dev.ecslint.core.model.DocumentKind;
import java.util.Optional;

/**
 * A lintable file of a submission, the kind its content was recognised as, and why it cannot earn an
 * artifact's or a bonus's points, if it cannot.
 */
public record GradedFile(String path, DocumentKind kind, Optional<Flaw> flaw) {

    /** Why a file that is there still counts for nothing (the same for every kind of artifact). */
    public enum Flaw {
        /** It does not parse: its E001 finding says where. */
        UNPARSEABLE("item.artifact.unparseable"),
        /** A Dockerfile of FROM and ARG only: it builds nothing of its own. */
        NO_INSTRUCTIONS("item.artifact.noInstructions"),
        /** A JSON or YAML document with nothing in it ({@code {}}, {@code []}, {@code null}, no document). */
        EMPTY_DOCUMENT("item.artifact.emptyDocument");

        private final String label;

        Flaw(String label) {
            this.label = label;
        }

        /** The feedback label that explains it, with the file as {0}. */
        public String label() {
            return label;
        }
    }

    public GradedFile(String path, DocumentKind kind) {
        this(path, kind, Optional.empty());
    }

    public boolean usable() {
        return flaw.isEmpty();
    }
}
