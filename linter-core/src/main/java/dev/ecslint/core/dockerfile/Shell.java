package dev.ecslint.core.dockerfile;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The shell that runs the shell form of {@code RUN}, {@code CMD} and {@code ENTRYPOINT}: the last
 * {@code SHELL} of the stage before the instruction, or the platform default.
 *
 * @param command    the shell and its options, e.g. {@code [/bin/sh, -c]}
 * @param declaredBy the {@code SHELL} instruction, or {@code null} for the default
 * @param posix      true when the shell is a POSIX shell ({@code sh}, {@code bash}, {@code ash}, …);
 *                   false for {@code pwsh}, {@code powershell}, {@code cmd} (also the default of a
 *                   Windows base image) and for shells ecslint does not know
 */
public record Shell(List<String> command, Instruction declaredBy, boolean posix) {

    private static final Set<String> POSIX_SHELLS = Set.of("sh", "bash", "ash", "dash", "zsh", "ksh", "mksh",
            "busybox");

    /** {@code /bin/sh -c}, the default on Linux. */
    public static final Shell DEFAULT_LINUX = new Shell(List.of("/bin/sh", "-c"), null, true);
    /** {@code cmd /S /C}, the default on Windows. */
    public static final Shell DEFAULT_WINDOWS = new Shell(List.of("cmd", "/S", "/C"), null, false);

    public Shell {
        command = List.copyOf(command);
    }

    static Shell declared(List<String> command, Instruction by) {
        return new Shell(command, by, isPosix(command));
    }

    private static boolean isPosix(List<String> command) {
        for (String word : command) {
            String name = executableName(word);
            if (name.equals("env") || word.startsWith("-")) {
                continue;
            }
            return POSIX_SHELLS.contains(name);
        }
        return false;
    }

    private static String executableName(String path) {
        String name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1)
                .toLowerCase(Locale.ROOT);
        return name.endsWith(".exe") ? name.substring(0, name.length() - 4) : name;
    }

    /** True when no {@code SHELL} instruction is in force. */
    public boolean isDefault() {
        return declaredBy == null;
    }

    /** True when the shell is started with {@code -o pipefail} ({@code -eo pipefail}, {@code -o pipefail}). */
    public boolean pipefail() {
        for (int i = 0; i + 1 < command.size(); i++) {
            String option = command.get(i);
            if (option.startsWith("-") && !option.startsWith("--") && option.endsWith("o")
                    && command.get(i + 1).equals("pipefail")) {
                return true;
            }
        }
        return false;
    }
}
