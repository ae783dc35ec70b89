package dev.ecslint.rules.dockerfile;

import dev.ecslint.core.dockerfile.Dockerfile;
import dev.ecslint.core.dockerfile.Instruction;
import dev.ecslint.core.dockerfile.ShellCommand;
import dev.ecslint.core.dockerfile.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The instruction walks the rules of this half of the DF family share. RULES.md: a rule about an
 * instruction applies to the same instruction nested in {@code ONBUILD} too; the trigger's spans lie on
 * the {@code ONBUILD} line, so findings on it are reported there.
 */
final class InstructionWalk {

    private InstructionWalk() {
    }

    /** Every top-level instruction of that keyword and every {@code ONBUILD} trigger of that keyword. */
    static List<Instruction> withTriggers(Dockerfile dockerfile, String keyword) {
        List<Instruction> found = new ArrayList<>();
        for (Instruction i : dockerfile.instructions()) {
            Instruction target = i.onbuildTrigger().orElse(i);
            if (target.is(keyword)) {
                found.add(target);
            }
        }
        return found;
    }

    /** The shell commands of every {@code RUN}, {@code ONBUILD RUN} included, wrapped commands included. */
    static List<ShellCommand> runCommands(Dockerfile dockerfile) {
        List<ShellCommand> commands = new ArrayList<>();
        for (Instruction run : withTriggers(dockerfile, "RUN")) {
            commands.addAll(run.shellScript().allCommands());
        }
        return commands;
    }

    /** True for a {@code COPY}/{@code ADD} source naming the whole build context ({@code .}, {@code ./}). */
    static boolean isWholeContext(Token source) {
        String v = source.value();
        return v.equals(".") || v.equals("./") || v.equals("./.") || v.equals("/.");
    }

    /**
     * The word holding an option's value: {@code -u 1000} gives {@code 1000}, {@code --uid=1000} and
     * {@code -u1000} give the word itself (use {@link #optionValue(Token, String...)} for its value).
     */
    static Optional<Token> optionToken(ShellCommand command, String... options) {
        List<Token> args = command.arguments();
        for (int i = 0; i < args.size(); i++) {
            String v = args.get(i).value();
            if (v.equals("--")) {
                break;
            }
            for (String option : options) {
                if (v.equals(option)) {
                    return i + 1 < args.size() ? Optional.of(args.get(i + 1)) : Optional.empty();
                }
                if (optionValue(args.get(i), option).isPresent()) {
                    return Optional.of(args.get(i));
                }
            }
        }
        return Optional.empty();
    }

    /** The value of an option written in one word: {@code --uid=1000}, {@code -u1000}; else empty. */
    static Optional<String> optionValue(Token word, String option) {
        String v = word.value();
        if (option.startsWith("--")) {
            return v.startsWith(option + "=") ? Optional.of(v.substring(option.length() + 1)) : Optional.empty();
        }
        return v.startsWith(option) && v.length() > option.length() && !v.startsWith("--")
                ? Optional.of(v.substring(option.length())) : Optional.empty();
    }

    /** The value an option token carries, whichever way {@link #optionToken} found it. */
    static String valueOf(Token token, String... options) {
        for (String option : options) {
            Optional<String> inline = optionValue(token, option);
            if (inline.isPresent()) {
                return inline.get();
            }
        }
        return token.value();
    }
}
