package dev.ecslint.core.dockerfile;

import dev.ecslint.core.model.SourceFile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The shell view of a {@code RUN} (or shell-form {@code CMD}/{@code ENTRYPOINT}/{@code HEALTHCHECK}),
 * parsed once by the parser: its simple commands in order, including those of a heredoc that is the
 * script ({@code RUN <<EOF}, {@code RUN bash <<EOF}). Command substitutions ({@code $(…)}) stay inside
 * the word that holds them.
 *
 * @param commands the commands as written
 */
public record ShellScript(List<ShellCommand> commands) {

    /** The view of an instruction that has no POSIX shell script (exec form, PowerShell, COPY, …). */
    public static final ShellScript EMPTY = new ShellScript(List.of());

    public ShellScript {
        commands = List.copyOf(commands);
    }

    /**
     * The shell view of a string a shell runs: the argument of {@code sh -c} in an exec-form {@code CMD}
     * or {@code ENTRYPOINT}. Everything found in it is located at the string's own word.
     */
    public static ShellScript ofString(Token word, SourceFile source) {
        int at = source.lineStart(word.span().line()) + word.span().column() - 1;
        String text = word.value();
        int[] offsets = new int[text.length()];
        Arrays.fill(offsets, at);
        return ShellParser.parse(List.of(MappedText.of(source, text.toCharArray(), offsets, text.length())));
    }

    public boolean isEmpty() {
        return commands.isEmpty();
    }

    /**
     * Every command and, after each wrapper, the commands it wraps ({@code sudo apt-get} gives
     * {@code sudo} then {@code apt-get}): what a rule looking for {@code apt-get} should walk.
     */
    public List<ShellCommand> allCommands() {
        boolean anyWrapper = false;
        for (ShellCommand c : commands) {
            anyWrapper |= c.inner() != null;
        }
        if (!anyWrapper) {
            return commands;
        }
        List<ShellCommand> all = new ArrayList<>();
        for (ShellCommand c : commands) {
            for (ShellCommand w = c; w != null; w = w.inner()) {
                all.add(w);
            }
        }
        return all;
    }

    /** The command after {@code c} (its pipe reader when {@code c.next()} is a pipe). */
    public Optional<ShellCommand> after(ShellCommand c) {
        int i = c.index() + 1;
        return i < commands.size() ? Optional.of(commands.get(i)) : Optional.empty();
    }

    /** True when some command pipes into another. */
    public boolean hasPipe() {
        for (ShellCommand c : commands) {
            if (c.next().isPipe()) {
                return true;
            }
        }
        return false;
    }

    /** True when the script runs {@code set -o pipefail} (also {@code set -euo pipefail}). */
    public boolean setsPipefail() {
        for (ShellCommand c : commands) {
            if (ShellParser.isSetPipefail(c)) {
                return true;
            }
        }
        return false;
    }

    /** The commands whose base name is one of {@code names}, wrapped ones included. */
    public List<ShellCommand> commandsNamed(String... names) {
        List<ShellCommand> found = new ArrayList<>();
        for (ShellCommand c : allCommands()) {
            if (c.is(names)) {
                found.add(c);
            }
        }
        return found;
    }
}
