package dev.ecslint.cli;

import dev.ecslint.cli.Arguments.Option;
import dev.ecslint.cli.Arguments.UsageException;
import dev.ecslint.core.engine.RuleRegistry;
import dev.ecslint.core.grade.ClassResults;
import dev.ecslint.core.grade.GradeOutputs;
import dev.ecslint.core.grade.GradeResult;
import dev.ecslint.core.grade.Grader;
import dev.ecslint.core.i18n.Language;
import dev.ecslint.core.grade.Rubric;
import dev.ecslint.core.grade.RubricException;
import dev.ecslint.core.grade.RubricLoader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * {@code ecslint grade SUBMISSIONS --rubric rubric.yaml --out DIR [--lang ko|en] [--format csv,md,html,gradescope]}:
 * grades every submission (sub-folder or zip) against the rubric and writes the gradebook, feedback and
 * class summary (docs/grading.md). Exit 0 when the class was graded — a submission that cannot be read
 * is graded 0, it does not fail the run — and 2 for a usage or rubric error.
 */
final class GradeCommand {

    private static final List<Option> OPTIONS = List.of(
            new Option("rubric", 'r', "FILE", false, "the rubric (YAML) to grade against (required)"),
            new Option("out", 'o', "DIR", false, "where grades.csv, summary and feedback/ are written (required)"),
            new Option("lang", null, "LANG", false, "language of feedback and summary: ko or en (default: the "
                    + "rubric's language, else en)"),
            new Option("format", 'f', "LIST", true, "outputs, comma-separated: csv, md, html, gradescope "
                    + "(default csv,md,html; the summary is always written)"),
            new Option("rules-jar", null, "PATH", true, "also run the rules of this jar (repeatable)"),
            new Option("help", 'h', null, false, "print this help and exit"));

    private final PrintStream out;
    private final PrintStream err;
    private final Path workingDirectory;

    GradeCommand(PrintStream out, PrintStream err, Path workingDirectory) {
        this.out = out;
        this.err = err;
        this.workingDirectory = workingDirectory;
    }

    int run(String[] args) {
        try {
            Arguments a = Arguments.parse(args, OPTIONS);
            if (a.has("help")) {
                out.print(help());
                return Cli.OK;
            }
            return grade(a);
        } catch (UsageException | RubricException e) {
            err.println("ecslint grade: " + e.getMessage());
            if (e instanceof UsageException) {
                err.println(usageLine());
            }
            return Cli.USAGE;
        } catch (IOException e) {
            err.println("ecslint grade: " + e.getMessage());
            return Cli.USAGE;
        }
    }

    private int grade(Arguments a) throws UsageException, RubricException, IOException {
        if (a.positionals().size() != 1) {
            throw new UsageException("give exactly one SUBMISSIONS directory (found " + a.positionals().size() + ")");
        }
        Path submissions = workingDirectory.resolve(a.positionals().get(0)).normalize();
        if (!Files.isDirectory(submissions)) {
            throw new UsageException("no such directory: " + a.positionals().get(0));
        }
        if (!a.has("rubric") || !a.has("out")) {
            throw new UsageException("--rubric FILE and --out DIR are required");
        }
        Path outDirectory = workingDirectory.resolve(a.value("out")).normalize();
        if (outDirectory.toAbsolutePath().startsWith(submissions.toAbsolutePath())) {
            throw new UsageException("--out must not be inside the submissions directory: the next run would grade "
                    + "the outputs as a submission");
        }
        if (Files.exists(outDirectory, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(outDirectory)) {
            throw new UsageException("--out " + a.value("out") + " exists and is not a directory");
        }
        Set<GradeOutputs.Format> formats = formats(a);
        RuleJars.Loaded rules = RuleJars.load(a.all("rules-jar"), workingDirectory, GradeCommand.class.getClassLoader());
        ClassLoader loader = rules.loader();
        RuleRegistry registry = rules.registry();
        Rubric rubric = new RubricLoader(registry, loader).load(workingDirectory.resolve(a.value("rubric")));
        Language language = rubric.language();
        if (a.has("lang")) {
            language = Language.parse(a.value("lang"))
                    .orElseThrow(() -> new UsageException("--lang must be ko or en; found " + a.value("lang")));
        }
        ClassResults results = new Grader(registry, loader).grade(submissions, rubric);
        new GradeOutputs(registry, loader).write(results, outDirectory, language, formats);
        long ungraded = results.results().stream().filter(r -> r.unreadable().isPresent()).count();
        out.println("graded " + results.results().size() + " submission(s)"
                + (ungraded > 0 ? ", " + ungraded + " of them could not be read (scored 0, see summary.md)" : "")
                + "; results in " + a.value("out"));
        for (GradeResult r : results.results()) {
            out.println("  " + r.studentId() + "  " + r.score().stripTrailingZeros().toPlainString() + " / "
                    + r.max().stripTrailingZeros().toPlainString());
        }
        return Cli.OK;
    }

    private static Set<GradeOutputs.Format> formats(Arguments a) throws UsageException {
        if (a.all("format").isEmpty()) {
            return GradeOutputs.DEFAULT_FORMATS;
        }
        Set<GradeOutputs.Format> formats = EnumSet.noneOf(GradeOutputs.Format.class);
        for (String list : a.all("format")) {
            for (String name : list.split(",")) {
                if (name.isBlank()) {
                    continue;
                }
                formats.add(GradeOutputs.Format.parse(name).orElseThrow(() -> new UsageException(
                        "unknown grade format " + name.trim() + "; known: csv, md, html, gradescope")));
            }
        }
        return formats;
    }

    private static String usageLine() {
        return "Usage: ecslint grade SUBMISSIONS --rubric FILE --out DIR [--lang ko|en] [--format csv,md,html,gradescope]";
    }

    static String help() {
        StringBuilder text = new StringBuilder(usageLine()).append("\n\n");
        text.append("Grades every sub-folder and .zip file of SUBMISSIONS (one per student, named by student id)\n");
        text.append("against the rubric, and writes grades.csv, summary.md and per-student feedback to DIR.\n\nOptions:\n");
        for (Option o : OPTIONS) {
            String names = (o.shortName() != null ? "-" + o.shortName() + ", " : "    ") + "--" + o.name()
                    + (o.takesValue() ? " " + o.valueName() : "");
            text.append("  ").append(String.format("%-22s", names)).append(' ').append(o.help()).append('\n');
        }
        return text.toString();
    }
}
