package dev.ecslint.core.engine;

import dev.ecslint.core.i18n.Message;
import dev.ecslint.core.model.Finding;
import dev.ecslint.core.model.PeerIds;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.SourceFile;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Suppression comments, the same in every format that has comments (Dockerfiles, YAML, Terraform): the
 * format only says which lines a comment covers ({@link Units}). ecslint's own
 * {@code # ecslint ignore=DF001,CT004 -- reason} silences those rules (ids or names) on the next unit and
 * {@code # ecslint global ignore=…} on the whole file. The pragmas of the tools a repository may come
 * from are honoured through the rules' equivalents, with the scope each tool gives them, so that their
 * suppressions keep working:
 * <ul>
 * <li>hadolint: {@code # hadolint ignore=DL3008,SC2086 # reason} (next unit) and {@code # hadolint global
 * ignore=…} (file); as in hadolint, a list holding a malformed code is no pragma;</li>
 * <li>Checkov: {@code #checkov:skip=CKV_DOCKER_3:reason} (also {@code bridgecrew:skip}), one id a comment,
 * covering the unit that holds the comment: the resource block in Terraform and CloudFormation, the whole
 * file in a Dockerfile (Checkov treats a Dockerfile as one resource);</li>
 * <li>Trivy: {@code #trivy:ignore:AVD-DS-0002} (any spelling of the id, several on a line, an optional
 * {@code :exp:2025-12-31} after which it no longer applies), covering the next unit.</li>
 * </ul>
 */
public final class InlineSuppressions {

    /** Which lines a comment covers, as the file's format defines its units. */
    public interface Units {
        /** The unit after a comment (the next instruction, YAML key, HCL block), or {@code null} when none follows. */
        LineRange following(int commentLine);

        /**
         * The unit that holds a comment (a Terraform or CloudFormation resource); the whole file where the
         * format has no such unit (a Dockerfile is one).
         */
        LineRange enclosing(int commentLine);
    }

    /** Lines {@code from} to {@code to}, both included. */
    public record LineRange(int from, int to) {
        public static final LineRange WHOLE_FILE = new LineRange(1, Integer.MAX_VALUE);

        boolean contains(int line) {
            return line >= from && line <= to;
        }
    }

    private enum Scope { FOLLOWING, ENCLOSING, FILE }

    /** One comment: the rules it names, the lines it covers, and the reason given. */
    private record Directive(Set<String> ruleIds, LineRange lines, String reason) {
    }

    // possessive quantifiers throughout: no pattern backtracks, whatever the comment (see the regex audit test)
    private static final Pattern ECSLINT = Pattern.compile(
            "#\\s*+ecslint\\s++(global\\s++)?ignore\\s*+=\\s*+((?:[A-Za-z0-9_,\\s]|-(?!-))++)(?:--\\s*+(.*))?");
    /** hadolint's codes are upper-case letters and digits; anything else makes the comment no pragma. */
    private static final Pattern HADOLINT = Pattern.compile(
            "#\\s*+hadolint\\s++(global\\s++)?ignore\\s*+=\\s*+([A-Z0-9]++(?:\\s*+,\\s*+[A-Z0-9]++)*+)\\s*+(?:#\\s*+(.*))?");
    private static final Pattern CHECKOV = Pattern.compile(
            "#\\s*+(?:checkov|bridgecrew):skip=\\s*+([A-Za-z0-9_]++)\\s*+(?::\\s*+(.*))?");
    private static final Pattern TRIVY = Pattern.compile(
            "#\\s*+trivy:ignore:([A-Za-z0-9_.-]++)(?::exp:(\\d{4}-\\d{2}-\\d{2}))?(?=\\s|#|$)");

    /** Longer comment lines are no pragma; the bound keeps every pattern's matching time linear in practice. */
    private static final int MAX_PRAGMA_LENGTH = 2000;

    public static final InlineSuppressions NONE = new InlineSuppressions(Map.of());

    private final Map<String, List<Directive>> byRule;

    private InlineSuppressions(Map<String, List<Directive>> byRule) {
        this.byRule = byRule;
    }

    /**
     * @param rules the rules whose findings may be suppressed (their ids, names and equivalents)
     * @param units which lines a comment covers in this file's format
     * @param today the date Trivy's {@code :exp:} is compared with
     */
    public static InlineSuppressions scan(SourceFile source, List<RuleMeta> rules, Units units, LocalDate today) {
        Resolver resolver = new Resolver(rules);
        Map<String, List<Directive>> byRule = new HashMap<>();
        String all = source.text();
        for (int line = 1; line <= source.lineCount(); line++) {
            if (!startsWithComment(all, source.lineStart(line), source.lineEnd(line))) {
                continue; // most lines: no substring, no pattern
            }
            String text = source.lineText(line);
            int hash = text.indexOf('#');
            int slashes = text.indexOf("//");
            if (slashes >= 0 && (hash < 0 || slashes < hash) && text.substring(0, slashes).isBlank()) {
                text = "#" + text.substring(slashes + 2); // Terraform's other line comment: // ecslint ignore=…
                hash = 0;
            }
            if (hash < 0 || text.length() > MAX_PRAGMA_LENGTH || !text.substring(0, hash).isBlank()) {
                continue; // pragmas are whole-line comments of a reasonable length
            }
            for (Directive d : directives(text.substring(hash), line, resolver, units, today)) {
                for (String id : d.ruleIds()) {
                    byRule.computeIfAbsent(id, k -> new ArrayList<>()).add(d);
                }
            }
        }
        return byRule.isEmpty() ? NONE : new InlineSuppressions(byRule);
    }

    /** Whether the line's first non-blank characters are {@code #} or {@code //}. */
    private static boolean startsWithComment(String text, int start, int end) {
        int i = start;
        while (i < end && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < end && (text.charAt(i) == '#' || (text.charAt(i) == '/' && i + 1 < end && text.charAt(i + 1) == '/'));
    }

    /** Every pattern below names its tool, in these letters: a comment naming none is no pragma. */
    private static boolean namesATool(String comment) {
        return comment.contains("ecslint") || comment.contains("hadolint") || comment.contains("checkov")
                || comment.contains("bridgecrew") || comment.contains("trivy");
    }

    private static List<Directive> directives(String comment, int line, Resolver resolver, Units units,
                                              LocalDate today) {
        if (!namesATool(comment)) {
            return List.of();
        }
        List<Directive> found = new ArrayList<>(1);
        Matcher m = ECSLINT.matcher(comment);
        if (m.matches()) {
            Set<String> ids = new HashSet<>();
            for (String token : m.group(2).split("[,\\s]+")) {
                ids.addAll(resolver.own(token));
            }
            add(found, ids, m.group(1) != null ? Scope.FILE : Scope.FOLLOWING, line, m.group(3), units);
            return found;
        }
        m = HADOLINT.matcher(comment);
        if (m.matches()) {
            Set<String> ids = new HashSet<>();
            for (String token : m.group(2).split(",")) {
                ids.addAll(resolver.equivalent(token.strip()));
            }
            add(found, ids, m.group(1) != null ? Scope.FILE : Scope.FOLLOWING, line, m.group(3), units);
            return found;
        }
        m = CHECKOV.matcher(comment);
        if (m.matches()) {
            add(found, resolver.equivalent(m.group(1)), Scope.ENCLOSING, line, m.group(2), units);
            return found;
        }
        m = TRIVY.matcher(comment);
        Set<String> ids = new HashSet<>();
        while (m.find()) {
            if (m.group(2) == null || !expired(m.group(2), today)) {
                ids.addAll(resolver.equivalent(m.group(1)));
            }
        }
        add(found, ids, Scope.FOLLOWING, line, null, units);
        return found;
    }

    private static void add(List<Directive> found, Set<String> ids, Scope scope, int line, String reason,
                            Units units) {
        if (ids.isEmpty()) {
            return;
        }
        LineRange lines = scope == Scope.FILE ? LineRange.WHOLE_FILE
                : scope == Scope.ENCLOSING ? units.enclosing(line) : units.following(line);
        if (lines != null) {
            found.add(new Directive(Set.copyOf(ids), lines, reason == null ? "" : reason.strip()));
        }
    }

    /** Trivy's {@code :exp:} date: the ignore no longer applies after that day. */
    private static boolean expired(String date, LocalDate today) {
        try {
            return today.isAfter(LocalDate.parse(date));
        } catch (DateTimeParseException e) {
            return true; // not a date Trivy would accept either
        }
    }

    /**
     * The suppression that silences a finding, or {@code null}.
     *
     * @param requireReason only comments that give a reason count
     */
    public Finding.Suppression match(Finding finding, boolean requireReason) {
        for (Directive d : byRule.getOrDefault(finding.ruleId(), List.of())) {
            if (d.lines().contains(finding.location().line()) && (!requireReason || !d.reason().isBlank())) {
                return d.reason().isBlank() ? new Finding.Suppression(true, Message.of("suppression.inline"))
                        : Finding.Suppression.because(true, d.reason());
            }
        }
        return null;
    }

    /**
     * Rule ids by what a comment may call them. Indexed on the first pragma: most files have none, and
     * indexing every rule's names and peers' ids for each file was 17 % of a Dockerfile corpus run.
     */
    private static final class Resolver {
        private final List<RuleMeta> rules;
        private Map<String, Set<String>> byOwnIdOrName;
        private Map<String, Set<String>> byEquivalent;

        Resolver(List<RuleMeta> rules) {
            this.rules = rules;
        }

        private void index() {
            if (byOwnIdOrName != null) {
                return;
            }
            byOwnIdOrName = new HashMap<>();
            byEquivalent = new HashMap<>();
            for (RuleMeta meta : rules) {
                byOwnIdOrName.computeIfAbsent(meta.id().toUpperCase(Locale.ROOT), k -> new HashSet<>()).add(meta.id());
                byOwnIdOrName.computeIfAbsent(meta.name().toUpperCase(Locale.ROOT), k -> new HashSet<>()).add(meta.id());
                for (String equivalent : meta.equivalents()) {
                    byEquivalent.computeIfAbsent(PeerIds.canonical(equivalent), k -> new HashSet<>()).add(meta.id());
                }
            }
        }

        /** ecslint's own comments name rules by id or name, and may use the peers' ids too. */
        Set<String> own(String token) {
            if (token.isBlank()) {
                return Set.of();
            }
            index();
            Set<String> ids = byOwnIdOrName.get(token.toUpperCase(Locale.ROOT));
            return ids != null ? ids : equivalent(token);
        }

        Set<String> equivalent(String token) {
            index();
            return byEquivalent.getOrDefault(PeerIds.canonical(token), Set.of());
        }
    }

    /** Units by text for YAML: a key's unit runs through the following lines indented deeper than the key. */
    public static Units yaml(SourceFile source) {
        return new Units() {
            @Override
            public LineRange following(int commentLine) {
                int keyLine = nextContentLine(source, commentLine);
                return keyLine == 0 ? null : new LineRange(keyLine, endOfYamlUnit(source, keyLine));
            }

            @Override
            public LineRange enclosing(int commentLine) {
                return yamlEnclosingBlock(source, commentLine);
            }
        };
    }

    /** The next line that is neither blank nor a comment, or 0. */
    public static int nextContentLine(SourceFile source, int commentLine) {
        for (int line = commentLine + 1; line <= source.lineCount(); line++) {
            String text = source.lineText(line).trim();
            if (!text.isEmpty() && !text.startsWith("#")) {
                return line;
            }
        }
        return 0;
    }

    /** The last line of the YAML unit that starts on {@code keyLine}. */
    private static int endOfYamlUnit(SourceFile source, int keyLine) {
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

    /**
     * The second-level block a comment sits in ({@code Resources: → MyTask:}, {@code services: → web:}),
     * which is what Checkov calls the resource; the unit after the comment when it sits in none.
     */
    private static LineRange yamlEnclosingBlock(SourceFile source, int commentLine) {
        // the keys above the comment, each less indented than the one before, up to a top-level key
        int indent = indentation(source.lineText(commentLine));
        int nearerAncestor = 0;
        int ancestor = 0;
        for (int line = commentLine - 1; line >= 1 && indent > 0; line--) {
            String text = source.lineText(line);
            if (!text.isBlank() && !text.trim().startsWith("#") && indentation(text) < indent) {
                nearerAncestor = ancestor;
                ancestor = line;
                indent = indentation(text);
            }
        }
        if (ancestor == 0 || indent > 0 || nearerAncestor == 0) {
            int keyLine = nextContentLine(source, commentLine);
            return keyLine == 0 ? null : new LineRange(keyLine, endOfYamlUnit(source, keyLine));
        }
        return new LineRange(nearerAncestor, endOfYamlUnit(source, nearerAncestor));
    }

    private static int indentation(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
