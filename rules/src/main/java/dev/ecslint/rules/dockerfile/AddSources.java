package dev.ecslint.rules.dockerfile;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** How {@code ADD} treats a source: a remote URL, a git repository, an archive it extracts, or a plain file. */
final class AddSources {

    private static final Pattern URL = Pattern.compile("(?i)^[a-z][a-z0-9+.-]*://.*");
    private static final Pattern SCP_LIKE_GIT = Pattern.compile("^[A-Za-z0-9._-]+@[A-Za-z0-9.-]+:.*");
    /** The archive suffixes ADD extracts or that hadolint (DL3020) treats as such. */
    private static final List<String> ARCHIVES = List.of(".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz", ".tar.xz",
            ".txz", ".gz", ".bz2", ".xz", ".zst");

    private AddSources() {
    }

    /** {@code https://…}, {@code git://…}, {@code git@github.com:org/repo.git}. */
    static boolean isRemote(String source) {
        return URL.matcher(source).matches() || SCP_LIKE_GIT.matcher(source).matches();
    }

    static boolean isArchive(String source) {
        String lower = source.toLowerCase(Locale.ROOT);
        for (String suffix : ARCHIVES) {
            if (lower.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }
}
