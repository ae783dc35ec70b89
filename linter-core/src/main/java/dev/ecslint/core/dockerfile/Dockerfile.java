package dev.ecslint.core.dockerfile;

import dev.ecslint.core.model.SourceFile;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

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
 * @param index        lookups derived from the rest on first use (the constructor makes it)
 */
public record Dockerfile(SourceFile source, List<Directive> directives, char escapeChar,
                         List<Instruction> instructions, List<Stage> stages, List<KeyValue> globalArgs,
                         List<Comment> comments, DockerfileIndex index) {

    public Dockerfile {
        directives = List.copyOf(directives);
        instructions = List.copyOf(instructions);
        stages = List.copyOf(stages);
        globalArgs = List.copyOf(globalArgs);
        comments = List.copyOf(comments);
        index = new DockerfileIndex(stages, globalArgs, escapeChar);
    }

    public Dockerfile(SourceFile source, List<Directive> directives, char escapeChar, List<Instruction> instructions,
                      List<Stage> stages, List<KeyValue> globalArgs, List<Comment> comments) {
        this(source, directives, escapeChar, instructions, stages, globalArgs, comments, null);
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
        int i = firstStartingAfter(line);
        return i < instructions.size() ? Optional.of(instructions.get(i)) : Optional.empty();
    }

    /** The top-level instruction whose lines include {@code line}. */
    public Optional<Instruction> instructionAt(int line) {
        int i = firstStartingAfter(line) - 1;
        return i >= 0 && instructions.get(i).span().containsLine(line) ? Optional.of(instructions.get(i))
                : Optional.empty();
    }

    /** Binary search: the index of the first instruction starting after {@code line} (instructions are in order). */
    private int firstStartingAfter(int line) {
        int low = 0;
        int high = instructions.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (instructions.get(mid).span().line() > line) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    /** The stage that contains an instruction (by identity; for a trigger, its {@code ONBUILD}'s stage). */
    public Optional<Stage> stageOf(Instruction instruction) {
        return Optional.ofNullable(index.stageOf(instruction));
    }

    /** The commands a {@code RUN} (or shell-form command) starts, derived once and shared by every rule. */
    /**
     * What {@code compute} derives from this file, computed once per {@code key} (a class or constant the
     * caller owns): several rules ask for the same view (the final stage's base image), each file once.
     */
    public <T> T derived(Object key, Function<Dockerfile, T> compute) {
        return index.derived(key, () -> compute.apply(this));
    }

    public RunCommands commandsOf(Instruction instruction) {
        return index.commandsOf(instruction);
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
        return index.globalArgValues();
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
        return VariableExpander.expand(text, escapeChar, index.values(stage));
    }
}
