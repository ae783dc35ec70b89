package dev.ecslint.core.dockerfile;

import java.util.ArrayList;
import java.util.List;

/** Word splitting and unquoting of instruction arguments, as Docker's frontend does it. */
final class Words {

    /**
     * A word of a logical line: {@code [start, end)} in the line, and its unquoted value.
     *
     * @param plain the word has no quote or escape: its value is its raw text (one string for both)
     */
    record Word(int start, int end, String value, boolean plain) {
        Token token(MappedText text) {
            return text.token(start, end, value, plain ? value : null);
        }
    }

    private Words() {
    }

    /** Splits {@code [start, end)} at unquoted whitespace; quotes stay part of their word. */
    static List<Word> split(MappedText text, int start, int end, char escape) {
        List<Word> words = new ArrayList<>();
        int i = start;
        while (i < end) {
            while (i < end && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i >= end) {
                break;
            }
            int wordStart = i;
            char quote = 0;
            boolean plain = true;
            while (i < end && (quote != 0 || !Character.isWhitespace(text.charAt(i)))) {
                char c = text.charAt(i);
                if (c == escape && quote != '\'' && i + 1 < end) {
                    plain = false;
                    i += 2;
                    continue;
                }
                if (quote == 0 && (c == '"' || c == '\'')) {
                    quote = c;
                    plain = false;
                } else if (c == quote) {
                    quote = 0;
                }
                i++;
            }
            int wordEnd = Math.min(i, end);
            words.add(new Word(wordStart, wordEnd, plain ? text.substring(wordStart, wordEnd)
                    : unquote(text, wordStart, wordEnd, escape), plain));
        }
        return words;
    }

    /** The words of {@code [start, end)} as tokens of {@code text}. */
    static List<Token> tokens(MappedText text, int start, int end, char escape) {
        List<Token> tokens = new ArrayList<>();
        for (Word w : split(text, start, end, escape)) {
            tokens.add(w.token(text));
        }
        return tokens;
    }

    /** Removes quotes and escapes ({@code "a b"} gives {@code a b}; {@code \"} gives {@code "}). */
    static String unquote(String raw, char escape) {
        if (raw.indexOf('"') < 0 && raw.indexOf('\'') < 0 && raw.indexOf(escape) < 0) {
            return raw;
        }
        StringBuilder out = new StringBuilder(raw.length());
        char quote = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == escape && quote != '\'' && i + 1 < raw.length()) {
                char next = raw.charAt(++i);
                if (quote == '"' && next != '"' && next != escape && next != '$') {
                    out.append(c);
                }
                out.append(next);
            } else if (quote == 0 && (c == '"' || c == '\'')) {
                quote = c;
            } else if (c == quote) {
                quote = 0;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** {@link #unquote(String, char)} of the characters {@code [start, end)} of {@code text}. */
    static String unquote(MappedText text, int start, int end, char escape) {
        StringBuilder out = new StringBuilder(end - start);
        char quote = 0;
        int run = start; // start of the pending run of literal characters
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == escape && quote != '\'' && i + 1 < end) {
                text.appendTo(out, run, i);
                char next = text.charAt(++i);
                if (quote == '"' && next != '"' && next != escape && next != '$') {
                    out.append(c);
                }
                out.append(next);
                run = i + 1;
            } else if (quote == 0 && (c == '"' || c == '\'') || quote != 0 && c == quote) {
                text.appendTo(out, run, i);
                quote = quote == 0 ? c : 0;
                run = i + 1;
            }
        }
        text.appendTo(out, run, end);
        return out.toString();
    }
}
