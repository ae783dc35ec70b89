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

    /** Writes into a generator: opens or closes the objects and arrays around a document's body. */
    interface Part {
        void write(JsonGenerator json) throws IOException;
    }

    /**
     * A document whose head states what is known only once its long body has been written (the JSON
     * report's summary, SARIF's rules). The body goes to a {@link Spill} through its own generator,
     * nested in the same objects and arrays as in the document, so that its indentation and separators are
     * the document's; the head is written at the end by another generator up to the same opening, and
     * the body follows from after its own opening. Memory stays bounded whatever the body's length.
     */
    static final class Spliced {
        private final Spill spill = new Spill();
        private final JsonGenerator body;
        private final long opening;

        /** @param nesting opens, in the body's generator, the objects and arrays that enclose the body */
        Spliced(Part nesting) throws IOException {
            body = open(spill);
            nesting.write(body);
            body.flush();
            opening = spill.length();
        }

        JsonGenerator body() {
            return body;
        }

        /**
         * @param head    writes the document up to the body's opening bracket, nested as {@code nesting} was
         * @param closing writes what follows the body, in the body's generator
         * @param fill    values of {@link Spill#MARK marks} in the body, or {@code null}
         */
        void finish(Appendable out, Part head, Part closing, java.util.function.UnaryOperator<String> fill)
                throws IOException {
            JsonGenerator start = open(out);
            head.write(start);
            start.flush(); // not closed: closing would end the head's open objects
            closing.write(body);
            body.close();
            try (spill) {
                spill.copyTo(out, opening, fill);
            }
            out.append('\n');
        }
    }

    static void stringField(JsonGenerator json, String name, String value) throws IOException {
        if (value == null) {
            json.writeNullField(name);
        } else {
            json.writeStringField(name, value);
        }
    }
}
