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
        for (String flag : flags) {
            if (findFlag(flag) != null) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code -c} is given alone or combined with other short flags ({@code -fsSL}). */
    public boolean hasShortFlag(char letter) {
        for (Token a : arguments) {
            String v = a.value();
            if (v.equals("--")) {
                return false;
            }
            if (isShortFlagGroup(v) && v.indexOf(letter, 1) > 0) {
                return true;
            }
        }
        return false;
    }

    /** The flag word itself ({@code --yes}, {@code -qy}), to point a finding at it. */
    public Optional<Token> flag(String... flags) {
        for (String flag : flags) {
            Token t = findFlag(flag);
            if (t != null) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /**
     * The value of an option: {@code --opt=value}, {@code --opt value}, {@code -o value} or
     * {@code -ovalue}. Lenient: the word after the flag is taken as its value.
     */
    public Optional<String> flagValue(String... flags) {
        for (int i = 0; i < arguments.size(); i++) {
            String v = arguments.get(i).value();
            if (v.equals("--")) {
                break;
            }
            for (String flag : flags) {
                if (v.equals(flag)) {
                    return i + 1 < arguments.size() ? Optional.of(arguments.get(i + 1).value()) : Optional.empty();
                }
                if (flag.startsWith("--") && v.startsWith(flag + "=")) {
                    return Optional.of(v.substring(flag.length() + 1));
                }
                if (flag.length() == 2 && !flag.startsWith("--") && v.startsWith(flag) && v.length() > 2
                        && !v.startsWith("--")) {
                    return Optional.of(v.substring(2));
                }
            }
        }
        return Optional.empty();
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

    private Token findFlag(String flag) {
        boolean singleLetter = flag.length() == 2 && flag.charAt(0) == '-' && flag.charAt(1) != '-';
        for (Token a : arguments) {
            String v = a.value();
            if (v.equals("--")) {
                return null;
            }
            if (v.equals(flag)
                    || flag.startsWith("--") && v.startsWith(flag) && v.length() > flag.length()
                    && v.charAt(flag.length()) == '='
                    || singleLetter && isShortFlagGroup(v) && v.indexOf(flag.charAt(1), 1) > 0) {
                return a;
            }
        }
        return null;
    }

    private static boolean isShortFlagGroup(String v) {
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
