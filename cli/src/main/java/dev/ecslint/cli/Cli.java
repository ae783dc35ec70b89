package dev.ecslint.cli;

import dev.ecslint.cli.Arguments.Option;
import dev.ecslint.cli.Arguments.UsageException;
import dev.ecslint.core.config.Config;
import dev.ecslint.core.config.ConfigException;
import dev.ecslint.core.engine.Baseline;
import dev.ecslint.core.engine.FileDiscovery;
import dev.ecslint.core.engine.FindingFilter;
import dev.ecslint.core.engine.InputFile;
import dev.ecslint.core.engine.InternalFailure;
import dev.ecslint.core.engine.LintSession;
import dev.ecslint.core.engine.RuleRegistry;
import dev.ecslint.core.i18n.Language;
import dev.ecslint.core.i18n.Localizer;
import dev.ecslint.core.i18n.Message;
import dev.ecslint.core.model.BoundedMatch;
import dev.ecslint.core.model.Example;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import dev.ecslint.core.report.FileReport;
import dev.ecslint.core.report.GithubReporter;
import dev.ecslint.core.report.ReportSummary;
import dev.ecslint.core.report.Reporter;
import dev.ecslint.core.report.Reporters;
import dev.ecslint.core.report.RuleCatalog;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The {@code ecslint} command: options, exit codes 0/1/2 (DESIGN.md). */
public final class Cli {

    static final int OK = 0;
    static final int FINDINGS = 1;
    static final int USAGE = 2;

    private static final List<Option> OPTIONS = List.of(
            new Option("format", 'f', "FORMAT[:FILE]", true, help("format")
                    .verbatim("formats", String.join(", ", Reporters.names()))),
            new Option("output", 'o', "FILE", false, help("output")),
            new Option("config", 'c', "FILE", false, help("config")),
            new Option("fail-on", null, "SEVERITY", false, help("fail-on")),
            new Option("include", null, "GLOB", true, help("include")),
            new Option("exclude", null, "GLOB", true, help("exclude")),
            new Option("skip-unknown", null, null, false, help("skip-unknown")),
            new Option("rules-jar", null, "PATH", true, help("rules-jar")),
            new Option("stdin-filename", null, "NAME", false, help("stdin-filename")),
            new Option("list-rules", null, null, false, help("list-rules")),
            new Option("family", null, "PREFIX", true, help("family")),
            new Option("severity", null, "SEVERITY", false, help("severity")),
            new Option("root", null, "DIR", false, help("root")),
            new Option("explain", null, "RULE", false, help("explain")),
            new Option("no-color", null, null, false, help("no-color")),
            new Option("lang", null, "ko|en", false, help("lang")),
            new Option("debug", null, null, false, help("debug")),
            new Option("version", 'V', null, false, help("version")),
            new Option("help", 'h', null, false, help("help")));

    /** Where the command line's own texts are, beside ecslint's and the rules'. */
    static final String BUNDLE = "dev/ecslint/cli/messages";

    private final PrintStream out;
    private final PrintStream err;
    private final InputStream in;
    private final Map<String, String> env;
    private final Path workingDirectory;
    private final boolean terminal;

    public Cli(PrintStream out, PrintStream err, InputStream in, Map<String, String> env, Path workingDirectory,
               boolean terminal) {
        this.out = out;
        this.err = err;
        this.in = in;
        this.env = env;
        this.workingDirectory = workingDirectory;
        this.terminal = terminal;
    }

    private static Message help(String option) {
        return Message.of("cli.option." + option);
    }

    /**
     * The language of this command line: {@code --lang} when it names one (read before the rest is parsed,
     * so that usage errors are written in it too), else the environment's.
     */
    static Language language(List<String> args, Map<String, String> env) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String value = arg.startsWith("--lang=") ? arg.substring("--lang=".length())
                    : arg.equals("--lang") && i + 1 < args.size() ? args.get(i + 1) : null;
            Optional<Language> chosen = Language.parse(value);
            if (chosen.isPresent()) {
                return chosen.get();
            }
        }
        return Language.fromEnvironment(env);
    }

    /** The command line's texts in {@code language}, with the rules of {@code loader}. */
    static Localizer texts(Language language, ClassLoader loader) {
        return Localizer.of(language, loader).withBundle(BUNDLE);
    }

    /**
     * Runs one command. An internal error (a bug, no memory or stack left) exits 2 with one line naming it,
     * never 1, which would read as "findings"; the stack trace follows with {@code --debug} or
     * {@code ECSLINT_DEBUG=1}.
     */
    public int run(String[] args) {
        boolean debug = "1".equals(env.get("ECSLINT_DEBUG")) || beforeDoubleDash(args).contains("--debug");
        Localizer texts = texts(language(beforeDoubleDash(args), env), Cli.class.getClassLoader());
        try {
            return runCommand(debug ? withoutDebug(args) : args, texts);
        } catch (RuntimeException | Error e) {
            Optional<BoundedMatch.TooCostly> pattern = tooCostlyPattern(e);
            if (pattern.isPresent()) {
                err.println("ecslint: " + pattern.get().getMessage()); // the user's pattern, not a bug
                return USAGE;
            }
            err.println("ecslint: " + texts.render(Message.of("cli.internalFailure")
                    .verbatim("error", InternalFailure.exception(e))));
            if (debug) {
                e.printStackTrace(err);
            } else {
                err.println("ecslint: " + texts.text("cli.internalError"));
            }
            return USAGE;
        }
    }

    private static Optional<BoundedMatch.TooCostly> tooCostlyPattern(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof BoundedMatch.TooCostly tooCostly) {
                return Optional.of(tooCostly);
            }
        }
        return Optional.empty();
    }

    private static List<String> beforeDoubleDash(String[] args) {
        List<String> options = Arrays.asList(args);
        int end = options.indexOf("--");
        return end < 0 ? options : options.subList(0, end);
    }

    private static String[] withoutDebug(String[] args) {
        List<String> kept = new ArrayList<>(Arrays.asList(args));
        int end = kept.indexOf("--");
        kept.subList(0, end < 0 ? kept.size() : end).removeIf(a -> a.equals("--debug"));
        return kept.toArray(String[]::new);
    }

    private int runCommand(String[] args, Localizer texts) {
        if (args.length > 0 && args[0].equals("grade")) {
            return new GradeCommand(out, err, workingDirectory, texts).run(Arrays.copyOfRange(args, 1, args.length));
        }
        boolean baseline = args.length > 0 && args[0].equals("baseline");
        if (baseline) {
            args = java.util.Arrays.copyOfRange(args, 1, args.length);
        }
        Arguments arguments;
        try {
            arguments = Arguments.parse(args, OPTIONS);
        } catch (UsageException e) {
            err.println("ecslint: " + texts.render(e.message()));
            err.println(texts.text("cli.usage"));
            err.println(texts.text("cli.tryHelp"));
            return USAGE;
        }
        try {
            return baseline ? writeBaseline(arguments, texts) : dispatch(arguments, texts);
        } catch (UsageException e) {
            err.println("ecslint: " + texts.render(e.message()));
            return USAGE;
        } catch (ConfigException e) {
            err.println("ecslint: " + texts.render(e.message()));
            return USAGE;
        } catch (FileDiscovery.MissingPathException e) {
            err.println("ecslint: " + texts.render(e.message()));
            return USAGE;
        } catch (IOException e) {
            err.println("ecslint: " + e.getMessage());
            return USAGE;
        }
    }

    private int dispatch(Arguments a, Localizer texts) throws UsageException, ConfigException,
            FileDiscovery.MissingPathException, IOException {
        if (a.has("help")) {
            out.print(help(texts));
            return OK;
        }
        if (a.has("version")) {
            out.println("ecslint " + LintSession.version());
            return OK;
        }
        Language language = language(a);
        LintSession session = session(a);
        if (a.has("list-rules")) {
            RuleRegistry rules = session.rulesOf(configOnly(a));
            return listRules(rules, a, ruleTexts(session, rules, language, configOnly(a)));
        }
        if (a.has("explain")) {
            RuleRegistry rules = session.rulesOf(configOnly(a));
            return explain(rules, a.value("explain"), ruleTexts(session, rules, language, configOnly(a)));
        }
        LintSession.Request request = request(a, session);
        List<FormatTarget> targets = withStepSummary(formats(a, session.localizer(language, request)));
        List<Destination> destinations = new ArrayList<>();
        List<Reporter.Sink> sinks = new ArrayList<>();
        for (FormatTarget target : targets) {
            Destination destination = new Destination(target);
            destinations.add(destination);
            sinks.add(destination);
        }
        try {
            return session.stream(request, sinks).failed() ? FINDINGS : OK;
        } finally {
            for (Destination destination : destinations) {
                destination.close();
            }
        }
    }

    /**
     * {@code ecslint baseline [PATH…]}: records today's findings in the configuration's {@code baseline}
     * file (or {@code --output FILE}, else {@code .ecslint-baseline.json}), so later runs fail only on new ones.
     */
    private int writeBaseline(Arguments a, Localizer texts) throws UsageException, ConfigException,
            FileDiscovery.MissingPathException, IOException {
        LintSession session = session(a);
        LintSession.Request request = request(a, session).ignoringBaseline(true);
        Path file = a.has("output") ? workingDirectory.resolve(a.value("output"))
                : session.rootConfig(request).baseline().orElse(workingDirectory.resolve(".ecslint-baseline.json"));
        LintSession.Outcome outcome = session.run(request);
        Files.writeString(file, Baseline.write(outcome.report()), StandardCharsets.UTF_8);
        out.println(texts.render(Message.of("cli.baselineWritten").number("count", outcome.report().activeFindings().size())
                .verbatim("file", file.toString())));
        return OK;
    }

    /** The built-in rules, any jar given with {@code --rules-jar}, and rule jars on the class path. */
    private LintSession session(Arguments a) throws UsageException {
        RuleJars.Loaded rules = RuleJars.load(a.all("rules-jar"), workingDirectory, Cli.class.getClassLoader());
        return new LintSession(rules.registry(), rules.loader());
    }

    /** For the catalog: the configuration of the working directory (or --config) and its custom rules. */
    private LintSession.Request configOnly(Arguments a) {
        Optional<Path> config = a.has("config") ? Optional.of(workingDirectory.resolve(a.value("config")))
                : Optional.empty();
        return new LintSession.Request(workingDirectory, List.of(), config, List.of(), List.of(), Optional.empty(),
                Optional.empty());
    }

    private LintSession.Request request(Arguments a, LintSession session)
            throws UsageException, IOException, ConfigException {
        Path root = root(a);
        List<String> paths = new ArrayList<>();
        Optional<InputFile> stdin = Optional.empty();
        for (String p : a.positionals()) {
            if (p.equals("-")) {
                if (stdin.isPresent()) {
                    throw new UsageException(Message.of("cli.stdinTwice"));
                }
                String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                String name = a.has("stdin-filename") ? a.value("stdin-filename") : defaultStdinName(content);
                // shown like the files on disk: relative to the root
                String shown = new FileDiscovery(workingDirectory, root, List.of(), List.of())
                        .displayPath(workingDirectory.resolve(name));
                stdin = Optional.of(InputFile.inMemory(shown, content));
            } else {
                paths.add(p);
            }
        }
        if (a.has("stdin-filename") && stdin.isEmpty()) {
            throw new UsageException(Message.of("cli.stdinFilenameWithoutStdin"));
        }
        Optional<Config.FailThreshold> failOn = Optional.empty();
        if (a.has("fail-on")) {
            failOn = Optional.of(Config.FailThreshold.parse(a.value("fail-on")).orElseThrow(() -> new UsageException(
                    Message.of("cli.failOn").code("found", a.value("fail-on")))));
        }
        Optional<Path> config = a.has("config") ? Optional.of(workingDirectory.resolve(a.value("config")))
                : Optional.empty();
        return new LintSession.Request(workingDirectory, paths, config, a.all("include"), a.all("exclude"), failOn,
                stdin).withDisplayRoot(root).filtered(filter(a, session)).skippingUnknown(a.has("skip-unknown"));
    }

    /** {@code --root DIR}, else the repository holding the working directory, else the working directory. */
    private Path root(Arguments a) throws UsageException {
        if (a.has("root")) {
            Path root = workingDirectory.resolve(a.value("root")).normalize();
            if (!Files.isDirectory(root)) {
                throw new UsageException(Message.of("cli.rootNotDirectory").code("root", a.value("root")));
            }
            return root;
        }
        return FileDiscovery.repositoryRoot(workingDirectory).orElse(workingDirectory);
    }

    /** {@code --family} and {@code --severity}: a family nobody has is a mistake, not an empty report. */
    private FindingFilter filter(Arguments a, LintSession session) throws UsageException, ConfigException {
        Set<String> families = families(a);
        Set<String> known = new TreeSet<>();
        if (!families.isEmpty()) {
            // creates every rule (and reads the custom ones): only when asked
            session.rulesOf(configOnly(a)).metas().forEach(m -> known.add(m.family()));
        }
        for (String family : families) {
            if (!known.contains(family)) {
                throw new UsageException(Message.of("cli.unknownFamily").code("family", family)
                        .verbatim("families", String.join(", ", known)));
            }
        }
        return new FindingFilter(families, minimumSeverity(a));
    }

    private static Set<String> families(Arguments a) {
        Set<String> families = new LinkedHashSet<>();
        for (String f : a.all("family")) {
            for (String part : f.split(",")) {
                if (!part.isBlank()) {
                    families.add(part.trim().toUpperCase(Locale.ROOT));
                }
            }
        }
        return families;
    }

    private static Severity minimumSeverity(Arguments a) throws UsageException {
        if (!a.has("severity")) {
            return Severity.STYLE;
        }
        return Severity.parse(a.value("severity")).orElseThrow(() -> new UsageException(
                Message.of("cli.severity").code("found", a.value("severity"))));
    }

    /** Standard input without a name: JSON by its first character, a Dockerfile otherwise (as hadolint reads). */
    private static String defaultStdinName(String content) {
        String start = content.stripLeading();
        return start.startsWith("{") || start.startsWith("[") ? "stdin.json" : "Dockerfile";
    }

    /** A format and where it goes ({@code null} file: standard output), appended to or replacing the file. */
    private record FormatTarget(Reporter reporter, Path file, boolean append) {
        FormatTarget(Reporter reporter, Path file) {
            this(reporter, file, false);
        }
    }

    /** {@code --lang}, else the environment's choice. */
    private Language language(Arguments a) throws UsageException {
        if (a.has("lang")) {
            return Language.parse(a.value("lang")).orElseThrow(() -> new UsageException(
                    Message.of("cli.lang").code("found", a.value("lang"))));
        }
        return Language.fromEnvironment(env);
    }

    private List<FormatTarget> formats(Arguments a, Localizer texts) throws UsageException {
        List<String> specs = a.all("format").isEmpty() ? List.of("text") : a.all("format");
        List<FormatTarget> targets = new ArrayList<>();
        boolean outputUsed = false;
        int toStdout = 0;
        for (String spec : specs) {
            int colon = spec.indexOf(':');
            String name = colon > 0 ? spec.substring(0, colon) : spec;
            Path file = colon > 0 ? fileOrStandardOutput(spec.substring(colon + 1)) : null;
            if (colon < 0 && a.has("output") && !outputUsed) {
                file = fileOrStandardOutput(a.value("output"));
                outputUsed = true;
            }
            if (file == null && ++toStdout > 1) {
                throw new UsageException(Message.of("cli.oneToStdout").code("example", "--format " + name + ":FILE"));
            }
            boolean colour = file == null && name.equalsIgnoreCase("text") && terminal && !a.has("no-color")
                    && !env.containsKey("NO_COLOR");
            Reporter reporter = Reporters.byName(name, colour, texts).orElseThrow(() -> new UsageException(
                    Message.of("cli.unknownFormat").code("format", name).codes("formats", Reporters.names())));
            targets.add(new FormatTarget(reporter, file));
        }
        if (a.has("output") && !outputUsed) {
            throw new UsageException(Message.of("cli.outputUnused"));
        }
        return targets;
    }

    /** A report file, or {@code null} for standard output ({@code -}). */
    private Path fileOrStandardOutput(String name) {
        return name.equals("-") ? null : workingDirectory.resolve(name);
    }

    /**
     * With {@code --format github} in a GitHub Actions job, the findings also go to the job's summary page
     * ({@code $GITHUB_STEP_SUMMARY}, appended: other steps write there too).
     */
    private List<FormatTarget> withStepSummary(List<FormatTarget> targets) {
        String file = env.get("GITHUB_STEP_SUMMARY");
        if (file == null || file.isBlank()) {
            return targets;
        }
        for (FormatTarget target : targets) {
            if (target.reporter() instanceof GithubReporter github) {
                List<FormatTarget> all = new ArrayList<>(targets);
                all.add(new FormatTarget(github.stepSummary(), workingDirectory.resolve(file), true));
                return all;
            }
        }
        return targets;
    }

    /**
     * Where one format goes, written as the files are linted: opened when the first file is ready (a run
     * that fails before it, on a missing path say, leaves no empty report behind).
     */
    private final class Destination implements Reporter.Sink {
        private final FormatTarget target;
        private Writer writer;
        private Reporter.Sink sink;

        Destination(FormatTarget target) {
            this.target = target;
        }

        private Reporter.Sink sink() throws IOException {
            if (sink == null) {
                if (target.file() == null) {
                    writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
                } else {
                    Path parent = target.file().toAbsolutePath().getParent();
                    if (parent != null) {
                        Files.createDirectories(parent);
                    }
                    writer = target.append()
                            ? Files.newBufferedWriter(target.file(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                                    StandardOpenOption.APPEND)
                            : Files.newBufferedWriter(target.file(), StandardCharsets.UTF_8);
                }
                sink = target.reporter().start(writer);
            }
            return sink;
        }

        @Override
        public void file(FileReport file) throws IOException {
            sink().file(file);
        }

        @Override
        public void finish(ReportSummary summary) throws IOException {
            sink().finish(summary);
        }

        /** Flushes standard output, closes a file. */
        void close() throws IOException {
            if (writer == null) {
                return;
            }
            if (target.file() == null) {
                writer.flush();
            } else {
                writer.close();
            }
        }
    }

    /** The texts of these rules (the catalog's, custom rules included) and of the command line. */
    private static Localizer ruleTexts(LintSession session, RuleRegistry rules, Language language,
                                       LintSession.Request request) throws ConfigException {
        return session.localizer(language, request).withRules(rules::byId).withBundle(BUNDLE);
    }

    private int listRules(RuleRegistry rules, Arguments a, Localizer texts) throws UsageException {
        out.print(RuleCatalog.table(rules.metas(), families(a), minimumSeverity(a), texts));
        return OK;
    }

    private int explain(RuleRegistry rules, String rule, Localizer texts) throws UsageException {
        List<RuleMeta> metas = rules.find(rule);
        if (metas.isEmpty()) {
            throw new UsageException(Message.of("cli.unknownRule").code("rule", rule));
        }
        StringBuilder text = new StringBuilder();
        for (RuleMeta m : metas) {
            text.append(texts.render(Message.of("cli.explain.heading").verbatim("id", m.id()).verbatim("name", m.name())
                    .verbatim("severity", m.severity().label())
                    .verbatim("category", texts.text("category." + m.category().label())))).append('\n');
            text.append(texts.title(m)).append("\n\n");
            text.append(texts.text("rule.why")).append(": ").append(texts.rationale(m)).append("\n\n");
            text.append(texts.text("rule.fix")).append(": ").append(texts.fix(m)).append('\n');
            appendExamples(text, texts.text("rule.bad"), m.bad());
            appendExamples(text, texts.text("rule.good"), m.good());
            if (!m.references().isEmpty()) {
                text.append('\n').append(texts.text("rule.references")).append(":\n");
                m.references().forEach(r -> text.append("  ").append(r).append('\n'));
            }
            if (!m.equivalents().isEmpty()) {
                text.append('\n').append(texts.text("rule.sameCheck")).append(": ")
                        .append(String.join(", ", m.equivalents())).append('\n');
            }
            text.append('\n');
        }
        out.print(text.toString().stripTrailing() + "\n");
        return OK;
    }

    private static void appendExamples(StringBuilder text, String label, List<Example> examples) {
        for (Example e : examples) {
            text.append('\n').append(label).append(" (").append(e.fileName()).append("):\n");
            for (String line : e.code().split("\n", -1)) {
                if (!line.isEmpty()) {
                    text.append("    ").append(line).append('\n');
                }
            }
        }
    }

    static String help(Localizer texts) {
        return texts.text("cli.usage") + "\n\n" + texts.text("cli.description") + "\n\n" + texts.text("cli.options")
                + "\n" + Arguments.describe(OPTIONS, 30, texts) + "\n" + texts.text("cli.exitCodes") + "\n";
    }
}
