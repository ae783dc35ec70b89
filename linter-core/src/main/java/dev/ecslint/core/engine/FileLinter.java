package dev.ecslint.core.engine;

import dev.ecslint.core.config.Config;
import dev.ecslint.core.dockerfile.Dockerfile;
import dev.ecslint.core.dockerfile.DockerfileParser;
import dev.ecslint.core.engine.ContentClassifier.Syntax;
import dev.ecslint.core.engine.SubjectReader.Read;
import dev.ecslint.core.engine.SubjectReader.SchemaCheck;
import dev.ecslint.core.json.AbsentNulls;
import dev.ecslint.core.i18n.Localizer;
import dev.ecslint.core.i18n.Message;
import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.json.LocatedJsonReader;
import dev.ecslint.core.json.ParseProblem;
import dev.ecslint.core.report.LintReport;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.Finding;
import dev.ecslint.core.model.LintSettings;
import dev.ecslint.core.model.Location;
import dev.ecslint.core.model.Rule;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Secrets;
import dev.ecslint.core.model.Severity;
import dev.ecslint.core.model.SourceFile;
import dev.ecslint.core.model.Span;
import dev.ecslint.core.terraform.FileAccess;
import dev.ecslint.core.terraform.HclBody;
import dev.ecslint.core.terraform.ModuleFiles;
import dev.ecslint.core.terraform.ParsedTerraformFiles;
import dev.ecslint.core.terraform.PlacedFile;
import dev.ecslint.core.terraform.RecentResults;
import dev.ecslint.core.terraform.TerraformFiles;
import dev.ecslint.core.terraform.TerraformLinks;
import dev.ecslint.core.terraform.TerraformModule;
import dev.ecslint.core.terraform.TerraformReader;
import dev.ecslint.core.terraform.TerraformUnits;
import dev.ecslint.core.yaml.LocatedYamlReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** Lints one file at a time under one configuration; shared by the threads of a run (stateless). */
final class FileLinter {

    /** Larger files are reported, not read: nothing ECS accepts comes close (a task definition is ≤ 64 KiB). */
    static final long MAX_BYTES = 4L * 1024 * 1024;

    /** Text in an unparseable JSON/YAML file that says it was meant to be one of our kinds. */
    private static final Pattern OURS = Pattern.compile("containerDefinitions|taskDefinition|rulePriority|"
            + "lifecyclePolicyText|serviceName|repositoryName|capacityProviders|AWSTemplateFormatVersion|AWS::ECS::|"
            + "AWS::ECR::|clusterName");

    private final RuleRegistry registry;
    private final Config config;
    private final SchemaValidation schemas;
    /** The rules this configuration leaves on, per subject type, created when a file first yields that type. */
    private final Map<Class<?>, List<EnabledRule>> enabledByType = new ConcurrentHashMap<>();
    /** Directories holding Terraform files, asked once per run whatever the number of JSON files in them. */
    private final Map<Path, Boolean> terraformDirectories = new ConcurrentHashMap<>();
    private final ParsedTerraformFiles terraformFiles = ParsedTerraformFiles.forRun();
    private final RecentResults<Path, ModuleFindings> terraformModules = new RecentResults<>(8);

    FileLinter(RuleRegistry registry, Config config, SchemaValidation schemas) {
        this.registry = registry;
        this.config = config;
        this.schemas = schemas;
    }

    private List<EnabledRule> enabledRules(Class<?> subjectType) {
        return enabledByType.computeIfAbsent(subjectType, type -> {
            List<EnabledRule> enabled = new ArrayList<>();
            for (Rule<?> rule : registry.rulesFor(type)) {
                RuleMeta meta = rule.meta();
                Config.RuleSetting setting = config.ruleSettings().get(meta.id());
                if (setting == null || !setting.off()) {
                    enabled.add(new EnabledRule(rule, setting == null ? meta.severity() : setting.severity()));
                }
            }
            return List.copyOf(enabled);
        });
    }

    Linter.FileOutcome lint(InputFile file) {
        Findings out = new Findings(file.displayPath());
        DocumentKind kind;
        try {
            kind = lintInto(file, out);
        } catch (RuntimeException | StackOverflowError e) {
            // a reader's bug costs this file, never the run; the exception's message may quote the file
            out.engine(EngineRules.PARSE_ERROR, Span.START, null, EngineRules.PARSE_ERROR.message("readerFailed")
                    .code("error", e.getClass().getName()));
            kind = DocumentKind.UNKNOWN;
        }
        List<Finding> findings = postProcess(file, out);
        Map<String, String> snippets = new HashMap<>();
        if (out.source != null) {
            Map<Integer, List<int[]>> secretsByLine = new HashMap<>();
            for (Finding f : findings) {
                List<int[]> regions = secretsByLine.computeIfAbsent(f.location().line(), l -> new ArrayList<>());
                // a message that shows a masked secret (my***) marks its region as one: no line may show it
                if (f.showsSecret() && f.location().endLine() == f.location().line()) {
                    regions.add(new int[] {f.location().column() - 1, f.location().endColumn() - 1});
                }
            }
            // each line masked once, however many findings quote it (a minified file is one long line)
            Map<Integer, String> maskedLines = new HashMap<>();
            for (Finding f : findings) {
                String masked = maskedLines.computeIfAbsent(f.location().line(), line -> Secrets.maskLine(
                        out.source.lineText(line), secretsByLine.get(line), config.settings()));
                snippets.put(LintReport.snippetKey(f), masked);
            }
        }
        return new Linter.FileOutcome(file.displayPath(), kind, findings, snippets, out.ranRules);
    }

    /**
     * Returns the kind the file was recognised as ({@link DocumentKind#UNKNOWN} for a file that could not be read
     * or parsed: it counts towards the files linted), or {@code null} for a file that is skipped.
     */
    private DocumentKind lintInto(InputFile file, Findings out) {
        if (file.leavesRepository()) {
            out.engine(EngineRules.PARSE_ERROR, Span.START, null, EngineRules.PARSE_ERROR.message("linkOutside"), null);
            return null;
        }
        String text;
        try {
            text = file.content() != null ? file.content() : read(file.path());
        } catch (Unreadable e) {
            out.engine(EngineRules.PARSE_ERROR, e.span, null, e.message);
            return DocumentKind.UNKNOWN;
        }
        SourceFile source = new SourceFile(file.path(), file.displayPath(), text);
        out.source = source;
        Syntax syntax = ContentClassifier.syntaxOf(file.fileName());
        boolean sniffed = syntax == Syntax.NONE && file.explicit();
        if (sniffed) {
            syntax = ContentSniffer.syntaxOf(text);
        }
        try {
            switch (syntax) {
                case DOCKERFILE:
                    out.inlineSyntax = Syntax.DOCKERFILE;
                    try {
                        out.dockerfile = DockerfileParser.parse(source);
                    } catch (ParseProblem e) {
                        // {{ }} in a RUN line is legitimate (docker inspect --format): only the failing line decides
                        String failingLine = source.lineText(e.span().line());
                        if (reportTemplate(file, Templates.dockerfileContext(failingLine, source.text()), e,
                                "Dockerfile", out)) {
                            return null;
                        }
                        out.engine(EngineRules.PARSE_ERROR, e.span(), null, e.message());
                        return DocumentKind.DOCKERFILE;
                    }
                    runRules(List.of(out.dockerfile), source, file, out);
                    return DocumentKind.DOCKERFILE;
                case JSON:
                case YAML:
                    return lintStructured(file, source, syntax, sniffed, out);
                case TERRAFORM:
                    lintTerraform(source, file, out);
                    return DocumentKind.TERRAFORM;
                default:
                    reportUnknownKind(file, out);
                    return null;
            }
        } catch (ParseProblem e) {
            out.engine(EngineRules.PARSE_ERROR, e.span(), null, e.message());
            return DocumentKind.UNKNOWN;
        }
    }

    /**
     * @param sniffed the syntax was guessed from the content of a named file whose name says nothing: a file
     *                that does not parse is then of no known kind (E003), not a broken document (E001)
     */
    private DocumentKind lintStructured(InputFile file, SourceFile source, Syntax syntax, boolean sniffed,
                                        Findings out) throws ParseProblem {
        JsonValue parsed;
        try {
            parsed = syntax == Syntax.JSON ? LocatedJsonReader.read(source.text()) : LocatedYamlReader.read(source.text());
        } catch (ParseProblem e) {
            if (reportTemplate(file, source.text(), e, syntaxName(syntax), out)) {
                return null;
            }
            if (syntax == Syntax.YAML && LocatedYamlReader.isStream(source.text())) {
                // Kubernetes manifests separated by ---: no document ecslint reads is a stream
                if (file.explicit()) {
                    out.engine(EngineRules.UNRECOGNIZED_FILE, e.span(), null,
                            EngineRules.UNRECOGNIZED_FILE.message("yamlStream"));
                }
                return null;
            }
            if (sniffed) {
                reportUnknownKind(file, out);
                return null;
            }
            // recognised by its name or its words: it must not silently vanish (an alias bomb, a !!java tag)
            if (file.explicit() || ContentClassifier.isComposeName(file.fileName()) || OURS.matcher(source.text()).find()) {
                throw e;
            }
            return null;
        }
        if (syntax == Syntax.JSON && file.path() != null && terraformNearby(file.path())) {
            Optional<TerraformReader.Read> module = TerraformLinks.moduleReading(source, fileAccess(file), terraformFiles);
            if (module.isPresent()) { // read by file() in a module: linted with its task definition's context
                lintModule(module.get(), source, file, out);
                return DocumentKind.TERRAFORM;
            }
        }
        // null members are absent (AbsentNulls); compose gives them a meaning (take the value from the shell)
        JsonValue present = AbsentNulls.remove(parsed);
        DocumentKind kind = ContentClassifier.classify(file.fileName(), present);
        if (kind == DocumentKind.UNKNOWN) {
            if (sniffed && !(parsed instanceof JsonValue.JsonObject) && !(parsed instanceof JsonValue.JsonArray)) {
                reportUnknownKind(file, out);
            } else if (file.explicit()) {
                Span start = Span.of(parsed.span().line(), parsed.span().column(), 1);
                out.engine(EngineRules.UNRECOGNIZED_FILE, start, parsed.pointer(),
                        EngineRules.UNRECOGNIZED_FILE.message("unknownShape").verbatim("syntax", syntaxName(syntax)));
            }
            return null;
        }
        if (syntax == Syntax.YAML) {
            out.inlineSyntax = Syntax.YAML;
        }
        var reader = SubjectReaders.of(kind);
        if (reader.isEmpty()) {
            return kind;
        }
        lintRead(reader.get().read(kind == DocumentKind.COMPOSE ? parsed : present, source), source, file, out);
        return kind;
    }

    /** Checks what a source's reader found, each finding named the source's way. */
    private void lintRead(Read read, SourceFile source, InputFile file, Findings out) {
        out.naming = read.naming();
        out.declaredSuppressions = read.suppressions();
        for (ParseProblem problem : read.problems()) {
            out.engine(EngineRules.PARSE_ERROR, problem.span(), null, problem.message());
        }
        check(read.schemaChecks(), read.subjects(), source, file, out);
        for (SubjectReader.Alternatives group : read.alternatives()) {
            checkAlternatives(group, source, file, out);
        }
    }

    private void check(List<SchemaCheck> schemaChecks, List<Object> subjects, SourceFile source, InputFile file,
                       Findings out) {
        for (SchemaCheck check : schemaChecks) {
            for (SchemaValidation.Violation v : schemas.validate(check, out.naming)) {
                out.engine(EngineRules.SCHEMA_VIOLATION, v.span(), v.pointer(), v.message(),
                        v.fix() == null ? EngineRules.SCHEMA_VIOLATION.fixMessage() : v.fix());
            }
        }
        runRules(subjects, source, file, out);
    }

    /** Each variant is checked on its own; a finding is kept when every variant has it (at its shared pointer). */
    private void checkAlternatives(SubjectReader.Alternatives group, SourceFile source, InputFile file, Findings out) {
        List<SubjectReader.Variant> variants = group.variants();
        List<List<Finding>> found = new ArrayList<>();
        for (SubjectReader.Variant variant : variants) {
            Findings scratch = new Findings(out.displayPath);
            scratch.naming = out.naming;
            check(variant.schemaChecks(), variant.subjects(), source, file, scratch);
            scratch.ranRules.stream().filter(m -> out.ranRules.stream().noneMatch(r -> r.id().equals(m.id())))
                    .forEach(out.ranRules::add);
            found.add(scratch.findings);
        }
        if (found.isEmpty()) {
            return;
        }
        List<Set<String>> keys = new ArrayList<>();
        for (int i = 1; i < variants.size(); i++) {
            Set<String> inVariant = new HashSet<>();
            for (Finding f : found.get(i)) {
                inVariant.add(sharedKey(f, variants.get(i)));
            }
            keys.add(inVariant);
        }
        for (Finding f : found.get(0)) {
            String key = sharedKey(f, variants.get(0));
            if (keys.stream().allMatch(k -> k.contains(key))) {
                out.findings.add(f);
            }
        }
    }

    private static String sharedKey(Finding f, SubjectReader.Variant variant) {
        String pointer = f.location().pointer();
        return f.ruleId() + ' ' + (pointer == null ? "" : variant.sharedPointer().apply(pointer));
    }

    /**
     * A Terraform file is checked with its whole module, which is checked once per run: each of the module's
     * files takes the findings that lie in it.
     */
    private void lintTerraform(SourceFile source, InputFile file, Findings out) throws ParseProblem {
        HclBody own = terraformFiles.parse(source);
        out.inlineSyntax = Syntax.TERRAFORM;
        out.terraformUnits = TerraformUnits.of(source, own);
        Path directory = file.path() == null ? null : file.path().toAbsolutePath().getParent();
        ModuleFindings module = directory == null ? null
                : terraformModules.get(directory, () -> lintWholeModule(directory, file));
        Optional<PlacedFile> placed = module == null ? Optional.empty() : module.files().find(file.path())
                .filter(p -> p.source().text().equals(source.text()));
        if (placed.isEmpty()) { // standard input, a file the directory listing leaves out, or one changed since
            lintModule(TerraformReader.read(TerraformModule.of(source, fileAccess(file), terraformFiles)), source,
                    file, out);
            return;
        }
        out.naming = module.checked().naming;
        out.declaredSuppressions = module.checked().declaredSuppressions;
        out.ranRules.addAll(module.checked().ranRules);
        int base = placed.get().lineBase();
        for (Finding f : module.checked().findings) {
            Location at = f.location();
            if (placed.get().holds(at.line())) {
                out.findings.add(new Finding(f.ruleId(), f.ruleName(), f.severity(), f.message(),
                        new Location(out.displayPath, at.line() - base, at.column(), at.endLine() - base,
                                at.endColumn(), at.pointer()), f.fix(), f.suppression()));
            }
        }
        reportOnce(out);
    }

    /** The findings of a whole module, in its coordinates, or null for a directory whose files cannot be read. */
    private ModuleFindings lintWholeModule(Path directory, InputFile anyFile) {
        TerraformModule module = TerraformModule.whole(directory, fileAccess(anyFile), terraformFiles);
        if (module.files().files().isEmpty()) {
            return null;
        }
        Findings checked = new Findings("");
        lintRead(TerraformReader.read(module).read(), module.files().files().get(0).source(), anyFile, checked);
        return new ModuleFindings(module.files(), checked);
    }

    /** What checking a whole Terraform module found, and where each of its files lies. */
    private record ModuleFindings(ModuleFiles files, Findings checked) {
    }

    private void lintModule(TerraformReader.Read tf, SourceFile source, InputFile file, Findings out) {
        out.ownLines = source.lineCount();
        lintRead(tf.read(), source, file, out);
        reportOnce(out);
    }

    private static void reportOnce(Findings out) {
        // a variable's default that two resources use (one of them per count) is one mistake, reported once
        Set<String> seen = new HashSet<>();
        out.findings.removeIf(f -> !seen.add(f.ruleId() + ' ' + f.location().line() + ':' + f.location().column()
                + '-' + f.location().endLine() + ':' + f.location().endColumn()));
    }

    private FileAccess fileAccess(InputFile file) {
        if (file.path() == null) {
            return FileAccess.NONE;
        }
        return path -> {
            try {
                return Optional.of(read(path));
            } catch (Unreadable e) {
                return Optional.empty();
            }
        };
    }

    /** Whether the JSON file's directory or one of the two above it holds Terraform files (cached per run). */
    private boolean terraformNearby(Path json) {
        Path dir = json.toAbsolutePath().getParent();
        for (int up = 0; up < TerraformLinks.LEVELS && dir != null; up++, dir = dir.getParent()) {
            if (terraformDirectories.computeIfAbsent(dir, FileLinter::holdsTerraform)) {
                return true;
            }
        }
        return false;
    }

    private static boolean holdsTerraform(Path dir) {
        // a filter, not a glob: the glob's pattern would be compiled for every directory
        try (DirectoryStream<Path> tf = Files.newDirectoryStream(dir,
                entry -> TerraformFiles.isTerraform(entry.getFileName().toString()))) {
            return tf.iterator().hasNext();
        } catch (IOException | DirectoryIteratorException e) {
            return false;
        }
    }

    /**
     * A file that does not parse because it is a template (a Helm chart, a Jinja or envsubst template): only what it
     * renders to is a document. Reported (E003) when named, skipped in a walk; false when the text is no template.
     */
    private static boolean reportTemplate(InputFile file, String text, ParseProblem problem, String expected,
                                          Findings out) {
        Optional<String> template = Templates.marker(text);
        if (template.isPresent() && file.explicit()) {
            out.engine(EngineRules.UNRECOGNIZED_FILE, problem.span(), null, EngineRules.UNRECOGNIZED_FILE
                    .message("template").code("marker", template.get()).verbatim("syntax", expected));
        }
        return template.isPresent();
    }

    private static void reportUnknownKind(InputFile file, Findings out) {
        out.engine(EngineRules.UNRECOGNIZED_FILE, Span.START, null,
                EngineRules.UNRECOGNIZED_FILE.message("unknownKind").code("file", file.fileName()));
    }

    private static String syntaxName(Syntax syntax) {
        return syntax == Syntax.JSON ? "JSON" : "YAML";
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void runRules(List<Object> subjects, SourceFile source, InputFile file, Findings out) {
        // rules in id order, each over the subjects it inspects in document order (deterministic findings)
        Map<Class<?>, List<EnabledRule>> byType = new LinkedHashMap<>();
        TreeMap<String, EnabledRule> ordered = new TreeMap<>();
        for (Object subject : subjects) {
            byType.computeIfAbsent(subject.getClass(), this::enabledRules)
                    .forEach(e -> ordered.putIfAbsent(e.rule().meta().id(), e));
        }
        ordered.values().forEach(e -> out.ranRules.add(e.rule().meta()));
        for (EnabledRule enabled : ordered.values()) {
            Rule rule = enabled.rule();
            Context ctx = new Context(source, file, config.settings(), rule.meta(), enabled.severity(), out);
            for (Object subject : subjects) {
                if (!rule.subjectType().isInstance(subject)) {
                    continue;
                }
                try {
                    rule.check(subject, ctx);
                } catch (RuntimeException | StackOverflowError e) {
                    out.engine(EngineRules.PARSE_ERROR, Span.START, null, EngineRules.PARSE_ERROR.message("ruleFailed")
                            .code("rule", rule.meta().id()).code("error", e.getClass().getName()));
                }
            }
        }
    }

    private List<Finding> postProcess(InputFile file, Findings out) {
        InlineSuppressions inline = InlineSuppressions.NONE;
        if (out.source != null && out.inlineSyntax != null && config.inlineIgnores() != Config.InlineIgnores.DENY) {
            SourceFile source = out.source;
            Dockerfile dockerfile = out.dockerfile;
            InlineSuppressions.Units units = dockerfile != null ? dockerfileUnits(dockerfile)
                    : out.terraformUnits != null ? out.terraformUnits : InlineSuppressions.yaml(source);
            inline = InlineSuppressions.scan(source, out.suppressibleRules(), units, LocalDate.now(ZoneOffset.UTC));
        }
        String relative = configRelativePath(file);
        List<Finding> result = new ArrayList<>(out.findings.size());
        boolean requireReason = config.inlineIgnores() == Config.InlineIgnores.REQUIRE_REASON;
        DeclaredSuppressions declared = config.inlineIgnores() == Config.InlineIgnores.DENY
                ? DeclaredSuppressions.NONE : DeclaredSuppressions.of(out.declaredSuppressions, out.suppressibleRules());
        for (Finding f : out.findings) {
            Finding.Suppression by = inline.match(f, requireReason);
            if (by == null) {
                by = declared.match(f, requireReason);
            }
            if (by == null) {
                by = configIgnore(f, relative);
            }
            result.add(by == null ? f : f.suppressedBy(by));
        }
        return result;
    }

    /** A comment covers the instruction after it; Checkov's skips, which cover their resource, cover the file. */
    private static InlineSuppressions.Units dockerfileUnits(Dockerfile dockerfile) {
        return new InlineSuppressions.Units() {
            @Override
            public InlineSuppressions.LineRange following(int commentLine) {
                return dockerfile.instructionAfterLine(commentLine)
                        .map(i -> new InlineSuppressions.LineRange(i.span().line(), i.span().endLine())).orElse(null);
            }

            @Override
            public InlineSuppressions.LineRange enclosing(int commentLine) {
                return InlineSuppressions.LineRange.WHOLE_FILE;
            }
        };
    }

    private Finding.Suppression configIgnore(Finding f, String relativePath) {
        for (Config.Ignore ignore : config.ignores()) {
            boolean pathMatches = ignore.paths().isEmpty()
                    || ignore.paths().stream().anyMatch(g -> g.matchesPathOrParent(relativePath));
            boolean ruleMatches = ignore.ruleIds().isEmpty() || ignore.ruleIds().contains(f.ruleId());
            boolean pointerMatches = ignore.pointers().isEmpty() || (f.location().pointer() != null
                    && ignore.pointers().stream().anyMatch(p -> f.location().pointer().startsWith(p)));
            if (pathMatches && ruleMatches && pointerMatches) {
                return new Finding.Suppression(false, config.file() == null ? Message.of("suppression.configuration")
                        : Message.of("suppression.configFile").code("file", config.file().getFileName().toString()));
            }
        }
        return null;
    }

    /** The file's path relative to its configuration's directory, for {@code ignore.paths}. */
    private String configRelativePath(InputFile file) {
        if (file.path() != null && config.baseDirectory().isPresent()) {
            Path absolute = file.path().toAbsolutePath().normalize();
            Path base = config.baseDirectory().get().normalize();
            if (absolute.startsWith(base)) {
                return base.relativize(absolute).toString().replace('\\', '/');
            }
        }
        return file.displayPath();
    }

    private static String read(Path path) throws Unreadable {
        try {
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                throw new Unreadable(Span.START, EngineRules.PARSE_ERROR.message("tooLarge")
                        .number("size", size / (1024 * 1024)).number("limit", MAX_BYTES / (1024 * 1024)));
            }
            return decode(Files.readAllBytes(path));
        } catch (AccessDeniedException e) {
            throw new Unreadable(Span.START, EngineRules.PARSE_ERROR.message("permissionDenied"));
        } catch (NoSuchFileException e) {
            throw new Unreadable(Span.START, EngineRules.PARSE_ERROR.message("gone"));
        } catch (IOException e) {
            throw new Unreadable(Span.START, EngineRules.PARSE_ERROR.message("unreadable")
                    .verbatim("detail", String.valueOf(e.getMessage())));
        }
    }

    /** Strict UTF-8: a malformed byte is an E001 at its line and column, not a replacement character. */
    static String decode(byte[] bytes) throws Unreadable {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            int badByte = in.position();
            String before = new String(bytes, 0, badByte, StandardCharsets.UTF_8);
            SourceFile prefix = new SourceFile(null, "", before);
            int line = prefix.lineCount();
            int column = before.length() - prefix.lineStart(line) + 1;
            throw new Unreadable(Span.of(line, column, 1), EngineRules.PARSE_ERROR.message("notUtf8")
                    .code("byte", String.format("0x%02X", bytes[badByte] & 0xFF)).number("offset", badByte));
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    /** A file that could not be read or decoded. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;
        final transient Span span;
        final transient Message message;

        Unreadable(Span span, Message message) {
            super(message.key(), null, false, false);
            this.span = span;
            this.message = message;
        }

        /** The problem in English, for callers that print no language (the grader's submission reader). */
        @Override
        public String getMessage() {
            return Localizer.english().render(message);
        }
    }

    /** The findings of one file as they are reported. */
    private final class Findings {
        final String displayPath;
        final List<Finding> findings = new ArrayList<>();
        SourceFile source;
        Syntax inlineSyntax;
        /** For a Terraform module's file: findings past this line lie in another file of the module. */
        int ownLines;
        /** For a Terraform file: what each suppression comment covers. */
        TerraformUnits terraformUnits;
        Dockerfile dockerfile;
        SubjectReader.Naming naming = SubjectReader.Naming.NONE;
        List<SubjectReader.Suppression> declaredSuppressions = List.of();
        /** The rules that ran on this file: the ones its suppression comments can name. */
        final List<RuleMeta> ranRules = new ArrayList<>();

        Findings(String displayPath) {
            this.displayPath = displayPath;
        }

        /** A rule's message about a place, after the place's name in the source's terms when it has one. */
        Message named(String pointer, Message message) {
            String name = pointer == null ? null : naming.nameOf(pointer);
            return name == null ? message : Message.of("engine.atPlace").code("place", name).phrase("message", message);
        }

        List<RuleMeta> suppressibleRules() {
            List<RuleMeta> all = new ArrayList<>(EngineRules.ALL);
            all.addAll(ranRules);
            return all;
        }

        void engine(RuleMeta meta, Span span, String pointer, Message message) {
            engine(meta, span, pointer, message, meta.fixMessage());
        }

        /** @param fix the advice, when the rule's general fix does not fit this finding (null: the message says it) */
        void engine(RuleMeta meta, Span span, String pointer, Message message, Message fix) {
            if (ownLines > 0 && span.line() > ownLines) {
                return;
            }
            Config.RuleSetting setting = config.ruleSettings().get(meta.id());
            if (setting != null && setting.off()) {
                return;
            }
            Severity severity = setting == null ? meta.severity() : setting.severity();
            findings.add(new Finding(meta.id(), meta.name(), severity, message, span.in(displayPath, pointer),
                    fix, null));
        }
    }

    /** The context one rule sees while checking one file. */
    private static final class Context implements RuleContext {
        private final SourceFile source;
        private final InputFile file;
        private final LintSettings settings;
        private final RuleMeta meta;
        private final Severity severity;
        private final Findings out;

        Context(SourceFile source, InputFile file, LintSettings settings, RuleMeta meta, Severity severity,
                Findings out) {
            this.source = source;
            this.file = file;
            this.settings = settings;
            this.meta = meta;
            this.severity = severity;
            this.out = out;
        }

        @Override
        public SourceFile source() {
            return source;
        }

        @Override
        public LintSettings settings() {
            return settings;
        }

        @Override
        public void report(Span span, String pointer, Message message, Message fix, Severity ruleSeverity) {
            // the enabled severity differs from the default only when the configuration overrides it
            if (out.ownLines > 0 && span.line() > out.ownLines) {
                return; // it lies in another file of the Terraform module, and is reported there
            }
            Severity effective = ruleSeverity == null || severity != meta.severity() ? severity : ruleSeverity;
            Location location = span.in(out.displayPath, pointer);
            out.findings.add(new Finding(meta.id(), meta.name(), effective, out.named(pointer, message), location,
                    fix == null ? meta.fixMessage() : fix, null));
        }

        @Override
        public boolean siblingExists(String fileName) {
            return file.path() != null && Files.exists(file.path().resolveSibling(fileName));
        }
    }
}
