package dev.ecslint.core.aws;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The tag filter of a {@code tagged} lifecycle rule: its {@code tagPrefixList} or {@code tagPatternList}.
 * An image is selected only when EVERY entry matches at least one of the image's tags (AWS, "Lifecycle
 * policy evaluation rules": "an image is successfully matched if all of the tags in the tagPrefixList value
 * are matched against any of the image's tags"; lifecycle policy properties, tagPatternList: "If you
 * specify multiple tags, only the images with all specified tags are selected").
 *
 * <p>A prefix {@code p} matches exactly the tags the pattern {@code p*} matches; ECR tags cannot contain
 * {@code *}, so every entry can be treated as a pattern.
 */
public record LifecyclePolicyTagFilter(Kind kind, List<String> entries) {

    public enum Kind {
        PREFIX("tagPrefixList"), PATTERN("tagPatternList");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    public LifecyclePolicyTagFilter {
        entries = List.copyOf(entries);
    }

    /** Every entry as a wildcard pattern. */
    public List<String> patterns() {
        return entries.stream().map(e -> kind == Kind.PREFIX ? e + "*" : e).toList();
    }

    /**
     * True when every image this filter's {@code other} selects is also selected by this filter. Exact:
     * {@code other ⊆ this} holds iff each entry of this filter matches every tag that some single entry of
     * {@code other} matches. (If an entry {@code e} of this filter had no such entry in {@code other}, an
     * image carrying, for each entry of {@code other}, one tag that matches it but not {@code e} would be
     * selected by {@code other} and not by this filter.)
     */
    public boolean covers(LifecyclePolicyTagFilter other) {
        if (kind == Kind.PREFIX && other.kind == Kind.PREFIX) {
            // prefix p covers the tags of prefix q iff q starts with p: no pattern needs building
            for (String mine : entries) {
                if (!anyStartsWith(other.entries, mine)) {
                    return false;
                }
            }
            return true;
        }
        List<String> theirs = other.patterns();
        for (String mine : patterns()) {
            if (theirs.stream().noneMatch(t -> includes(mine, t))) {
                return false;
            }
        }
        return true;
    }

    private static boolean anyStartsWith(List<String> tags, String prefix) {
        for (String tag : tags) {
            if (tag.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** True when the filter selects every tagged image (all entries are {@code *} or the empty prefix). */
    public boolean selectsEveryTaggedImage() {
        return patterns().stream().allMatch(p -> p.chars().allMatch(c -> c == '*'));
    }

    /** The same list kind with the same entries, in any order: AWS requires rules' tag sets to be unique. */
    public boolean sameEntriesAs(LifecyclePolicyTagFilter other) {
        Set<String> mine = new LinkedHashSet<>(entries);
        return kind == other.kind && mine.equals(new LinkedHashSet<>(other.entries));
    }

    /** The filter as written, for messages: {@code tagPrefixList ["v1", "rc"]}. */
    public String describe() {
        StringBuilder b = new StringBuilder(kind.key()).append(" [");
        for (int i = 0; i < entries.size(); i++) {
            b.append(i == 0 ? "" : ", ").append('"').append(entries.get(i)).append('"');
        }
        return b.append(']').toString();
    }

    /**
     * True when every tag matched by {@code inner} is matched by {@code outer} ({@code *} matches any
     * sequence of characters, everything else itself). Decided by matching {@code outer} against
     * {@code inner} read as a word in which each {@code *} is one symbol that only a {@code *} of
     * {@code outer} may absorb: replacing each {@code *} of {@code inner} by a long run of a character that
     * {@code outer} does not contain gives a tag that {@code outer} can only match by covering each run with
     * one of its own wildcards, so the symbolic match is both necessary and sufficient.
     */
    public static boolean includes(String outer, String inner) {
        int n = outer.length();
        int m = inner.length();
        // matches[j] after processing i characters of outer: outer[0,i) matches inner[0,j)
        boolean[] matches = new boolean[m + 1];
        boolean[] next = new boolean[m + 1];
        matches[0] = true;
        for (int i = 0; i < n; i++) {
            char o = outer.charAt(i);
            if (o == '*') {
                boolean reachable = false;
                for (int j = 0; j <= m; j++) {
                    reachable |= matches[j];
                    next[j] = reachable;
                }
            } else {
                next[0] = false;
                for (int j = 0; j < m; j++) {
                    next[j + 1] = matches[j] && inner.charAt(j) == o;
                }
            }
            boolean[] done = matches;
            matches = next;
            next = done;
        }
        return matches[m];
    }

    /** Number of {@code *} wildcards in a pattern (AWS allows at most four per pattern). */
    public static int wildcards(String pattern) {
        return (int) pattern.chars().filter(c -> c == '*').count();
    }
}
