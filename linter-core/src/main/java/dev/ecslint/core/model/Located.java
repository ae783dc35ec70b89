package dev.ecslint.core.model;

/** Anything a parser produced that knows where it came from. */
public interface Located {

    Span span();

    /** RFC 6901 pointer of a JSON/YAML value; {@code null} for Dockerfile nodes. */
    default String pointer() {
        return null;
    }
}
