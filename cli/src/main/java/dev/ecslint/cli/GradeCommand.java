package dev.ecslint.cli;

import dev.ecslint.cli.Arguments.Option;
import dev.ecslint.cli.Arguments.UsageException;
import dev.ecslint.core.engine.RuleRegistry;
import dev.ecslint.core.grade.ClassResults;
import dev.ecslint.core.grade.GradeOutputs;
import dev.ecslint.core.grade.GradeResult;
import dev.ecslint.core.grade.Grader;
import dev.ecslint.core.grade.Rubric;
import dev.ecslint.core.grade.RubricException;
import dev.ecslint.core.grade.RubricLoader;
import dev.ecslint.core.i18n.Language;
import dev.ecslint.core.i18n.Localizer;
import dev.ecslint.core.i18n.Message;
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
            new Option("rubric", 'r', "FILE", false, Message.of("grade.option.rubric")),
            new Option("out", 'o', "DIR", false, Message.of("grade.option.out")),
            new Option("lang", null, "LANG", false, Message.of("grade.option.lang")),
            new Option("format", 'f', "LIST", true, Message.of("grade.option.format")),
            new Option("rules-jar", null, "PATH", true, Message.of("grade.option.rules-jar")),
            new Option("help", 'h', null, false, Message.of("grade.option.help")));

    private final PrintStream out;
    private final PrintStream err;
    private final Path workingDirectory;
    /** The command line's language ({@code --lang}, else the environment's), for its own texts. */
    private final Localizer texts;

    GradeCommand(PrintStream out, PrintStream err, Path workingDirectory, Localizer texts) {
        this.out = out;
        this.err = err;
        this.workingDirectory = workingDirectory;
        this.texts = texts;
    }

    int run(String[] args) {
        try {
            Arguments a = Arguments.parse(args, OPTIONS);
            if (a.has("help")) {
                out.print(help(texts));
                return Cli.OK;
            }
            return grade(a);
        } catch (UsageException e) {
            err.println("ecslint grade: " + texts.render(e.message()));
            err.println(texts.text("grade.usage"));
            return Cli.USAGE;
        } catch (RubricException e) {
            err.println("ecslint grade: " + texts.render(e.message()));
            return Cli.USAGE;
        } catch (IOException e) {
            err.println("ecslint grade: " + e.getMessage());
            return Cli.USAGE;
        }
    }

    private int grade(Arguments a) throws UsageException, RubricException, IOException {
        if (a.positionals().size() != 1) {
            throw new UsageException(Message.of("grade.oneDirectory").number("count", a.positionals().size()));
        }
        Path submissions = workingDirectory.resolve(a.positionals().get(0)).normalize();
        if (!Files.isDirectory(submissions)) {
            throw new UsageException(Message.of("grade.noDirectory").verbatim("path", a.positionals().get(0)));
        }
        if (!a.has("rubric") || !a.has("out")) {
            throw new UsageException(Message.of("grade.required"));
        }
        Path outDirectory = workingDirectory.resolve(a.value("out")).normalize();
        if (outDirectory.toAbsolutePath().startsWith(submissions.toAbsolutePath())) {
            throw new UsageException(Message.of("grade.outInside"));
        }
        if (Files.exists(outDirectory, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(outDirectory)) {
            throw new UsageException(Message.of("grade.outNotDirectory").code("path", a.value("out")));
        }
        Set<GradeOutputs.Format> formats = formats(a);
        RuleJars.Loaded rules = RuleJars.load(a.all("rules-jar"), workingDirectory, GradeCommand.class.getClassLoader());
        ClassLoader loader = rules.loader();
        RuleRegistry registry = rules.registry();
        Rubric rubric = new RubricLoader(registry, loader).load(workingDirectory.resolve(a.value("rubric")));
        Language language = rubric.language();
        if (a.has("lang")) {
            language = Language.parse(a.value("lang"))
                    .orElseThrow(() -> new UsageException(Message.of("cli.lang").code("found", a.value("lang"))));
        }
        ClassResults results = new Grader(registry, loader).grade(submissions, rubric);
        new GradeOutputs(registry, loader).write(results, outDirectory, language, formats);
        long ungraded = results.results().stream().filter(r -> r.unreadable().isPresent()).count();
        Message done = ungraded > 0 ? Message.of("grade.doneWithUnreadable").number("ungraded", ungraded)
                : Message.of("grade.done");
        out.println(texts.render(done.number("count", results.results().size())
                .verbatim("out", a.value("out"))));
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
                        Message.of("grade.unknownFormat").code("format", name.trim()))));
            }
        }
        return formats;
    }

    static String help(Localizer texts) {
        return texts.text("grade.usage") + "\n\n" + texts.text("grade.description") + "\n\n"
                + texts.text("cli.options") + "\n" + Arguments.describe(OPTIONS, 22, texts);
    }
}
