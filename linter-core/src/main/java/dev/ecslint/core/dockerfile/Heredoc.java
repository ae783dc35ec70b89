package dev.ecslint.core.dockerfile;

import dev.ecslint.core.model.Located;
import dev.ecslint.core.model.Span;

/**
 * A here-document of {@code RUN}, {@code COPY} or {@code ADD}: {@code <<EOF}, {@code <<-EOF},
 * {@code <<"EOF"}, {@code <<'EOF'}, {@code 3<<EOF}.
 *
 * @param name           the delimiter without quotes
 * @param chomp          {@code <<-}: leading tabs are stripped from the body and the delimiter line
 * @param expand         false when the delimiter is quoted: variables in the body are not expanded
 * @param marker         the {@code <<EOF} word on the instruction line
 * @param body           the body as written, lines joined with {@code \n} and ending with one
 *                       (empty for an empty body); tabs are not stripped
 * @param bodySpan       the body lines (zero-length at the delimiter line when the body is empty)
 * @param terminatorSpan the delimiter line
 */
public record Heredoc(String name, boolean chomp, boolean expand, Token marker, String body, Span bodySpan,
                      Span terminatorSpan) implements Located {

    /** From the first body line to the end of the delimiter line. */
    @Override
    public Span span() {
        return bodySpan.to(terminatorSpan);
    }

    /** The body as the build sees it: for {@code <<-}, leading tabs removed from each line. */
    public String content() {
        return chomp ? body.replaceAll("(?m)^\t+", "") : body;
    }
}
