package dev.ecslint.rules.dockerfile;

import dev.ecslint.core.dockerfile.Instruction;
import dev.ecslint.core.dockerfile.ShellCommand;
import dev.ecslint.core.dockerfile.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One program a {@code RUN} starts, seen through its wrappers ({@code sudo apt-get …} is {@code apt-get}),
 * with the variables set for it or exported by it. Exec form gives one invocation of its first word.
 *
 * @param program     the program's word
 * @param arguments   its arguments
 * @param assignments {@code NAME=value} words: command prefixes, {@code env}/{@code export} arguments
 */
record Invocation(Token program, List<Token> arguments, List<Token> assignments) {

    private static final Pattern SHORT_FLAGS = Pattern.compile("-[A-Za-z0-9]+");

    private static final String ASSIGNMENT = "[A-Za-z_][A-Za-z0-9_]*=.*";

    Invocation {
        arguments = List.copyOf(arguments);
        assignments = List.copyOf(assignments);
    }

    static List<Invocation> of(Instruction run) {
        List<Invocation> invocations = new ArrayList<>();
        if (run.execForm()) {
            List<Token> args = run.arguments();
            if (!args.isEmpty()) {
                invocations.add(new Invocation(args.get(0), args.subList(1, args.size()), List.of()));
            }
            return invocations;
        }
        for (ShellCommand top : run.shellScript().commands()) {
            List<Token> assignments = new ArrayList<>();
            for (ShellCommand c = top; c != null; c = c.wrapped().orElse(null)) {
                assignments.addAll(c.assignments());
                if (c.is("env", "export", "declare", "typeset", "readonly")) {
                    for (Token a : c.arguments()) {
                        if (a.value().matches(ASSIGNMENT)) {
                            assignments.add(a);
                        }
                    }
                }
            }
            ShellCommand program = top.effective();
            invocations.add(new Invocation(program.command(), program.arguments(), assignments));
        }
        return invocations;
    }

    /** The program's name without its directory. */
    String name() {
        String v = program.value();
        return v.substring(v.lastIndexOf('/') + 1);
    }

    boolean is(String... names) {
        for (String n : names) {
            if (name().equals(n)) {
                return true;
            }
        }
        return false;
    }

    /** True for {@code pip}, {@code pip3} and {@code python -m pip}. */
    boolean isPip() {
        if (is("pip", "pip3")) {
            return true;
        }
        if (!name().startsWith("python")) {
            return false;
        }
        for (int i = 0; i + 1 < arguments.size(); i++) {
            if (arguments.get(i).value().equals("-m") && arguments.get(i + 1).value().equals("pip")) {
                return true;
            }
        }
        return false;
    }

    /** True when the program only reads or compares the words it is given (a pattern is not a setting). */
    boolean onlyMatchesText() {
        return is("grep", "egrep", "fgrep", "rg", "test", "[", "[[", "awk");
    }

    /** The argument {@code --long} or {@code --long=…}, or a short-option group holding {@code letter}. */
    Optional<Token> option(String longName, char letter) {
        for (Token a : arguments) {
            String v = a.value();
            if (v.equals("--")) {
                break;
            }
            if (v.equals(longName) || v.startsWith(longName + "=")
                    || letter != 0 && SHORT_FLAGS.matcher(v).matches() && v.indexOf(letter, 1) > 0) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
