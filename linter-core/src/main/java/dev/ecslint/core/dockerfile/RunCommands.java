package dev.ecslint.core.dockerfile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What one {@code RUN} (or {@code CMD}, {@code ENTRYPOINT}, {@code HEALTHCHECK}) starts, derived once from
 * its shell view and shared by every rule through {@link Dockerfile#commandsOf(Instruction)}: its shell
 * commands with the ones wrappers run, the programs behind the wrappers, the package-manager commands, and
 * the directories its BuildKit mounts keep out of the layer.
 */
public final class RunCommands {

    private final List<ShellCommand> commands;
    private final List<Invocation> invocations;
    private final List<PackageCommand> packageCommands;
    private final Set<String> cacheMountTargets;

    private RunCommands(List<ShellCommand> commands, List<Invocation> invocations,
                        List<PackageCommand> packageCommands, Set<String> cacheMountTargets) {
        this.commands = commands;
        this.invocations = invocations;
        this.packageCommands = packageCommands;
        this.cacheMountTargets = cacheMountTargets;
    }

    static RunCommands of(Instruction instruction) {
        List<Invocation> invocations = Invocation.of(instruction);
        List<PackageCommand> packageCommands = new ArrayList<>();
        for (Invocation invocation : invocations) {
            PackageCommand.of(invocation).ifPresent(packageCommands::add);
        }
        return new RunCommands(instruction.shellScript().allCommands(), List.copyOf(invocations),
                List.copyOf(packageCommands), cacheMountTargets(instruction));
    }

    /** Every shell command, and after each wrapper the command it wraps (empty in exec form). */
    public List<ShellCommand> commands() {
        return commands;
    }

    /** The shell commands whose base name is one of {@code names}, wrapped ones included. */
    public List<ShellCommand> named(String... names) {
        List<ShellCommand> found = new ArrayList<>();
        for (ShellCommand c : commands) {
            if (c.is(names)) {
                found.add(c);
            }
        }
        return found;
    }

    /** The programs started, one per command, through their wrappers; the exec form gives one. */
    public List<Invocation> invocations() {
        return invocations;
    }

    /** The package-manager commands, in order. */
    public List<PackageCommand> packageCommands() {
        return packageCommands;
    }

    /**
     * The targets of the {@code --mount=type=cache} and {@code --mount=type=tmpfs} flags, without trailing
     * slashes: directories whose content never reaches the image layer.
     */
    public Set<String> cacheMountTargets() {
        return cacheMountTargets;
    }

    private static Set<String> cacheMountTargets(Instruction instruction) {
        Set<String> targets = new HashSet<>();
        for (Flag mount : instruction.flags("mount")) {
            String type = mount.option("type");
            if (!"cache".equals(type) && !"tmpfs".equals(type)) {
                continue;
            }
            for (String key : new String[] {"target", "dst", "destination"}) {
                String target = mount.option(key);
                if (target != null) {
                    targets.add(withoutTrailingSlashes(target));
                }
            }
        }
        return Set.copyOf(targets);
    }

    private static String withoutTrailingSlashes(String path) {
        int end = path.length();
        while (end > 1 && path.charAt(end - 1) == '/') {
            end--;
        }
        return path.substring(0, end);
    }
}
