package dev.ecslint.core.dockerfile;

import java.util.List;
import java.util.Optional;

/**
 * How command-line options are read from a list of argument words, the same way for a shell command
 * ({@link ShellCommand}), a program behind its wrappers ({@link Invocation}) and a package manager's own
 * arguments ({@link PackageCommand}). Every search stops at {@code --}, after which words are operands.
 */
final class Options {

    private Options() {
    }

    /**
     * The word holding one of the flags. A long flag ({@code --yes}) matches {@code --yes} and
     * {@code --yes=…}; a one-letter short flag ({@code -y}) also matches inside a group ({@code -qy});
     * other short flags ({@code -qq}) match exactly.
     */
    static Optional<Token> flag(List<Token> arguments, String... flags) {
        for (String flag : flags) {
            Token found = find(arguments, flag);
            if (found != null) {
                return Optional.of(found);
            }
        }
        return Optional.empty();
    }

    private static Token find(List<Token> arguments, String flag) {
        boolean singleLetter = flag.length() == 2 && flag.charAt(0) == '-' && flag.charAt(1) != '-';
        for (Token a : arguments) {
            String v = a.value();
            if (v.equals("--")) {
                return null;
            }
            if (v.equals(flag)
                    || flag.startsWith("--") && v.startsWith(flag) && v.length() > flag.length()
                    && v.charAt(flag.length()) == '='
                    || singleLetter && isShortGroup(v) && v.indexOf(flag.charAt(1), 1) > 0) {
                return a;
            }
        }
        return null;
    }

    /** True when {@code letter} is given alone or in a group of short flags ({@code -fsSL}). */
    static boolean hasShortFlag(List<Token> arguments, char letter) {
        for (Token a : arguments) {
            String v = a.value();
            if (v.equals("--")) {
                return false;
            }
            if (isShortGroup(v) && v.indexOf(letter, 1) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The word that holds an option's value: {@code -u 1000} gives {@code 1000}; {@code --uid=1000} and
     * {@code -u1000} give the word itself (read the value with {@link #valueIn}).
     */
    static Optional<Token> valueWord(List<Token> arguments, String... options) {
        for (int i = 0; i < arguments.size(); i++) {
            Token word = arguments.get(i);
            if (word.value().equals("--")) {
                break;
            }
            for (String option : options) {
                if (word.value().equals(option)) {
                    return i + 1 < arguments.size() ? Optional.of(arguments.get(i + 1)) : Optional.empty();
                }
                if (inlineValue(word.value(), option) != null) {
                    return Optional.of(word);
                }
            }
        }
        return Optional.empty();
    }

    /** The value a word found by {@link #valueWord} carries for one of the options. */
    static String valueIn(Token word, String... options) {
        for (String option : options) {
            String inline = inlineValue(word.value(), option);
            if (inline != null) {
                return inline;
            }
        }
        return word.value();
    }

    /** {@code --opt=value} or {@code -ovalue} gives {@code value}; anything else {@code null}. */
    private static String inlineValue(String word, String option) {
        if (option.startsWith("--")) {
            return word.startsWith(option + "=") ? word.substring(option.length() + 1) : null;
        }
        return option.length() == 2 && word.startsWith(option) && word.length() > 2 && !word.startsWith("--")
                ? word.substring(2) : null;
    }

    /** The value of an option ({@code --opt=value}, {@code --opt value}, {@code -o value}, {@code -ovalue}). */
    static Optional<String> value(List<Token> arguments, String... options) {
        return valueWord(arguments, options).map(word -> valueIn(word, options));
    }

    /** A short-flag group: {@code -fsSL}, {@code -y}; not {@code --long}, not {@code -q=2}. */
    static boolean isShortGroup(String v) {
        if (v.length() < 2 || v.charAt(0) != '-' || v.charAt(1) == '-') {
            return false;
        }
        for (int i = 1; i < v.length(); i++) {
            if (!Character.isLetterOrDigit(v.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
