package dev.ecslint.core.dockerfile;

import dev.ecslint.core.model.SourceFile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed Dockerfile: what rules inspect. Produced by {@link DockerfileParser#parse(SourceFile)}.
 *
 * @param source       the file
 * @param directives   the parser directives at the top ({@code syntax}, {@code escape}, {@code check})
 * @param escapeChar   {@code \} or, with {@code # escape=`}, a backtick
 * @param instructions every top-level instruction in order ({@code ONBUILD} triggers are inside theirs)
 * @param stages       the build stages in order; never empty
 * @param globalArgs   the {@code ARG}s before the first {@code FROM}
 * @param comments     every comment line, directives excluded
 */
public record Dockerfile(SourceFile source, List<Directive> directives, char escapeChar,
                         List<Instruction> instructions, List<Stage> stages, List<KeyValue> globalArgs,
                         List<Comment> comments) {

    public Dockerfile {
        directives = List.copyOf(directives);
        instructions = List.copyOf(instructions);
        stages = List.copyOf(stages);
        globalArgs = List.copyOf(globalArgs);
        comments = List.copyOf(comments);
    }

    /** The directive of that name ({@code "syntax"}), if present. */
    public Optional<Directive> directive(String name) {
        for (Directive d : directives) {
            if (d.name().equalsIgnoreCase(name)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** The last stage: what the image is made of. */
    public Stage finalStage() {
        return stages.get(stages.size() - 1);
    }

    /**
     * The instruction a comment on {@code line} applies to: the first top-level instruction that starts
     * after that line (how {@code # ecslint ignore=…} and {@code # hadolint ignore=…} work).
     */
    public Optional<Instruction> instructionAfterLine(int line) {
        for (Instruction i : instructions) {
            if (i.span().line() > line) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** The top-level instruction whose lines include {@code line}. */
    public Optional<Instruction> instructionAt(int line) {
        for (Instruction i : instructions) {
            if (i.span().containsLine(line)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** The stage that contains an instruction (by identity; for a trigger, its {@code ONBUILD}'s stage). */
    public Optional<Stage> stageOf(Instruction instruction) {
        for (Stage s : stages) {
            if (s.from() == instruction) {
                return Optional.of(s);
            }
            for (Instruction i : s.instructions()) {
                if (i == instruction || i.trigger() == instruction) {
                    return Optional.of(s);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The stage a {@code COPY --from} or {@code FROM} reference names: an alias (any case) or an index.
     * Only stages before {@code before} count (pass {@code stages().size()} for all).
     */
    public Optional<Stage> stage(String reference, int before) {
        for (int i = 0; i < Math.min(before, stages.size()); i++) {
            Stage s = stages.get(i);
            if (s.isNamed(reference) || String.valueOf(s.index()).equals(reference)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** The default values of the global {@code ARG}s (a name without default maps to {@code null}). */
    public Map<String, String> globalArgValues() {
        Map<String, String> values = new HashMap<>();
        for (KeyValue arg : globalArgs) {
            values.put(arg.key(), arg.hasValue()
                    ? VariableExpander.expand(arg.value(), escapeChar, values).orElse(null) : null);
        }
        return values;
    }

    /** Substitutes the global {@code ARG} defaults in {@code text}; empty when a value is unknown. */
    public Optional<String> resolveGlobal(String text) {
        return VariableExpander.expand(text, escapeChar, globalArgValues());
    }

    /**
     * Substitutes {@code ARG} and {@code ENV} values known in {@code stage} (its {@code ARG} and
     * {@code ENV} defaults in order, a re-declared global {@code ARG} taking the global default, the last
     * definition winning) in {@code text}. Empty when the text depends on a value with no default.
     */
    public Optional<String> resolve(String text, Stage stage) {
        Map<String, String> global = globalArgValues();
        Map<String, String> values = new HashMap<>();
        for (Instruction i : stage.instructions()) {
            boolean arg = i.is("ARG");
            if (!arg && !i.is("ENV")) {
                continue;
            }
            for (KeyValue kv : i.keyValues()) {
                String value = kv.hasValue() ? VariableExpander.expand(kv.value(), escapeChar, values).orElse(null)
                        : global.get(kv.key());
                values.put(kv.key(), value);
            }
        }
        return VariableExpander.expand(text, escapeChar, values);
    }
}
