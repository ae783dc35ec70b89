package dev.ecslint.rules.dockerfile;

import dev.ecslint.core.dockerfile.ShellCommand;
import dev.ecslint.core.dockerfile.ShellScript;
import dev.ecslint.core.dockerfile.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One invocation of a package manager in a {@code RUN}: {@code apt-get -y install curl},
 * {@code python -m pip install flask}, {@code sudo apk add git}.
 *
 * @param manager     which package manager
 * @param command     the shell command (for {@code python -m pip} the {@code python} command)
 * @param program     the word naming the manager ({@code pip} in {@code python -m pip}): where findings point
 * @param arguments   the manager's arguments, options included
 * @param subcommand  the first word that is neither an option nor an option's value ({@code install})
 * @param operands    the words after the subcommand that are neither options nor option values
 *                    (package names, files, paths), stopping at {@code --}
 */
record PackageCommand(PackageManager manager, ShellCommand command, Token program, List<Token> arguments,
                      Optional<Token> subcommand, List<Token> operands) {

    private static final Pattern PYTHON_NAME = Pattern.compile("python[0-9.]*");

    PackageCommand {
        arguments = List.copyOf(arguments);
        operands = List.copyOf(operands);
    }

    /** Every package-manager command of a script, in order, wrapped ones ({@code sudo apt-get}) included. */
    static List<PackageCommand> in(ShellScript script) {
        List<PackageCommand> found = new ArrayList<>();
        for (ShellCommand c : script.allCommands()) {
            of(c).ifPresent(found::add);
        }
        return found;
    }

    static Optional<PackageCommand> of(ShellCommand c) {
        Optional<PackageManager> manager = PackageManager.byCommand(c.baseName());
        if (manager.isPresent()) {
            return Optional.of(parse(manager.get(), c, c.command(), c.arguments()));
        }
        List<Token> args = c.arguments();
        // python -m pip install …
        if (PYTHON_NAME.matcher(c.baseName()).matches() && args.size() >= 2 && args.get(0).value().equals("-m")
                && PackageManager.byCommand(args.get(1).value()).filter(m -> m == PackageManager.PIP).isPresent()) {
            return Optional.of(parse(PackageManager.PIP, c, args.get(1), args.subList(2, args.size())));
        }
        return Optional.empty();
    }

    private static PackageCommand parse(PackageManager manager, ShellCommand c, Token program, List<Token> args) {
        Token subcommand = null;
        List<Token> operands = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String v = args.get(i).value();
            if (v.equals("--")) {
                break;
            }
            if (v.startsWith("-") && v.length() > 1) {
                if (!v.contains("=") && (manager.takesValue(v) || isBooleanValue(manager, args, i))) {
                    i++;
                }
                continue;
            }
            if (subcommand == null) {
                subcommand = args.get(i);
            } else {
                operands.add(args.get(i));
            }
        }
        return new PackageCommand(manager, c, program, args, Optional.ofNullable(subcommand), operands);
    }

    /** {@code gem install x:1 --use-system-libraries true}: a build option given a literal boolean. */
    private static boolean isBooleanValue(PackageManager manager, List<Token> args, int option) {
        return manager == PackageManager.GEM && option + 1 < args.size()
                && args.get(option + 1).value().matches("(?i)true|false");
    }

    /** An install that installs something: {@code apt-get install -s} only simulates. */
    boolean isInstall() {
        return subcommand.isPresent() && manager.isInstall(subcommand.get().value()) && !isSimulation();
    }

    private boolean isSimulation() {
        return (manager == PackageManager.APT_GET || manager == PackageManager.APT)
                && hasFlag("-s", "--simulate", "--dry-run", "--just-print", "--no-act", "--recon");
    }

    boolean isUpgrade() {
        return subcommand.isPresent() && manager.isUpgrade(subcommand.get().value());
    }

    boolean is(PackageManager... managers) {
        for (PackageManager m : managers) {
            if (manager == m) {
                return true;
            }
        }
        return false;
    }

    /** The subcommand's value ({@code install}), or empty text. */
    String subcommandName() {
        return subcommand.map(Token::value).orElse("");
    }

    /** Same contract as {@link ShellCommand#hasFlag}, over the manager's own arguments. */
    boolean hasFlag(String... flags) {
        if (program == command.command()) {
            return command.hasFlag(flags);
        }
        for (Token a : arguments) {
            for (String f : flags) {
                if (a.value().equals(f) || f.startsWith("--") && a.value().startsWith(f + "=")) {
                    return true;
                }
            }
        }
        return false;
    }
}
