package dev.ecslint.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ecslint.core.model.BoundedMatch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The audit of every regular expression in ecslint's main sources (core, rules, CLI, Maven plugin): the
 * {@code static final Pattern} constants (read by reflection) and the literal patterns given inline to
 * {@code matches}, {@code replaceAll}, {@code replaceFirst} and {@code split} (read from the sources).
 * Each is run, with {@code find} and {@code matches}, over pumped inputs built from its own literals and
 * from common characters — {@code prefix + pump×n + suffix} — at two sizes eight times apart, counting
 * the characters the matcher reads. A pattern whose work grows more than linearly fails the build, so
 * a new pattern that backtracks on input it does not bound cannot land unnoticed. Patterns built at run
 * time from user input (globs, configured names) go through {@link BoundedMatch} instead.
 */
class RegexAuditTest {

    private static final Path ROOT = Path.of(System.getProperty("ecslint.root", "..")).toAbsolutePath().normalize();
    private static final List<String> MODULES = List.of("linter-core", "rules", "cli", "maven-plugin");
    private static final Pattern INLINE = Pattern.compile(
            "\\.(matches|replaceAll|replaceFirst|split)\\(\\s*\"((?:[^\"\\\\]|\\\\.)*+)\"\\s*[,)]");
    private static final List<String> COMMON_PUMPS = List.of("a", "A", "0", " ", "/", ":", "-", ".", "@", "=", "{",
            "$", "<", "%(", "\t", "#", "aA0", "a:", "\"", "-c");
    private static final int SMALL = 30;
    private static final int LARGE = 240;

    /**
     * Patterns that only ever see ecslint's own text — rule ids, rule metadata, its version — never a
     * linted file, a configuration or a command line; each with the reason it may backtrack.
     */
    private static final Map<String, String> OWN_TEXT_ONLY = Map.of(
            "\\d+$", "rule ids (validated by RuleMeta: at most three letters and three digits)",
            "\\s*\\R\\s*", "rule metadata (rationale, fix) in docs and the text report",
            "^(.*?)[\\s:\u2014\u2013-]*\\s(https?://\\S+)$", "rule metadata references in docs/rules.md",
            "\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?(\\+[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?",
            "ecslint's own version in SARIF");

    /** A pattern, where it is, and whether the code only ever anchors it ({@code matches()}). */
    record Audited(Pattern pattern, String where, boolean anchoredOnly) { }

    /** Every pattern of the main sources, once per pattern text and use. */
    static List<Audited> auditedPatterns() {
        Map<String, Audited> patterns = new LinkedHashMap<>();
        for (String module : MODULES) {
            Path sources = ROOT.resolve(module).resolve("src/main/java");
            for (Path file : javaFiles(sources)) {
                String where = ROOT.relativize(file).toString();
                String text = read(file);
                Matcher m = INLINE.matcher(text);
                while (m.find()) {
                    Pattern inline = Pattern.compile(unescape(m.group(2)));
                    boolean anchored = m.group(1).equals("matches");
                    patterns.putIfAbsent(inline.pattern() + anchored, new Audited(inline, where, anchored));
                }
                String className = sources.relativize(file).toString().replace('/', '.').replaceAll("\\.java$", "");
                for (Map.Entry<String, Pattern> constant : patternConstants(className).entrySet()) {
                    Pattern p = constant.getValue();
                    boolean anchored = onlyAnchored(text, constant.getKey());
                    patterns.putIfAbsent(p.pattern() + p.flags() + anchored, new Audited(p, where, anchored));
                }
            }
        }
        return List.copyOf(patterns.values());
    }

    /** Whether the source only ever calls {@code matches()} on the constant's matchers. */
    private static boolean onlyAnchored(String source, String field) {
        if (source.contains(field + ".split(") || source.contains(field + ".asPredicate(")) {
            return false;
        }
        boolean used = false;
        for (int at = source.indexOf(field + ".matcher("); at >= 0; at = source.indexOf(field + ".matcher(", at + 1)) {
            String after = source.substring(at, Math.min(source.length(), at + 400));
            int matches = indexOrMax(after, ".matches()");
            int other = Math.min(Math.min(indexOrMax(after, ".find("), indexOrMax(after, ".lookingAt(")),
                    Math.min(indexOrMax(after, ".replaceAll("), indexOrMax(after, ".results(")));
            if (other < matches) {
                return false;
            }
            used |= matches < Integer.MAX_VALUE;
        }
        return used;
    }

    private static int indexOrMax(String text, String part) {
        int i = text.indexOf(part);
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    @Test
    void everyPatternOfTheCodeBaseMatchesInLinearTime() {
        List<Audited> patterns = auditedPatterns();
        assertThat(patterns).as("patterns found in the sources").hasSizeGreaterThan(60);
        List<String> superLinear = new ArrayList<>();
        for (Audited audited : patterns) {
            if (OWN_TEXT_ONLY.containsKey(audited.pattern().pattern())) {
                continue;
            }
            String worst = worstCase(audited.pattern(), audited.anchoredOnly());
            if (worst != null) {
                superLinear.add(audited.where() + ": /" + audited.pattern().pattern() + "/ " + worst);
            }
        }
        assertThat(superLinear).as("patterns whose work grows faster than their input").isEmpty();
    }

    @Test
    void theAuditCatchesTheQuadraticPatternsItWasWrittenFor() {
        // the URL-password pattern and the unbounded placeholder of before (issue 17)
        assertThat(worstCase(Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://[^:/@\\s]+:([^@/\\s]+)@"))).isNotNull();
        assertThat(worstCase(Pattern.compile("\\$\\{[^}]*}"))).isNotNull();
        assertThat(worstCase(Pattern.compile("#\\s*([a-zA-Z][a-zA-Z0-9]*)\\s*=\\s*(.+?)\\s*"))).isNotNull();
        assertThat(worstCase(Pattern.compile("/+$"))).isNotNull();
        assertThat(worstCase(Pattern.compile("eyJ[A-Za-z0-9_-]{5,}\\.eyJ[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]+"))).isNotNull();
        assertThat(worstCase(Pattern.compile("(?<!/)/+$"))).isNull();
    }

    @Test
    void patternsFromUsersAreCutOffNotLeftToHang() {
        // what the glob *a*a*a*a*a*a*a*a*a*a*b becomes: C(n, 10) ways to place the a's
        Pattern catastrophic = Pattern.compile("[^/]*a".repeat(10) + "[^/]*b");
        assertThatThrownBy(() -> BoundedMatch.matches(catastrophic, "a".repeat(60)))
                .isInstanceOf(BoundedMatch.TooCostly.class).hasMessageContaining("[^/]*a[^/]*a");
        assertThat(BoundedMatch.matches(Pattern.compile("[^/]*\\.json"), "deploy.json")).isTrue();
    }

    static String worstCase(Pattern pattern) {
        return worstCase(pattern, false);
    }

    /** A description of the input on which {@code pattern}'s work grows super-linearly, or null. */
    static String worstCase(Pattern pattern, boolean anchoredOnly) {
        List<String> literals = literalRuns(pattern.pattern());
        Set<String> pumps = new LinkedHashSet<>(COMMON_PUMPS);
        for (String run : literals) {
            pumps.add(run);
            run.chars().forEach(c -> pumps.add(String.valueOf((char) c)));
        }
        Set<String> prefixes = new LinkedHashSet<>(List.of(""));
        prefixes.addAll(literals);
        prefixes.add(String.join("a", literals) + "a");
        prefixes.add(String.join("0", literals));
        List<String> suffixes = List.of("", "!", "\n");
        for (String prefix : prefixes) {
            for (String pump : pumps) {
                for (String suffix : suffixes) {
                    for (boolean anchored : anchoredOnly ? new boolean[] {true} : new boolean[] {false, true}) {
                        long small = reads(pattern, prefix + pump.repeat(SMALL) + suffix, anchored);
                        long large = reads(pattern, prefix + pump.repeat(LARGE) + suffix, anchored);
                        // linear: ×8; quadratic: ×64. Constant work per match start is allowed for.
                        if (large > 3L * (LARGE / SMALL) * small + 4_000) {
                            return (anchored ? "matches" : "find") + " on " + quote(prefix) + " + " + quote(pump)
                                    + "×n + " + quote(suffix) + ": " + small + " reads at n=" + SMALL + ", " + large
                                    + " at n=" + LARGE;
                        }
                    }
                }
            }
        }
        return null;
    }

    private static long reads(Pattern pattern, String input, boolean anchored) {
        StepCounter text = new StepCounter(input);
        Matcher m = pattern.matcher(text);
        try {
            if (anchored) {
                m.matches();
            } else {
                while (m.find()) {
                    // every match, as replaceAll and split go through them
                }
            }
        } catch (IllegalStateException runaway) {
            return Long.MAX_VALUE / 2;
        }
        return text.reads();
    }

    /** Runs of literal characters in a pattern's source: outside classes, escapes and group syntax. */
    static List<String> literalRuns(String regex) {
        List<String> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\' && i + 1 < regex.length()) {
                char next = regex.charAt(++i);
                if (!Character.isLetterOrDigit(next)) {
                    run.append(next);
                    continue;
                }
                if (next == 'Q') {
                    int end = regex.indexOf("\\E", i);
                    run.append(regex, i + 1, end < 0 ? regex.length() : end);
                    i = end < 0 ? regex.length() : end + 1;
                    continue;
                }
            } else if (c == '[') {
                int depth = 1;
                while (++i < regex.length() && depth > 0) {
                    char d = regex.charAt(i);
                    if (d == '\\') {
                        i++;
                    } else if (d == '[') {
                        depth++;
                    } else if (d == ']') {
                        depth--;
                    }
                }
                i--;
            } else if (c == '{' && i + 1 < regex.length() && Character.isDigit(regex.charAt(i + 1))) {
                i = Math.max(i, regex.indexOf('}', i));
            } else if (c == '(' && i + 1 < regex.length() && regex.charAt(i + 1) == '?') {
                i++;
                while (i + 1 < regex.length() && "<!=:>imsxu-".indexOf(regex.charAt(i + 1)) >= 0) {
                    i++;
                }
            } else if ("()|?*+^$.".indexOf(c) < 0) {
                run.append(c);
                continue;
            }
            if (run.length() > 0) {
                runs.add(run.toString());
                run.setLength(0);
            }
        }
        if (run.length() > 0) {
            runs.add(run.toString());
        }
        return runs.stream().distinct().limit(4).toList();
    }

    private static Map<String, Pattern> patternConstants(String className) {
        Map<String, Pattern> found = new LinkedHashMap<>();
        Class<?> type;
        try {
            type = Class.forName(className, true, RegexAuditTest.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError notOnThisClassPath) {
            return found; // the Maven plugin: its inline patterns are read from the sources
        }
        for (Field field : type.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == Pattern.class) {
                try {
                    field.setAccessible(true);
                    found.put(field.getName(), (Pattern) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return found;
    }

    private static List<Path> javaFiles(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Java string literal's value (the escapes patterns use). */
    private static String unescape(String literal) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if (c != '\\' || i + 1 >= literal.length()) {
                out.append(c);
                continue;
            }
            char next = literal.charAt(++i);
            switch (next) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                default -> out.append(next);
            }
        }
        return out.toString();
    }

    private static String quote(String s) {
        return "\"" + s.replace("\n", "\\n").replace("\t", "\\t") + "\"";
    }
}
