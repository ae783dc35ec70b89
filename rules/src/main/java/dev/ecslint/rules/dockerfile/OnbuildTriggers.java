package dev.ecslint.rules.dockerfile;

import dev.ecslint.core.dockerfile.Dockerfile;
import dev.ecslint.core.dockerfile.Instruction;
import java.util.ArrayList;
import java.util.List;

/**
 * The instructions an instruction-level rule inspects: each instruction and, after an {@code ONBUILD},
 * the instruction it registers. RULES.md applies such rules to the nested instruction too (as hadolint
 * does); its spans lie on the {@code ONBUILD} line, so findings land there.
 */
final class OnbuildTriggers {

    private OnbuildTriggers() {
    }

    /** Every top-level instruction of the file with the triggers of its {@code ONBUILD}s. */
    static List<Instruction> expand(Dockerfile dockerfile) {
        return expand(dockerfile.instructions());
    }

    static List<Instruction> expand(List<Instruction> instructions) {
        List<Instruction> all = new ArrayList<>(instructions.size());
        for (Instruction i : instructions) {
            all.add(i);
            i.onbuildTrigger().ifPresent(all::add);
        }
        return all;
    }

    /** The instructions with that keyword, {@code ONBUILD} triggers included. */
    static List<Instruction> named(Dockerfile dockerfile, String keyword) {
        List<Instruction> found = new ArrayList<>();
        for (Instruction i : expand(dockerfile)) {
            if (i.is(keyword)) {
                found.add(i);
            }
        }
        return found;
    }
}
