package dev.ecslint.core.json;

import dev.ecslint.core.model.Secrets;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a third-party parser's message into one that names the problem and the kind of token but
 * never the file's content: Jackson quotes up to 256 characters of an unrecognised token
 * ({@code Unrecognized token 'hunter2'}), SnakeYAML names aliases and keys. A file reached through a
 * link, or holding a secret, must not be printed through its error message.
 */
public final class ParserMessages {

    private static final int MAX_LENGTH = 160;
    private static final Set<String> PARSER_WORDS = Set.of("null", "true", "false", "<scalar>", "<block end>",
            "<block mapping start>", "<block sequence start>", "<flow mapping end>", "<flow sequence end>",
            "<document start>", "<stream end>", "<anchor>", "<alias>", "<tag>", "<block entry>", "<key>", "<value>");
    private static final String HIDDEN = "\u2026";

    private ParserMessages() {
    }

    /**
     * The parser's first message line with every quoted fragment that may come from the file replaced by
     * {@code …}: a fragment stays only when it is one punctuation character ({@code ','}) or a word of
     * the parser's grammar ({@code 'null'}, {@code '<scalar>'}). Messages that end in a name from the file
     * (an alias, an anchor, a key) are cut before it.
     */
    public static String withoutContent(String message) {
        if (message == null || message.isBlank()) {
            return "unknown error";
        }
        int newline = message.indexOf('\n');
        String line = newline >= 0 ? message.substring(0, newline) : message;
        for (String namesContent : new String[] {"found undefined alias", "found duplicate anchor", "found duplicate key",
                "Unrecognized token", "Numeric value", "Global tag is not allowed"}) {
            int at = line.indexOf(namesContent);
            if (at >= 0) {
                line = line.substring(0, at + namesContent.length());
            }
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < line.length() && out.length() <= MAX_LENGTH) {
            char c = line.charAt(i);
            int close = c == '\'' || c == '"' ? line.indexOf(c, i + 1) : -1;
            if (close < 0) {
                out.append(c);
                i++;
                continue;
            }
            String fragment = line.substring(i + 1, close);
            out.append(c).append(isParserVocabulary(fragment) ? fragment : HIDDEN).append(c);
            i = close + 1;
        }
        return out.length() > MAX_LENGTH ? out.substring(0, MAX_LENGTH) + HIDDEN : out.toString();
    }

    /**
     * A key as an error message may name it: only a short name of plain characters that is not a
     * credential ({@code containerDefinitions}, {@code DB_HOST}); empty otherwise.
     */
    public static Optional<String> keyToShow(String key) {
        if (key == null || key.isEmpty() || key.length() > 64 || Secrets.credentialFormat(null, key).isPresent()) {
            return Optional.empty();
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!(Character.isLetterOrDigit(c) && c < 128) && "_-.:/@$<".indexOf(c) < 0) {
                return Optional.empty();
            }
        }
        return Optional.of(key);
    }

    /** A word of the file as a message may quote it ({@link #keyToShow}), else {@code …}. */
    public static String shown(String word) {
        return keyToShow(word).orElse(HIDDEN);
    }

    private static boolean isParserVocabulary(String fragment) {
        if (PARSER_WORDS.contains(fragment)) {
            return true;
        }
        boolean escape = fragment.length() == 2 && fragment.charAt(0) == '\\';
        return escape || fragment.length() == 1 && !Character.isLetterOrDigit(fragment.charAt(0));
    }
}
