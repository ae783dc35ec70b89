package dev.ecslint.rules.dockerfile;

import dev.ecslint.core.dockerfile.Dockerfile;
import dev.ecslint.core.dockerfile.Instruction;
import dev.ecslint.core.dockerfile.ShellCommand;
import dev.ecslint.core.dockerfile.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * The instructions a rule about one kind of instruction inspects. RULES.md: a rule about an instruction
 * applies to the same instruction nested in {@code ONBUILD} too (as hadolint does); the trigger's spans
 * lie on the {@code ONBUILD} line, so findings on it are reported there.
 */
final class Instructions {

    private Instructions() {
    }

    /** Every top-level instruction, each {@code ONBUILD} followed by the instruction it registers. */
    static List<Instruction> withTriggers(Dockerfile dockerfile) {
        List<Instruction> all = new ArrayList<>(dockerfile.instructions().size());
        for (Instruction i : dockerfile.instructions()) {
            all.add(i);
            i.onbuildTrigger().ifPresent(all::add);
        }
        return all;
    }

    /** The instructions with that keyword, {@code ONBUILD} triggers included. */
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
            commands.addAll(dockerfile.commandsOf(run).commands());
        }
        return commands;
    }

    /** True for a {@code COPY}/{@code ADD} source naming the whole build context ({@code .}, {@code ./}). */
    static boolean isWholeContext(Token source) {
        String v = source.value();
        return v.equals(".") || v.equals("./") || v.equals("./.") || v.equals("/.");
    }
}
