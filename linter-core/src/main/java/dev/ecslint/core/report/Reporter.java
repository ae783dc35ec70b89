package dev.ecslint.core.report;

import java.io.IOException;

/** Writes a {@link LintReport} in one format. Output must be deterministic for the same report. */
public interface Reporter {

    /** The name used with {@code --format} and the plugin's {@code formats}. */
    String format();

    void write(LintReport report, Appendable out) throws IOException;
}
