package dev.ecslint.cli;

import java.io.ByteArrayOutputStream;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The resident ecslint the launcher hands its command lines to, so that a pre-commit run does not start a
 * JVM (docs/benchmarks.md: the JVM's own start is slower than the whole Node.js peer). It talks through
 * files in one private folder (mode 0700, made by the launcher), never a socket:
 * <ul>
 *   <li>{@code requests}, a FIFO: a client writes its process id on one line;</li>
 *   <li>{@code r<pid>}: that client's request, NUL-separated: protocol version, working directory,
 *       whether standard input and output are a terminal, the number of environment entries, the
 *       entries ({@code NAME=value}), then the arguments;</li>
 *   <li>{@code c<pid>}, a FIFO the client reads: {@code started}, then {@code exit N}; or
 *       {@code fallback} when this process cannot serve it (the client then runs ecslint itself); or
 *       {@code stale} when the sources changed since this build (the client builds again).</li>
 * </ul>
 * The findings go straight to the client's own standard output and error, which it holds on descriptors
 * 7 and 8 and this process opens through {@code /proc/<pid>/fd}, so a pipe or a terminal gets exactly the
 * bytes a direct run writes.
 * Requests run one at a time (the memory budget holds as for one run). After {@code idle} without a
 * request the process removes its {@code pid} file and exits.
 */
final class Daemon {

    /** The hidden first argument that makes {@link Main} serve instead of lint. */
    static final String COMMAND = "--internal-daemon";

    private static final String PROTOCOL = "1";
    private static final int MAX_REQUEST_BYTES = 1 << 20;

    private final Path folder;
    private final long idleMillis;
    private final Path built;
    private final List<Path> sources;
    private final AtomicLong lastActivity = new AtomicLong(System.currentTimeMillis());
    private final AtomicBoolean busy = new AtomicBoolean();

    private Daemon(Path folder, long idleMillis, Path built, List<Path> sources) {
        this.folder = folder;
        this.idleMillis = idleMillis;
        this.built = built;
        this.sources = sources;
    }

    /**
     * Serves {@code folder} until idle; returns at once when another process already serves it. It answers
     * {@code stale} and exits when a file or folder of {@code sources} is newer than {@code built} (the
     * launcher's own check, made here so that a run starts no {@code find}).
     */
    static int serve(Path folder, long idleSeconds, Path built, List<Path> sources) throws IOException {
        try (FileChannel lockFile = FileChannel.open(folder.resolve("lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = lockFile.tryLock()) {
            if (lock == null) {
                return 0;
            }
            return new Daemon(folder, idleSeconds * 1000, built, sources).run();
        }
    }

    private int run() throws IOException {
        // read-write: the FIFO then never reports end of input when the last client closes it
        try (RandomAccessFile requests = new RandomAccessFile(folder.resolve("requests").toFile(), "rw");
             InputStream in = new FileInputStream(requests.getFD())) {
            Path pid = folder.resolve("pid");
            Path partial = folder.resolve("pid.part");
            Files.writeString(partial, ProcessHandle.current().pid() + "\n");
            Files.move(partial, pid, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            startIdleWatch(pid);
            String line;
            while ((line = readLine(in)) != null) {
                busy.set(true);
                try {
                    if (line.matches("[0-9]{1,10}")) {
                        if (stale()) {
                            answer(line, "stale");
                            Files.deleteIfExists(pid);
                            return 0; // a new generation will be built; this one serves nobody any more
                        }
                        serveOne(line);
                    }
                } finally {
                    lastActivity.set(System.currentTimeMillis());
                    busy.set(false);
                }
            }
        }
        return 0;
    }

    private void startIdleWatch(Path pid) {
        Thread watch = new Thread(() -> {
            while (true) {
                try {
                    Thread.sleep(Math.min(1000, Math.max(50, idleMillis / 4)));
                } catch (InterruptedException e) {
                    return;
                }
                boolean idle = !busy.get() && System.currentTimeMillis() - lastActivity.get() > idleMillis;
                if (idle || !Files.isDirectory(folder)) { // its generation was removed: nobody can reach it
                    // a client that read the pid just now sees this process gone and runs ecslint itself
                    try {
                        Files.deleteIfExists(pid);
                    } catch (IOException ignored) {
                        // the folder went with its generation
                    }
                    Runtime.getRuntime().halt(0);
                }
            }
        }, "ecslint-idle");
        watch.setDaemon(true);
        watch.start();
    }

    /** Whether a source changed since the build (a missing stamp counts as changed). */
    private boolean stale() throws IOException {
        if (!Files.isRegularFile(built)) {
            return true;
        }
        FileTime stamp = Files.getLastModifiedTime(built);
        for (Path source : sources) {
            if (!Files.exists(source)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(source)) {
                if (files.anyMatch(file -> newer(file, stamp))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean newer(Path file, FileTime stamp) {
        try {
            return Files.getLastModifiedTime(file).compareTo(stamp) > 0;
        } catch (IOException gone) {
            return true; // removed while we looked: a change
        }
    }

    /** Answers a client with one word and nothing else ({@code stale}). */
    private void answer(String client, String word) throws IOException {
        Files.deleteIfExists(folder.resolve("r" + client));
        try (RandomAccessFile reply = openReply(client)) {
            if (reply != null) {
                send(reply, word);
            }
        }
    }

    private void serveOne(String client) throws IOException {
        Path requestFile = folder.resolve("r" + client);
        Request request = read(requestFile);
        Files.deleteIfExists(requestFile);
        try (RandomAccessFile reply = openReply(client)) {
            if (reply == null) {
                return; // the client went away before it was served
            }
            ClientOutput output = request == null ? null : ClientOutput.open(client);
            if (output == null) {
                // not of this protocol, or the client's output is a socket or gone: it runs ecslint itself
                send(reply, "fallback");
                return;
            }
            int code;
            try (output) {
                send(reply, "started");
                code = new Cli(output.out(), output.err(), InputStream.nullInputStream(), request.environment(),
                        request.workingDirectory(), request.terminal()).run(request.arguments());
            }
            send(reply, "exit " + code);
        }
    }

    /** The client's reply FIFO, open, and gone from the folder (the client holds it open); null if absent. */
    private RandomAccessFile openReply(String client) throws IOException {
        Path fifo = folder.resolve("c" + client);
        if (!Files.exists(fifo)) {
            return null;
        }
        RandomAccessFile reply = new RandomAccessFile(fifo.toFile(), "rw");
        Files.deleteIfExists(fifo);
        return reply;
    }

    private static void send(RandomAccessFile reply, String line) throws IOException {
        reply.write((line + "\n").getBytes(StandardCharsets.US_ASCII));
    }

    /** The client's standard output and error, which it holds on its descriptors 7 and 8. */
    private record ClientOutput(PrintStream out, PrintStream err) implements AutoCloseable {

        /** Both opened, or null (a socket cannot be opened through /proc; a client that exited has none). */
        static ClientOutput open(String client) {
            FileOutputStream out = null;
            try {
                out = new FileOutputStream("/proc/" + client + "/fd/7", true);
                FileOutputStream err = new FileOutputStream("/proc/" + client + "/fd/8", true);
                return new ClientOutput(new PrintStream(out, false, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
            } catch (IOException unreachable) {
                try {
                    if (out != null) {
                        out.close();
                    }
                } catch (IOException ignored) {
                    // nothing was written to it
                }
                return null;
            }
        }

        /** Flushes and closes both; a PrintStream reports no error of its own. */
        @Override
        public void close() {
            out.close();
            err.close();
        }
    }

    private record Request(Path workingDirectory, boolean terminal, Map<String, String> environment,
                           String[] arguments) {
    }

    /** The request, or {@code null} when it is missing, too large or not of this protocol. */
    private static Request read(Path file) throws IOException {
        try {
            return parse(file);
        } catch (RuntimeException malformed) {
            return null;
        }
    }

    private static Request parse(Path file) throws IOException {
        if (!Files.isRegularFile(file) || Files.size(file) > MAX_REQUEST_BYTES) {
            return null;
        }
        List<String> fields = new ArrayList<>(List.of(
                Files.readString(file, StandardCharsets.UTF_8).split("\0", -1)));
        if (fields.size() < 5 || !fields.get(0).equals(PROTOCOL) || !fields.get(fields.size() - 1).isEmpty()) {
            return null;
        }
        fields.remove(fields.size() - 1);
        Path cwd = Path.of(fields.get(1));
        if (!cwd.isAbsolute()) {
            return null;
        }
        int count;
        try {
            count = Integer.parseInt(fields.get(3));
        } catch (NumberFormatException e) {
            return null;
        }
        if (count < 0 || 4 + count > fields.size()) {
            return null;
        }
        Map<String, String> environment = new HashMap<>();
        for (String entry : fields.subList(4, 4 + count)) {
            int equals = entry.indexOf('=');
            if (equals > 0) {
                environment.put(entry.substring(0, equals), entry.substring(equals + 1));
            }
        }
        String[] arguments = fields.subList(4 + count, fields.size()).toArray(String[]::new);
        return new Request(cwd, fields.get(2).equals("1"), environment, arguments);
    }

    /** One line of the FIFO without its newline; {@code null} at end of input. */
    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(16);
        int b;
        while ((b = in.read()) != '\n') {
            if (b < 0) {
                return null;
            }
            if (line.size() < 64) {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }
}
