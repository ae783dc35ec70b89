package dev.ecslint.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Entry point of the runnable jar. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws java.io.IOException {
        // the schema validator logs through SLF4J; without a provider SLF4J warns on every start
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
        if (args.length >= 3 && args[0].equals(Daemon.COMMAND)) { // folder, build stamp, sources
            List<Path> sources = Arrays.stream(args, 3, args.length).map(Path::of).toList();
            System.exit(Daemon.serve(Path.of(args[1]), idleSeconds(System.getenv("ECSLINT_DAEMON_IDLE")),
                    Path.of(args[2]), sources));
        }
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false,
                StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true,
                StandardCharsets.UTF_8);
        int code = new Cli(out, err, System.in, System.getenv(), Path.of("").toAbsolutePath(),
                System.console() != null).run(args);
        out.flush();
        System.exit(code);
    }

    /** Seconds a resident ecslint waits for the next request: {@code ECSLINT_DAEMON_IDLE}, else 15 minutes. */
    static long idleSeconds(String configured) {
        try {
            return configured == null ? 900 : Math.max(1, Long.parseLong(configured.trim()));
        } catch (NumberFormatException e) {
            return 900;
        }
    }
}
