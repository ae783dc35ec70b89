package dev.ecslint.core.grade;

import dev.ecslint.core.config.Config;
import dev.ecslint.core.dockerfile.Dockerfile;
import dev.ecslint.core.dockerfile.DockerfileParser;
import dev.ecslint.core.engine.ContentClassifier;
import dev.ecslint.core.engine.EngineRules;
import dev.ecslint.core.engine.InputFile;
import dev.ecslint.core.engine.LintResult;
import dev.ecslint.core.engine.Linter;
import dev.ecslint.core.engine.RuleRegistry;
import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.json.LocatedJsonReader;
import dev.ecslint.core.json.ParseProblem;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.Finding;
import dev.ecslint.core.model.LintSettings;
import dev.ecslint.core.model.Location;
import dev.ecslint.core.model.SourceFile;
import dev.ecslint.core.report.CodeFrame;
import dev.ecslint.core.report.LintReport;
import dev.ecslint.core.yaml.LocatedYamlReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Grades a class: every submission is read (bounded, see {@link SubmissionReader}), its files are
 * recognised by kind and linted by one {@link Linter} shared by the whole batch — one rule registry,
 * schemas compiled once, files linted in parallel — and scored against the rubric.
 *
 * <p>Files are linted from memory whether they came from a folder or a zip, so two students who hand
 * in the same files get the same grade however they packed them.
 */
public final class Grader {

    /** Submissions read and linted together: enough to keep every core busy, few enough to bound memory. */
    private static final int BATCH = 32;

    /** Keys only one kind of document has, most enclosing kind first. */
    private static final Map<String, DocumentKind> KIND_KEYS = kindKeys();

    private final RuleRegistry registry;
    private final Linter linter;

    public Grader(RuleRegistry registry, ClassLoader resourceLoader) {
        this.registry = registry;
        this.linter = new Linter(registry, resourceLoader);
    }

    public RuleRegistry registry() {
        return registry;
    }

    /** Grades every submission in {@code submissionsDirectory}; one broken submission never stops the batch. */
    public ClassResults grade(Path submissionsDirectory, Rubric rubric) throws IOException {
        List<SubmissionSource> sources = SubmissionSource.list(submissionsDirectory);
        SubmissionReader reader = new SubmissionReader(rubric.limits());
        List<GradeResult> results = new ArrayList<>(sources.size());
        Likeness likeness = new Likeness();
        for (int start = 0; start < sources.size(); start += BATCH) {
            List<Submission> batch = new ArrayList<>();
            for (SubmissionSource source : sources.subList(start, Math.min(sources.size(), start + BATCH))) {
                Submission submission = reader.read(source);
                likeness.add(submission);
                batch.add(submission);
            }
            results.addAll(grade(batch, rubric));
        }
        return new ClassResults(rubric, results, likeness.groups());
    }

    /** Grades submissions already read, in their order. */
    public List<GradeResult> grade(List<Submission> submissions, Rubric rubric) {
        Config config = new Config(null, Optional.of(Config.FailThreshold.NONE), Map.of(), List.of(),
                LintSettings.DEFAULT, Optional.empty(), rubric.inlineIgnores(), rubric.customRules());
        List<InputFile> inputs = new ArrayList<>();
        for (Submission s : submissions) {
            for (SubmittedFile f : s.files()) {
                // not "explicit": a file of no known kind is skipped silently, as in a directory walk
                inputs.add(new InputFile(null, s.id() + "/" + f.path(), false, f.content()));
            }
        }
        LintResult linted = linter.lint(inputs, file -> config);
        Map<String, List<ChargedFinding>> findingsById = new HashMap<>();
        for (Finding f : linted.findings()) {
            String display = f.location().path();
            int slash = display.indexOf('/');
            String id = display.substring(0, slash);
            // the engine masks every secret on a snippet line (Secrets.maskLine)
            String snippet = linted.snippets().getOrDefault(LintReport.snippetKey(f), "");
            findingsById.computeIfAbsent(id, k -> new ArrayList<>())
                    .add(new ChargedFinding(relativeTo(f, display.substring(slash + 1)), snippet, Optional.empty(),
                            java.math.BigDecimal.ZERO));
        }
        Scorer scorer = new Scorer(rubric);
        List<GradeResult> results = new ArrayList<>(submissions.size());
        for (Submission s : submissions) {
            List<ChargedFinding> findings = new ArrayList<>(findingsById.getOrDefault(s.id(), List.of()));
            s.readFindings().forEach(f -> findings.add(new ChargedFinding(f, "", Optional.empty(),
                    java.math.BigDecimal.ZERO)));
            findings.sort((a, b) -> Finding.ORDER.compare(a.finding(), b.finding()));
            Set<String> broken = new HashSet<>();
            findings.stream().filter(f -> f.finding().ruleId().equals(EngineRules.PARSE_ERROR.id()))
                    .forEach(f -> broken.add(f.finding().location().path()));
            List<GradedFile> files = new ArrayList<>();
            s.files().forEach(f -> files.add(graded(f, broken.contains(f.path()))));
            results.add(scorer.score(s, files, findings));
        }
        return results;
    }

    private static Finding relativeTo(Finding f, String path) {
        Location at = f.location();
        Location relative = new Location(path, at.line(), at.column(), at.endLine(), at.endColumn(), at.pointer());
        return new Finding(f.ruleId(), f.ruleName(), f.severity(), f.message(), relative, f.fix(), f.suppression());
    }

    /**
     * What a file is, as the engine recognises it, and whether it can earn points: one that does not parse
     * (or that the engine reported as broken) or that holds nothing is of no use, whatever its kind.
     */
    static GradedFile graded(SubmittedFile file, boolean reportedBroken) {
        String name = file.path().substring(file.path().lastIndexOf('/') + 1);
        String text = file.content().startsWith("\uFEFF") ? file.content().substring(1) : file.content();
        try {
            switch (ContentClassifier.syntaxOf(name)) {
                case DOCKERFILE: {
                    Dockerfile parsed = DockerfileParser.parse(new SourceFile(null, file.path(), text));
                    boolean buildsNothing = parsed.instructions().stream()
                            .allMatch(i -> i.is("FROM") || i.is("ARG"));
                    return flawed(file, DocumentKind.DOCKERFILE, reportedBroken ? GradedFile.Flaw.UNPARSEABLE
                            : buildsNothing ? GradedFile.Flaw.NO_INSTRUCTIONS : null);
                }
                case JSON:
                    return document(file, name, LocatedJsonReader.read(text), reportedBroken);
                case YAML:
                    return document(file, name, LocatedYamlReader.read(text), reportedBroken);
                default:
                    return new GradedFile(file.path(), DocumentKind.UNKNOWN);
            }
        } catch (ParseProblem | RuntimeException | StackOverflowError e) {
            boolean dockerfile = ContentClassifier.syntaxOf(name) == ContentClassifier.Syntax.DOCKERFILE;
            return flawed(file, dockerfile ? DocumentKind.DOCKERFILE : probableKind(text), GradedFile.Flaw.UNPARSEABLE);
        }
    }

    /**
     * What a document that does not parse was meant to be, by the key that only that kind has (a template's
     * first, as it holds the others): the artifact it stands for then says why it earns nothing.
     */
    private static DocumentKind probableKind(String text) {
        for (Map.Entry<String, DocumentKind> key : KIND_KEYS.entrySet()) {
            if (text.contains(key.getKey())) {
                return key.getValue();
            }
        }
        return DocumentKind.UNKNOWN;
    }

    /** What a file is, as the engine recognises it; a document that does not parse is of no kind. */
    static DocumentKind kindOf(SubmittedFile file) {
        return graded(file, false).kind();
    }

    private static GradedFile document(SubmittedFile file, String name, JsonValue root, boolean reportedBroken) {
        DocumentKind kind = ContentClassifier.classify(name, root);
        boolean empty = root == null || root instanceof JsonValue.JsonNull
                || root.asObject().map(o -> o.members().isEmpty()).orElse(false)
                || root instanceof JsonValue.JsonArray array && array.items().isEmpty();
        return flawed(file, kind, reportedBroken ? GradedFile.Flaw.UNPARSEABLE
                : empty ? GradedFile.Flaw.EMPTY_DOCUMENT : null);
    }

    private static Map<String, DocumentKind> kindKeys() {
        Map<String, DocumentKind> keys = new LinkedHashMap<>();
        keys.put("AWSTemplateFormatVersion", DocumentKind.CLOUDFORMATION);
        keys.put("containerDefinitions", DocumentKind.TASK_DEFINITION);
        keys.put("rulePriority", DocumentKind.LIFECYCLE_POLICY);
        keys.put("serviceName", DocumentKind.SERVICE);
        keys.put("repositoryName", DocumentKind.REPOSITORY);
        keys.put("clusterName", DocumentKind.CLUSTER);
        return keys;
    }

    private static GradedFile flawed(SubmittedFile file, DocumentKind kind, GradedFile.Flaw flaw) {
        return new GradedFile(file.path(), kind, Optional.ofNullable(flaw));
    }
}
