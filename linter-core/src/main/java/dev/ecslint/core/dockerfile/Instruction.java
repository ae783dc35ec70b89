package dev.ecslint.core.dockerfile;

import dev.ecslint.core.model.Located;
import dev.ecslint.core.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One Dockerfile instruction, all its physical lines (continuations, heredoc bodies) included.
 *
 * <p>What {@link #arguments()} holds depends on the form: in exec form the strings of the JSON array;
 * otherwise the whitespace-separated words after the flags, quotes removed. {@code USER},
 * {@code WORKDIR}, {@code STOPSIGNAL} and {@code MAINTAINER} take {@link #argumentText()} as one value.
 * For {@code HEALTHCHECK} the first argument is {@code CMD} or {@code NONE}, and the form refers to
 * the command after {@code CMD}.
 *
 * @param keyword      upper case ({@code RUN}), whatever the case written
 * @param keywordSpan  the keyword as written
 * @param span         from the keyword to the end of the last line (a heredoc's delimiter line)
 * @param flags        the leading {@code --name[=value]} flags, in order (a flag may repeat:
 *                     {@code --mount})
 * @param argumentText the text after the flags as Docker sees it: continuations joined, comment lines
 *                     dropped ({@code raw} and {@code value} are the same); spans map back to the file
 * @param arguments    see above
 * @param execForm     the arguments are a JSON array (a malformed array is shell form, as in Docker)
 * @param heredocs     the here-documents, in order
 * @param trigger      for {@code ONBUILD}: the instruction it registers (spans point at the real text);
 *                     else {@code null}
 * @param keyValues    for {@code ENV}, {@code LABEL} and {@code ARG}: the pairs; else empty
 * @param shell        the shell in force at this instruction (the last {@code SHELL} of the stage or the
 *                     platform default)
 * @param shellScript  the shell view of a shell-form {@code RUN}, {@code CMD}, {@code ENTRYPOINT} or
 *                     {@code HEALTHCHECK CMD} run by a POSIX shell; {@link ShellScript#EMPTY} otherwise
 */
public record Instruction(String keyword, Span keywordSpan, Span span, List<Flag> flags, Token argumentText,
                          List<Token> arguments, boolean execForm, List<Heredoc> heredocs, Instruction trigger,
                          List<KeyValue> keyValues, Shell shell, ShellScript shellScript) implements Located {

    public Instruction {
        flags = List.copyOf(flags);
        arguments = arguments instanceof ShellFormWords ? arguments : List.copyOf(arguments);
        heredocs = List.copyOf(heredocs);
        keyValues = List.copyOf(keyValues);
    }

    /** True when this is a {@code keyword} instruction (any case). */
    public boolean is(String name) {
        return keyword.equalsIgnoreCase(name);
    }

    /** True for the shell form of a command instruction (not exec form). */
    public boolean isShellForm() {
        return !execForm;
    }

    /** True when the shell form of this instruction runs in a POSIX shell ({@code sh}, {@code bash}). */
    public boolean isPosixShell() {
        return shell.posix();
    }

    /** The first line of the instruction. */
    public int line() {
        return span.line();
    }

    /** The first flag of that name ({@code "from"} for {@code --from}). */
    public Optional<Flag> flag(String name) {
        for (Flag f : flags) {
            if (f.name().equals(name)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** Every flag of that name ({@code --mount} may repeat). */
    public List<Flag> flags(String name) {
        List<Flag> found = new ArrayList<>();
        for (Flag f : flags) {
            if (f.name().equals(name)) {
                found.add(f);
            }
        }
        return found;
    }

    public boolean hasFlag(String name) {
        return flag(name).isPresent();
    }

    /** The trigger of an {@code ONBUILD}. */
    public Optional<Instruction> onbuildTrigger() {
        return Optional.ofNullable(trigger);
    }

    /** The value of the first key-value pair named {@code key} ({@code ENV}, {@code LABEL}, {@code ARG}). */
    public Optional<KeyValue> keyValue(String key) {
        for (KeyValue kv : keyValues) {
            if (kv.key().equals(key)) {
                return Optional.of(kv);
            }
        }
        return Optional.empty();
    }

    /** {@code COPY}/{@code ADD}: every argument but the last (heredoc sources appear as {@code <<EOF}). */
    public List<Token> sources() {
        return arguments.isEmpty() ? List.of() : arguments.subList(0, arguments.size() - 1);
    }

    /** {@code COPY}/{@code ADD}: the last argument. */
    public Optional<Token> destination() {
        return arguments.size() < 2 ? Optional.empty() : Optional.of(arguments.get(arguments.size() - 1));
    }

    /** The heredoc a {@code <<EOF} source or word refers to. */
    public Optional<Heredoc> heredoc(String name) {
        for (Heredoc h : heredocs) {
            if (h.name().equals(name)) {
                return Optional.of(h);
            }
        }
        return Optional.empty();
    }

    /** {@code HEALTHCHECK NONE}. */
    public boolean isHealthcheckNone() {
        return is("HEALTHCHECK") && !arguments.isEmpty() && arguments.get(0).is("NONE");
    }

    /**
     * The command words of {@code CMD}, {@code ENTRYPOINT}, {@code RUN} and {@code HEALTHCHECK CMD}
     * (for {@code HEALTHCHECK}, the arguments after {@code CMD}).
     */
    public List<Token> commandArguments() {
        if (is("HEALTHCHECK")) {
            return arguments.isEmpty() ? List.of() : arguments.subList(1, arguments.size());
        }
        return arguments;
    }
}
