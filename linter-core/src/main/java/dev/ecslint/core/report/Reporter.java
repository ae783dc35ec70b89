package dev.ecslint.core.report;

import java.io.IOException;

/**
 * Writes a report in one format, streamed: {@link #start} opens it on its destination, the files follow
 * one at a time in path order ({@link Sink#file}), and {@link Sink#finish} closes it with the totals.
 * Output must be deterministic for the same files.
 */
public interface Reporter {

    /** The name used with {@code --format} and the plugin's {@code formats}. */
    String format();

    /** Starts a report on {@code out}; nothing needs to be written before the first file. */
    Sink start(Appendable out) throws IOException;

    /** Writes a whole report at once (the Maven plugin, the grader, tests): the same output as streaming it. */
    default void write(LintReport report, Appendable out) throws IOException {
        Sink sink = start(out);
        ReportSummary.Tally tally = new ReportSummary.Tally();
        for (FileReport file : FileReport.of(report)) {
            tally.add(file);
            sink.file(file);
        }
        sink.finish(tally.summary(report.toolVersion(), report.rules(), report.coverage()));
    }

    /** A report being written. */
    interface Sink {

        /** One file, after the ones before it in path order. */
        void file(FileReport file) throws IOException;

        /** The end of the report: whatever waited for the totals is written now. */
        void finish(ReportSummary summary) throws IOException;
    }
}
