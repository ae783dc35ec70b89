package dev.ecslint.core.dockerfile;

import dev.ecslint.core.model.Located;
import dev.ecslint.core.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A build stage: a {@code FROM} and the instructions up to the next {@code FROM}.
 *
 * @param index          0-based, as {@code COPY --from=0} counts
 * @param from           the {@code FROM} instruction
 * @param alias          the name after {@code AS}, as written
 * @param platform       the {@code --platform} flag
 * @param baseImage      the image as written ({@code ${BASE}:1.2}, {@code builder}, {@code scratch})
 * @param effectiveImage the image after substituting the global {@code ARG} defaults; empty when a
 *                       variable has no known value (treat as unknown)
 * @param baseStage      the earlier stage this one builds on ({@code FROM builder}), matched by alias,
 *                       case-insensitively, or by index
 * @param instructions   the instructions after {@code FROM}, in order
 */
public record Stage(int index, Instruction from, Optional<Token> alias, Optional<Flag> platform, Token baseImage,
                    Optional<String> effectiveImage, Optional<Stage> baseStage, List<Instruction> instructions)
        implements Located {

    public Stage {
        instructions = List.copyOf(instructions);
    }

    /** The span of the {@code FROM} instruction. */
    @Override
    public Span span() {
        return from.span();
    }

    /** The alias in lower case, if any. */
    public Optional<String> name() {
        return alias.map(a -> a.value().toLowerCase(java.util.Locale.ROOT));
    }

    /** True when the alias equals {@code name}, ignoring case. */
    public boolean isNamed(String name) {
        return alias.isPresent() && alias.get().value().equalsIgnoreCase(name);
    }

    /** {@code FROM scratch}. */
    public boolean isScratch() {
        return effectiveImage.isPresent() && effectiveImage.get().equalsIgnoreCase("scratch");
    }

    /** True when the base is an earlier stage rather than an image. */
    public boolean isFromStage() {
        return baseStage.isPresent();
    }

    /** The instructions of this stage with that keyword. */
    public List<Instruction> instructions(String keyword) {
        List<Instruction> found = new ArrayList<>();
        for (Instruction i : instructions) {
            if (i.is(keyword)) {
                found.add(i);
            }
        }
        return found;
    }

    /** The last instruction of this stage with that keyword. */
    public Optional<Instruction> last(String keyword) {
        for (int i = instructions.size() - 1; i >= 0; i--) {
            if (instructions.get(i).is(keyword)) {
                return Optional.of(instructions.get(i));
            }
        }
        return Optional.empty();
    }
}
