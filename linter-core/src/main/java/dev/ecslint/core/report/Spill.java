package dev.ecslint.core.report;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The body of a report whose beginning states totals known only at the end (the JSON summary, SARIF's
 * rules, JUnit's counts): kept in memory up to 1 MiB of text, then in a temporary file, so that a run
 * of any size holds a bounded amount. Read back once, then deleted.
 */
final class Spill extends Writer {

    private static final int IN_MEMORY = 1 << 20;

    /** Marks a value to be filled in when the spill is read back (see {@link #copyTo(Appendable, long, java.util.function.UnaryOperator)}). */
    static final char MARK = '\u0001';

    private StringBuilder memory = new StringBuilder();
    private long length;
    private Path file;
    private Writer disk;

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        this.length += length;
        if (disk == null && memory.length() + length > IN_MEMORY) {
            file = Files.createTempFile("ecslint-report", ".part");
            disk = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
            disk.append(memory);
            memory = null;
        }
        if (disk != null) {
            disk.write(buffer, offset, length);
        } else {
            memory.append(buffer, offset, length);
        }
    }

    @Override
    public void flush() throws IOException {
        if (disk != null) {
            disk.flush();
        }
    }

    /** What was written, from the start; call once, after the last write. */
    Reader read() throws IOException {
        if (disk == null) {
            return new StringReader(memory.toString());
        }
        disk.close();
        return new BufferedReader(Files.newBufferedReader(file, StandardCharsets.UTF_8), 1 << 16);
    }

    /** Characters held in memory now. */
    int inMemory() {
        return memory == null ? 0 : memory.length();
    }

    /** Characters written so far. */
    long length() {
        return length;
    }

    /** Copies what was written from character {@code from} on to {@code out}. */
    void copyTo(Appendable out, long from) throws IOException {
        copyTo(out, from, null);
    }

    /**
     * Copies what was written from character {@code from} on to {@code out}, each {@code MARK name MARK}
     * replaced by {@code fill(name)} (JSON and XML writers escape the control character {@link #MARK} in
     * every value, so only a writer's raw output holds it).
     */
    void copyTo(Appendable out, long from, java.util.function.UnaryOperator<String> fill) throws IOException {
        try (Reader in = read()) {
            for (long skipped = 0; skipped < from; ) {
                long n = in.skip(from - skipped);
                if (n <= 0) {
                    return;
                }
                skipped += n;
            }
            char[] buffer = new char[1 << 14];
            StringBuilder chunk = new StringBuilder(buffer.length);
            StringBuilder name = null; // inside a mark
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                if (fill == null) {
                    append(out, buffer, n, chunk);
                    continue;
                }
                int run = 0; // start of the characters not yet copied
                for (int i = 0; i < n; i++) {
                    if (buffer[i] != MARK) {
                        continue;
                    }
                    if (name == null) {
                        append(out, Arrays.copyOfRange(buffer, run, i), i - run, chunk);
                        name = new StringBuilder();
                    } else {
                        name.append(buffer, run, i - run);
                        out.append(fill.apply(name.toString()));
                        name = null;
                    }
                    run = i + 1;
                }
                if (name != null) {
                    name.append(buffer, run, n - run);
                } else {
                    append(out, Arrays.copyOfRange(buffer, run, n), n - run, chunk);
                }
            }
        }
    }

    private static void append(Appendable out, char[] chars, int length, StringBuilder chunk) throws IOException {
        if (out instanceof Writer writer) {
            writer.write(chars, 0, length);
        } else {
            chunk.setLength(0);
            out.append(chunk.append(chars, 0, length));
        }
    }

    @Override
    public void close() throws IOException {
        if (disk != null) {
            disk.close();
            Files.deleteIfExists(file);
        }
        memory = null;
    }
}
