package dev.ecslint.core.dockerfile;

import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The lookups every rule needs, derived once per file on first use instead of once per rule and
 * instruction: which stage holds an instruction, the commands of each {@code RUN}, the variable values
 * known in each stage. Reached through {@link Dockerfile}'s methods. Derived data: two indexes of the
 * same file are equal, so a {@code Dockerfile} compares by its parsed content alone.
 */
public final class DockerfileIndex {

    private final List<Stage> stages;
    private final List<KeyValue> globalArgs;
    private final char escapeChar;
    private final Map<Instruction, RunCommands> commands = new IdentityHashMap<>();
    private final Map<Stage, Map<String, String>> stageValues = new IdentityHashMap<>();
    private Map<Instruction, Stage> stageOfInstruction;
    private Map<String, String> globalArgValues;
    private final Map<Object, Object> derived = new HashMap<>();

    DockerfileIndex(List<Stage> stages, List<KeyValue> globalArgs, char escapeChar) {
        this.stages = stages;
        this.globalArgs = globalArgs;
        this.escapeChar = escapeChar;
    }

    synchronized Stage stageOf(Instruction instruction) {
        if (stageOfInstruction == null) {
            stageOfInstruction = new IdentityHashMap<>();
            for (Stage s : stages) {
                stageOfInstruction.put(s.from(), s);
                for (Instruction i : s.instructions()) {
                    stageOfInstruction.put(i, s);
                    if (i.trigger() != null) {
                        stageOfInstruction.put(i.trigger(), s);
                    }
                }
            }
        }
        return stageOfInstruction.get(instruction);
    }

    /** The value {@code compute} gives, computed once per key for this file (it may itself derive others). */
    @SuppressWarnings("unchecked")
    synchronized <T> T derived(Object key, Supplier<T> compute) {
        Object known = derived.get(key);
        if (known == null) {
            known = compute.get();
            derived.put(key, known);
        }
        return (T) known;
    }

    synchronized RunCommands commandsOf(Instruction instruction) {
        return commands.computeIfAbsent(instruction, RunCommands::of);
    }

    synchronized Map<String, String> globalArgValues() {
        if (globalArgValues == null) {
            Map<String, String> values = new HashMap<>();
            for (KeyValue arg : globalArgs) {
                values.put(arg.key(), arg.hasValue()
                        ? VariableExpander.expand(arg.value(), escapeChar, values).orElse(null) : null);
            }
            globalArgValues = Collections.unmodifiableMap(values);
        }
        return globalArgValues;
    }

    /** See {@link Dockerfile#resolve(String, Stage)}: the values of the stage's ARG and ENV, last one winning. */
    synchronized Map<String, String> values(Stage stage) {
        Map<String, String> known = stageValues.get(stage);
        if (known == null) {
            Map<String, String> global = globalArgValues();
            Map<String, String> values = new HashMap<>();
            for (Instruction i : stage.instructions()) {
                if (!i.is("ARG") && !i.is("ENV")) {
                    continue;
                }
                for (KeyValue kv : i.keyValues()) {
                    values.put(kv.key(), kv.hasValue()
                            ? VariableExpander.expand(kv.value(), escapeChar, values).orElse(null)
                            : global.get(kv.key()));
                }
            }
            known = Collections.unmodifiableMap(values);
            stageValues.put(stage, known);
        }
        return known;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DockerfileIndex;
    }

    @Override
    public int hashCode() {
        return 0;
    }

    @Override
    public String toString() {
        return "DockerfileIndex";
    }
}
