package dev.ecslint.core.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.Writer;

/**
 * Pretty-printed JSON for the JSON-based reports, written with jackson-core's streaming generator
 * (databind costs ~40 ms of start-up, DESIGN.md "Budgets"). Two-space indent, {@code "key": value},
 * {@code \n} line ends on every platform, empty containers as {@code []} / {@code {}}.
 */
public final class JsonOutput {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private static final Separators SEPARATORS = Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");

    private JsonOutput() {
    }

    /** A generator over {@code out}; the caller closes it, which flushes but leaves {@code out} open. */
    public static JsonGenerator open(Appendable out) throws IOException {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(SEPARATORS)
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        JsonGenerator generator = FACTORY.createGenerator(asWriter(out));
        generator.setPrettyPrinter(printer);
        return generator;
    }

    private static Writer asWriter(Appendable out) {
        if (out instanceof Writer writer) {
            return writer;
        }
        return new Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) throws IOException {
                out.append(new String(buffer, offset, length));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
    }

    static void stringField(JsonGenerator json, String name, String value) throws IOException {
        if (value == null) {
            json.writeNullField(name);
        } else {
            json.writeStringField(name, value);
        }
    }
}
