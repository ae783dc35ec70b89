package dev.ecslint.core.grade;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

/**
 * One student's grade in the shape of Gradescope's {@code results.json} (autograder specification):
 * the top-level {@code score} is the grade (it overrides the sum of the tests), one test per rubric
 * item with {@code score}/{@code max_score} — a deduction shows as its cap minus what was lost — and the
 * whole feedback page as Markdown {@code output}. No {@code execution_time}: outputs must not change
 * between two runs on the same input.
 */
final class GradescopeResults {

    private static final JsonFactory FACTORY = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private GradescopeResults() {
    }

    static String write(GradeResult result, FeedbackText text, String feedbackMarkdown) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeFieldName("score");
            json.writeNumber(Points.format(result.score()));
            json.writeStringField("output", feedbackMarkdown);
            json.writeStringField("output_format", "md");
            json.writeStringField("visibility", "visible");
            json.writeArrayFieldStart("tests");
            Labels l = text.labels();
            java.util.List<FeedbackText.ItemRow> rows = text.itemRows(result);
            for (int i = 0; i < result.items().size(); i++) {
                ItemResult item = result.items().get(i);
                json.writeStartObject();
                String label;
                BigDecimal score;
                switch (item.type()) {
                    case ARTIFACT:
                        label = l.get("gradescope.artifact", item.name());
                        score = item.points();
                        break;
                    case DEDUCTION:
                        label = l.get("gradescope.deduction", item.name());
                        score = item.max().add(item.points());
                        break;
                    default:
                        label = l.get("gradescope.bonus", item.name());
                        score = item.points();
                }
                json.writeStringField("name", label);
                json.writeStringField("number", Integer.toString(i + 1));
                json.writeFieldName("score");
                json.writeNumber(Points.format(score));
                json.writeFieldName("max_score");
                json.writeNumber(Points.format(item.max()));
                json.writeStringField("status", item.satisfied() ? "passed" : "failed");
                json.writeStringField("output", rows.get(i).details());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().replace("\r\n", "\n") + "\n";
    }
}
