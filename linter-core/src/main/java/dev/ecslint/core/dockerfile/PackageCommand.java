package dev.ecslint.core.dockerfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One invocation of a package manager in a {@code RUN}: {@code apt-get -y install curl},
 * {@code python -m pip install flask}, {@code sudo apk add git}.
 *
 * @param manager     which package manager
 * @param invocation  the program started (for {@code python -m pip} the {@code python} program)
 * @param program     the word naming the manager ({@code pip} in {@code python -m pip}): where findings point
 * @param arguments   the manager's arguments, options included
 * @param subcommand  the first word that is neither an option nor an option's value ({@code install})
 * @param operands    the words after the subcommand that are neither options nor option values
 *                    (package names, files, paths), stopping at {@code --}
 */
public record PackageCommand(PackageManager manager, Invocation invocation, Token program, List<Token> arguments,
                             Optional<Token> subcommand, List<Token> operands) {

    public PackageCommand {
        arguments = List.copyOf(arguments);
        operands = List.copyOf(operands);
    }

    /** The package-manager command an invocation is, if it is one. */
    static Optional<PackageCommand> of(Invocation invocation) {
        Optional<PackageManager> manager = PackageManager.byCommand(invocation.name());
        if (manager.isPresent()) {
            return Optional.of(parse(manager.get(), invocation, invocation.program(), invocation.arguments()));
        }
        // python -m pip install …
        List<Token> args = invocation.arguments();
        int module = moduleIndex(invocation);
        if (module >= 0) {
            Optional<PackageManager> byModule = PackageManager.byCommand(args.get(module).value());
            if (byModule.isPresent()) {
                return Optional.of(parse(byModule.get(), invocation, args.get(module),
                        args.subList(module + 1, args.size())));
            }
        }
        return Optional.empty();
    }

    /** True for {@code python -m <manager>} (pip only, in practice). */
    static boolean isPythonModule(Invocation invocation, PackageManager manager) {
        int module = moduleIndex(invocation);
        return module >= 0 && PackageManager.byCommand(invocation.arguments().get(module).value())
                .filter(m -> m == manager).isPresent();
    }

    /** For {@code python[3.x] [options] -m NAME …}: the index of {@code NAME}, else -1. */
    private static int moduleIndex(Invocation invocation) {
        if (!isPythonName(invocation.name())) {
            return -1;
        }
        List<Token> args = invocation.arguments();
        for (int i = 0; i + 1 < args.size(); i++) {
            String v = args.get(i).value();
            if (v.equals("-m")) {
                return i + 1;
            }
            if (!v.startsWith("-")) {
                return -1; // a script: python app.py -m pip is the script's argument
            }
        }
        return -1;
    }

    private static boolean isPythonName(String name) {
        if (!name.startsWith("python")) {
            return false;
        }
        for (int i = "python".length(); i < name.length(); i++) {
            char c = name.charAt(i);
            if (c != '.' && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    private static PackageCommand parse(PackageManager manager, Invocation invocation, Token program,
                                        List<Token> args) {
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
        return new PackageCommand(manager, invocation, program, args, Optional.ofNullable(subcommand), operands);
    }

    /** {@code gem install x:1 --use-system-libraries true}: a build option given a literal boolean. */
    private static boolean isBooleanValue(PackageManager manager, List<Token> args, int option) {
        if (manager != PackageManager.GEM || option + 1 >= args.size()) {
            return false;
        }
        String next = args.get(option + 1).value();
        return next.equalsIgnoreCase("true") || next.equalsIgnoreCase("false");
    }

    /** The index of the command in its script, to order package commands and clean-ups. */
    public int position() {
        return invocation.position();
    }

    /** The manager as written ({@code apt-get}, {@code /usr/bin/dnf5}, {@code pip3}), without directory. */
    public String name() {
        String v = program.value();
        return v.substring(v.lastIndexOf('/') + 1);
    }

    /** An install that installs something: {@code apt-get install -s} only simulates. */
    public boolean isInstall() {
        return subcommand.isPresent() && manager.isInstall(subcommand.get().value()) && !isSimulation();
    }

    private boolean isSimulation() {
        return (manager == PackageManager.APT_GET || manager == PackageManager.APT)
                && hasFlag("-s", "--simulate", "--dry-run", "--just-print", "--no-act", "--recon");
    }

    public boolean isUpgrade() {
        return subcommand.isPresent() && manager.isUpgrade(subcommand.get().value());
    }

    public boolean is(PackageManager... managers) {
        for (PackageManager m : managers) {
            if (manager == m) {
                return true;
            }
        }
        return false;
    }

    /** The subcommand's value ({@code install}), or empty text. */
    public String subcommandName() {
        return subcommand.map(Token::value).orElse("");
    }

    /** Same contract as {@link ShellCommand#hasFlag}, over the manager's own arguments. */
    public boolean hasFlag(String... flags) {
        return Options.flag(arguments, flags).isPresent();
    }

    /** The manager's option word, as {@link ShellCommand#flag} finds it. */
    public Optional<Token> flag(String... flags) {
        return Options.flag(arguments, flags);
    }

    /**
     * apt's quiet level: each {@code -q} or {@code --quiet} adds one ({@code -qq} and {@code -q -q} give 2),
     * {@code -q=N} and {@code --quiet=N} set it. apt-get documents that level 2 implies {@code -y}.
     */
    public int quietLevel() {
        int level = 0;
        for (Token a : arguments) {
            String v = a.value();
            if (v.equals("--")) {
                break;
            }
            if (v.equals("--quiet")) {
                level++;
            } else if (v.startsWith("--quiet=") || v.startsWith("-q=")) {
                level = parseLevel(v.substring(v.indexOf('=') + 1), level);
            } else if (Options.isShortGroup(v)) {
                for (int i = 1; i < v.length(); i++) {
                    level += v.charAt(i) == 'q' ? 1 : 0;
                }
            }
        }
        return level;
    }

    private static int parseLevel(String text, int otherwise) {
        return text.length() == 1 && Character.isDigit(text.charAt(0)) ? text.charAt(0) - '0' : otherwise;
    }
}
