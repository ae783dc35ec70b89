package dev.ecslint.core.config;

import dev.ecslint.core.model.BoundedMatch;
import java.util.regex.Pattern;

/**
 * Ant-style globs on forward-slash paths: {@code **} crosses directories, {@code *} and {@code ?} stay
 * within one segment. A pattern without a slash matches the file name at any depth
 * ({@code *.json} matches {@code deploy/web.json}), as .gitignore does.
 */
public final class Glob {

    private final String pattern;
    private final Pattern regex;

    private Glob(String pattern) {
        this.pattern = pattern;
        String p = pattern.startsWith("./") ? pattern.substring(2) : pattern;
        if (!p.contains("/")) {
            p = "**/" + p;
        }
        if (p.endsWith("/")) {
            p = p + "**";
        }
        this.regex = Pattern.compile(toRegex(p));
    }

    public static Glob of(String pattern) {
        return new Glob(pattern);
    }

    private static String toRegex(String glob) {
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*') {
                boolean doubleStar = i + 1 < glob.length() && glob.charAt(i + 1) == '*';
                if (doubleStar) {
                    boolean slashAfter = i + 2 < glob.length() && glob.charAt(i + 2) == '/';
                    re.append(slashAfter ? "(?:.*/)?" : ".*");
                    i += slashAfter ? 2 : 1;
                } else {
                    re.append("[^/]*");
                }
            } else if (c == '?') {
                re.append("[^/]");
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return re.toString();
    }

    /** Matches a relative path with forward slashes. */
    public boolean matches(String relativePath) {
        return BoundedMatch.matches(regex, relativePath);
    }

    /** Matches the path itself or any directory above it ({@code legacy/**} and {@code legacy/}). */
    public boolean matchesPathOrParent(String relativePath) {
        if (matches(relativePath)) {
            return true;
        }
        int slash = relativePath.lastIndexOf('/');
        while (slash > 0) {
            if (matches(relativePath.substring(0, slash))) {
                return true;
            }
            slash = relativePath.lastIndexOf('/', slash - 1);
        }
        return false;
    }

    @Override
    public String toString() {
        return pattern;
    }
}
