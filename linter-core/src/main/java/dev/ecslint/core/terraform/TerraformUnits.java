package dev.ecslint.core.terraform;

import dev.ecslint.core.engine.InlineSuppressions;
import dev.ecslint.core.engine.InlineSuppressions.LineRange;
import dev.ecslint.core.model.SourceFile;
import dev.ecslint.core.terraform.HclExpression.ObjectCons;
import dev.ecslint.core.terraform.HclExpression.Tuple;
import java.util.HashMap;
import java.util.Map;

/**
 * What a suppression comment of a Terraform file covers: the block, attribute, object element or list element
 * that starts on the next line that is not blank or a comment, down to its last line
 * ({@code # ecslint ignore=CT004 -- reason} above a resource covers every finding inside it); for Checkov's
 * {@code #checkov:skip=…}, which stands inside a resource, the top-level block that holds the comment.
 */
public final class TerraformUnits implements InlineSuppressions.Units {

    /** First line of each unit → its last line (the longest unit starting there). */
    private final Map<Integer, Integer> ends = new HashMap<>();
    /** The lines of the file's top-level blocks (resources, variables, locals). */
    private final java.util.List<LineRange> topLevel = new java.util.ArrayList<>();
    private final SourceFile source;

    private TerraformUnits(SourceFile source) {
        this.source = source;
    }

    /** The units of a file read at its own line numbers (the file being linted). */
    public static TerraformUnits of(SourceFile source, HclBody body) {
        TerraformUnits units = new TerraformUnits(source);
        units.body(body);
        body.blocks().forEach(b -> units.topLevel.add(new LineRange(b.header().line(), b.span().endLine())));
        return units;
    }

    @Override
    public LineRange following(int commentLine) {
        int first = firstLineAfter(commentLine);
        return first == 0 ? null : new LineRange(first, lastLineAfter(commentLine));
    }

    @Override
    public LineRange enclosing(int commentLine) {
        for (LineRange block : topLevel) {
            if (commentLine >= block.from() && commentLine <= block.to()) {
                return block;
            }
        }
        return null; // Checkov reads its skip comments inside the resource they skip
    }

    /** The first line the comment on {@code commentLine} covers; 0 when nothing follows. */
    public int firstLineAfter(int commentLine) {
        for (int line = commentLine + 1; line <= source.lineCount(); line++) {
            String text = source.lineText(line).trim();
            if (!text.isEmpty() && !text.startsWith("#") && !text.startsWith("//")) {
                return line;
            }
        }
        return 0;
    }

    /** The last line the comment on {@code commentLine} covers; 0 when nothing follows. */
    public int lastLineAfter(int commentLine) {
        int first = firstLineAfter(commentLine);
        return first == 0 ? 0 : ends.getOrDefault(first, first);
    }

    private void unit(int first, int last) {
        ends.merge(first, last, Math::max);
    }

    private void body(HclBody body) {
        for (HclAttribute a : body.attributes()) {
            unit(a.nameSpan().line(), a.span().endLine());
            expression(a.value());
        }
        for (HclBlock b : body.blocks()) {
            unit(b.header().line(), b.span().endLine());
            body(b.body());
        }
    }

    private void expression(HclExpression e) {
        if (e instanceof ObjectCons o) {
            for (ObjectCons.Item item : o.items()) {
                unit(item.key().span().line(), item.value().span().endLine());
            }
        } else if (e instanceof Tuple t) {
            for (HclExpression element : t.elements()) {
                unit(element.span().line(), element.span().endLine());
            }
        }
        e.children().forEach(this::expression);
    }
}
