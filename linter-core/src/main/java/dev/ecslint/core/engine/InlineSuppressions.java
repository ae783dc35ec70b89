package dev.ecslint.core.engine;

import dev.ecslint.core.model.Finding;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.SourceFile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Suppression comments in Dockerfiles, YAML and Terraform ({@code #} or {@code //}):
 * {@code # ecslint ignore=DF001,CT004 -- reason} silences
 * those rules (ids or names) on the next instruction or key; {@code # ecslint global ignore=…} on the
 * whole file. hadolint's {@code # hadolint ignore=DL3007} is honoured through the rules' equivalents.
 */
public final class InlineSuppressions {

    private static final Pattern DIRECTIVE = Pattern.compile(
            "^\\s*(?:#|//)\\s*(ecslint|hadolint)\\s+(global\\s+)?ignore\\s*=\\s*([A-Za-z0-9_,\\s-]+?)\\s*(?:--\\s*(.*?))?\\s*$");

    /** One comment: the rules it names, the lines it covers, and the reason given. */
    record Directive(Set<String> ruleIds, int fromLine, int toLine, String reason, boolean global) {
        boolean covers(Finding f) {
            int line = f.location().line();
            return ruleIds.contains(f.ruleId()) && (global || (line >= fromLine && line <= toLine));
        }
    }

    private final List<Directive> directives;

    private InlineSuppressions(List<Directive> directives) {
        this.directives = List.copyOf(directives);
    }

    public static final InlineSuppressions NONE = new InlineSuppressions(List.of());

    /**
     * @param lastLineOfUnitAfter given a comment's line, the last line of the instruction or key that
     *                            follows it (0 when nothing follows)
     */
    public static InlineSuppressions scan(SourceFile source, List<RuleMeta> rules, IntUnaryOperator firstLineOfUnitAfter,
                                          IntUnaryOperator lastLineOfUnitAfter) {
        List<Directive> found = new ArrayList<>();
        for (int line = 1; line <= source.lineCount(); line++) {
            String text = source.lineText(line);
            if (text.indexOf('#') < 0 && text.indexOf("//") < 0 || text.indexOf("ignore") < 0) {
                continue;
            }
            Matcher m = DIRECTIVE.matcher(text);
            if (!m.matches()) {
                continue;
            }
            boolean hadolint = m.group(1).equals("hadolint");
            Set<String> ids = new HashSet<>();
            for (String token : m.group(3).split("[,\\s]+")) {
                if (!token.isBlank()) {
                    ids.addAll(resolve(token.trim(), hadolint, rules));
                }
            }
            boolean global = m.group(2) != null;
            int from = global ? 1 : firstLineOfUnitAfter.applyAsInt(line);
            int to = global ? Integer.MAX_VALUE : lastLineOfUnitAfter.applyAsInt(line);
            if (!ids.isEmpty() && to > 0) {
                found.add(new Directive(ids, from, to, m.group(4) == null ? "" : m.group(4), global));
            }
        }
        return found.isEmpty() ? NONE : new InlineSuppressions(found);
    }

    private static Set<String> resolve(String token, boolean hadolint, List<RuleMeta> rules) {
        Set<String> ids = new HashSet<>();
        String lower = token.toLowerCase(Locale.ROOT);
        for (RuleMeta meta : rules) {
            boolean named = meta.id().equalsIgnoreCase(token) || meta.name().equals(lower);
            boolean equivalent = meta.equivalents().stream().anyMatch(e -> e.equalsIgnoreCase(token));
            if ((!hadolint && named) || equivalent) {
                ids.add(meta.id());
            }
        }
        return ids;
    }

    /**
     * The suppression that silences a finding, or {@code null}.
     *
     * @param requireReason only comments with {@code -- reason} count
     */
    public Finding.Suppression match(Finding finding, boolean requireReason) {
        for (Directive d : directives) {
            if (d.covers(finding) && (!requireReason || !d.reason().isBlank())) {
                String why = d.reason().isBlank() ? "inline ignore comment" : d.reason();
                return new Finding.Suppression(true, why);
            }
        }
        return null;
    }

    /** Line ranges by text, for files without a parser-provided unit: the next non-comment line onwards. */
    public static int nextContentLine(SourceFile source, int commentLine) {
        for (int line = commentLine + 1; line <= source.lineCount(); line++) {
            String text = source.lineText(line).trim();
            if (!text.isEmpty() && !text.startsWith("#")) {
                return line;
            }
        }
        return 0;
    }

    /** YAML: a key's unit runs through the following lines indented deeper than the key. */
    public static int endOfYamlUnit(SourceFile source, int commentLine) {
        int keyLine = nextContentLine(source, commentLine);
        if (keyLine == 0) {
            return 0;
        }
        int indent = indentation(source.lineText(keyLine));
        int last = keyLine;
        for (int line = keyLine + 1; line <= source.lineCount(); line++) {
            String text = source.lineText(line);
            if (text.isBlank() || text.trim().startsWith("#")) {
                continue;
            }
            if (indentation(text) <= indent && !text.trim().startsWith("- ") || indentation(text) < indent) {
                break;
            }
            last = line;
        }
        return last;
    }

    private static int indentation(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
