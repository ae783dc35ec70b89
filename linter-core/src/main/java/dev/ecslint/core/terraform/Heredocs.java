package dev.ecslint.core.terraform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The indented heredoc ({@code <<-EOF}): Terraform removes from every line the smallest indentation found on
 * a line that is not blank. Characters keep their file offsets, so removing them moves nothing.
 */
final class Heredocs {

    private Heredocs() {
    }

    static List<TemplatePart> dedent(List<TemplatePart> parts) {
        int indent = smallestIndentation(parts);
        if (indent == 0) {
            return parts;
        }
        List<TemplatePart> result = new ArrayList<>();
        int toStrip = indent; // at the start of the content: a line starts
        for (TemplatePart part : parts) {
            if (!(part instanceof TemplatePart.Text t)) {
                toStrip = 0;
                result.add(part);
                continue;
            }
            StringBuilder kept = new StringBuilder();
            int[] offsets = new int[t.text().length() + 1];
            for (int i = 0; i < t.text().length(); i++) {
                char c = t.text().charAt(i);
                if (toStrip > 0 && (c == ' ' || c == '\t')) {
                    toStrip--;
                    continue;
                }
                toStrip = c == '\n' ? indent : 0;
                offsets[kept.length()] = t.offsets()[i];
                kept.append(c);
            }
            if (kept.length() > 0) {
                offsets[kept.length()] = t.offsets()[t.text().length()];
                result.add(new TemplatePart.Text(kept.toString(), Arrays.copyOf(offsets, kept.length() + 1)));
            }
        }
        return result;
    }

    private static int smallestIndentation(List<TemplatePart> parts) {
        int smallest = Integer.MAX_VALUE;
        int current = 0;
        boolean counting = true; // inside the leading whitespace of a line
        for (TemplatePart part : parts) {
            if (!(part instanceof TemplatePart.Text t)) {
                if (counting) {
                    smallest = Math.min(smallest, current); // a line that starts with an interpolation
                    counting = false;
                }
                continue;
            }
            for (int i = 0; i < t.text().length(); i++) {
                char c = t.text().charAt(i);
                if (c == '\n') {
                    current = 0;
                    counting = true; // a blank line does not count
                } else if (counting && (c == ' ' || c == '\t')) {
                    current++;
                } else if (counting && c != '\r') {
                    smallest = Math.min(smallest, current);
                    counting = false;
                }
            }
        }
        return smallest == Integer.MAX_VALUE ? 0 : smallest;
    }
}
