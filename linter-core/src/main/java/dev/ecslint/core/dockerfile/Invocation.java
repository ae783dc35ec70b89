package dev.ecslint.core.dockerfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One program a {@code RUN} starts, seen through its wrappers ({@code sudo apt-get …} is {@code apt-get}),
 * with the variables set for it or exported by it. The exec form gives one invocation of its first word.
 *
 * @param position    the index of the command in the script ({@link ShellCommand#index()}); 0 in exec form
 * @param program     the program's word
 * @param arguments   its arguments
 * @param assignments {@code NAME=value} words: command prefixes, {@code env}/{@code export} arguments
 */
public record Invocation(int position, Token program, List<Token> arguments, List<Token> assignments) {

    public Invocation {
        arguments = List.copyOf(arguments);
        assignments = List.copyOf(assignments);
    }

    /** The programs of a {@code RUN}, {@code CMD} or {@code ENTRYPOINT}, in order. */
    static List<Invocation> of(Instruction instruction) {
        List<Invocation> invocations = new ArrayList<>();
        if (instruction.execForm()) {
            List<Token> args = instruction.commandArguments();
            if (!args.isEmpty()) {
                invocations.add(new Invocation(0, args.get(0), args.subList(1, args.size()), List.of()));
            }
            return invocations;
        }
        for (ShellCommand top : instruction.shellScript().commands()) {
            List<Token> assignments = new ArrayList<>();
            for (ShellCommand c = top; c != null; c = c.inner()) {
                assignments.addAll(c.assignments());
                if (c.is("env", "export", "declare", "typeset", "readonly")) {
                    for (Token a : c.arguments()) {
                        if (isAssignment(a.value())) {
                            assignments.add(a);
                        }
                    }
                }
            }
            ShellCommand program = top.effective();
            invocations.add(new Invocation(top.index(), program.command(), program.arguments(), assignments));
        }
        return invocations;
    }

    /** {@code NAME=value}: a shell variable assignment. */
    static boolean isAssignment(String word) {
        int eq = word.indexOf('=');
        if (eq <= 0) {
            return false;
        }
        for (int i = 0; i < eq; i++) {
            char c = word.charAt(i);
            if (!(c == '_' || Character.isLetter(c) && c < 128 || i > 0 && c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    /** The program's name without its directory. */
    public String name() {
        String v = program.value();
        return v.substring(v.lastIndexOf('/') + 1);
    }

    public boolean is(String... names) {
        String name = name();
        for (String n : names) {
            if (name.equals(n)) {
                return true;
            }
        }
        return false;
    }

    /** True for {@code pip}, {@code pip3} and {@code python -m pip}. */
    public boolean isPip() {
        if (PackageManager.byCommand(name()).filter(m -> m == PackageManager.PIP).isPresent()) {
            return true;
        }
        return PackageCommand.isPythonModule(this, PackageManager.PIP);
    }

    /** True when the program only reads or compares the words it is given (a pattern is not a setting). */
    public boolean onlyMatchesText() {
        return is("grep", "egrep", "fgrep", "rg", "test", "[", "[[", "awk");
    }

    /** The argument {@code --long} or {@code --long=…}, or a short-option group holding {@code letter}. */
    public Optional<Token> option(String longName, char letter) {
        Optional<Token> found = Options.flag(arguments, longName);
        if (found.isPresent() || letter == 0) {
            return found;
        }
        return Options.flag(arguments, "-" + letter);
    }

    /** The value of an option, as {@link ShellCommand#flagValue} reads it. */
    public Optional<String> optionValue(String... options) {
        return Options.value(arguments, options);
    }

    /** The value of the variable as this program sees it from its own prefix or an {@code env}/{@code export}. */
    public Optional<String> assignment(String name) {
        String prefix = name + "=";
        String found = null;
        for (Token a : assignments) {
            if (a.value().startsWith(prefix)) {
                found = a.value().substring(prefix.length());
            }
        }
        return Optional.ofNullable(found);
    }
}
