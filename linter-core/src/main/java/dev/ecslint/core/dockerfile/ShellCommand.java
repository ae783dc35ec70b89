package dev.ecslint.core.dockerfile;

import dev.ecslint.core.model.Located;
import dev.ecslint.core.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One simple command of a shell script: {@code FOO=1 apt-get install -y curl > /dev/null}.
 *
 * @param index        position in {@link ShellScript#commands()} (a wrapped command shares its wrapper's)
 * @param command      the command name word ({@code apt-get})
 * @param arguments    the words after the name, in order, without redirections
 * @param assignments  leading {@code NAME=value} words
 * @param redirections redirection words ({@code >}, {@code 2>&1}, {@code <<EOF}) with their targets
 * @param next         the operator after the command ({@code |} for {@code curl … | sh})
 * @param inSubshell   inside {@code ( … )}
 * @param inBraceGroup inside {@code { …; }}
 * @param pipefail     {@code set -o pipefail} ran earlier in the same script
 * @param inner        for a wrapper ({@code sudo}, {@code env}, {@code nice}, {@code nohup},
 *                     {@code time}, {@code exec}, {@code command}, {@code xargs}, {@code timeout},
 *                     {@code gosu}, {@code su-exec}, {@code doas}): the command it runs, else {@code null}
 * @param span         from the first assignment or the name to the last word
 */
public record ShellCommand(int index, Token command, List<Token> arguments, List<Token> assignments,
                           List<Token> redirections, ShellOperator next, boolean inSubshell,
                           boolean inBraceGroup, boolean pipefail, ShellCommand inner, Span span)
        implements Located {

    public ShellCommand {
        arguments = List.copyOf(arguments);
        assignments = List.copyOf(assignments);
        redirections = List.copyOf(redirections);
    }

    /** The command name as the shell sees it ({@code apt-get}, {@code /usr/bin/curl}). */
    public String name() {
        return command.value();
    }

    /** The name without its directory ({@code /usr/bin/curl} gives {@code curl}). */
    public String baseName() {
        String name = name();
        return name.substring(name.lastIndexOf('/') + 1);
    }

    /** True when the command's base name is one of {@code names}. */
    public boolean is(String... names) {
        String base = baseName();
        for (String n : names) {
            if (base.equals(n)) {
                return true;
            }
        }
        return false;
    }

    /** The command a wrapper runs ({@code sudo apt-get …} gives {@code apt-get …}). */
    public Optional<ShellCommand> wrapped() {
        return Optional.ofNullable(inner);
    }

    /** The innermost wrapped command, or this one. */
    public ShellCommand effective() {
        return inner == null ? this : inner.effective();
    }

    /** The first argument that is not an option ({@code install} in {@code apt-get -y install x}). */
    public Optional<Token> subcommand() {
        for (Token a : arguments) {
            if (!a.value().startsWith("-")) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /**
     * True when any of the flags is present. Long flags ({@code --yes}) match {@code --yes} and
     * {@code --yes=…}; one-letter short flags ({@code -y}) also match inside combined flags
     * ({@code -qy}); other short flags ({@code -qq}) match exactly. Stops at {@code --}.
     */
    public boolean hasFlag(String... flags) {
        return Options.flag(arguments, flags).isPresent();
    }

    /** True when {@code -c} is given alone or combined with other short flags ({@code -fsSL}). */
    public boolean hasShortFlag(char letter) {
        return Options.hasShortFlag(arguments, letter);
    }

    /** The flag word itself ({@code --yes}, {@code -qy}), to point a finding at it. */
    public Optional<Token> flag(String... flags) {
        return Options.flag(arguments, flags);
    }

    /**
     * The value of an option: {@code --opt=value}, {@code --opt value}, {@code -o value} or
     * {@code -ovalue}. Lenient: the word after the flag is taken as its value.
     */
    public Optional<String> flagValue(String... flags) {
        return Options.value(arguments, flags);
    }

    /**
     * The word holding an option's value, to point a finding at it: {@code -u 1000} gives {@code 1000},
     * {@code --uid=1000} and {@code -u1000} give the whole word (its value: {@link #valueIn}).
     */
    public Optional<Token> flagValueWord(String... flags) {
        return Options.valueWord(arguments, flags);
    }

    /** The value a word found by {@link #flagValueWord} carries for one of the flags. */
    public static String valueIn(Token word, String... flags) {
        return Options.valueIn(word, flags);
    }

    /** Arguments that do not start with {@code -} (and everything after {@code --}). */
    public List<Token> positionals() {
        List<Token> result = new ArrayList<>();
        boolean optionsEnded = false;
        for (Token a : arguments) {
            String v = a.value();
            if (!optionsEnded && v.equals("--")) {
                optionsEnded = true;
            } else if (optionsEnded || !v.startsWith("-") || v.equals("-")) {
                result.add(a);
            }
        }
        return result;
    }

    /** True when some argument's value equals {@code value}. */
    public boolean hasArgument(String value) {
        for (Token a : arguments) {
            if (a.value().equals(value)) {
                return true;
            }
        }
        return false;
    }
}
