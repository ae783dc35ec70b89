package dev.ecslint.core.mapping;

import dev.ecslint.core.engine.SubjectReader.Alternatives;
import dev.ecslint.core.engine.SubjectReader.Naming;
import dev.ecslint.core.engine.SubjectReader.Read;
import dev.ecslint.core.engine.SubjectReader.SchemaCheck;
import dev.ecslint.core.engine.SubjectReader.Suppression;
import dev.ecslint.core.engine.SubjectReader.Variant;
import dev.ecslint.core.json.ParseProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Collects what a source mapper found in one document into the engine's {@link Read}: parts that are always
 * deployed, groups of variants of which one is, how the source names places, and the suppressions the
 * document declares.
 */
public final class MappedRead {

    private final List<Object> subjects = new ArrayList<>();
    private final List<SchemaCheck> checks = new ArrayList<>();
    private final List<Alternatives> alternatives = new ArrayList<>();
    private final List<Suppression> suppressions = new ArrayList<>();
    private final List<ParseProblem> problems = new ArrayList<>();
    private Naming naming = Naming.NONE;

    public MappedRead add(AwsSubjects.Part part) {
        subjects.addAll(part.subjects());
        checks.addAll(part.schemaChecks());
        return this;
    }


    /**
     * Adds one part per variant; a finding counts when every variant has it. {@code sharedPointers} gives,
     * per variant, how a pointer in it reads in all of them.
     */
    public MappedRead addVariants(List<AwsSubjects.Part> parts, List<UnaryOperator<String>> sharedPointers) {
        if (parts.size() == 1) {
            return add(parts.get(0));
        }
        List<Variant> variants = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            variants.add(new Variant(parts.get(i).subjects(), parts.get(i).schemaChecks(), sharedPointers.get(i)));
        }
        alternatives.add(new Alternatives(variants));
        return this;
    }

    public MappedRead naming(Naming value) {
        naming = value;
        return this;
    }

    public MappedRead suppress(Suppression suppression) {
        suppressions.add(suppression);
        return this;
    }

    /** A part of the document that cannot be read: an E001 at its place, the rest is still checked. */
    public MappedRead problem(ParseProblem problem) {
        if (problems.stream().noneMatch(p -> p.span().equals(problem.span())
                && p.getMessage().equals(problem.getMessage()))) {
            problems.add(problem); // once, although every variant of a resource meets it
        }
        return this;
    }

    public Read build() {
        return new Read(subjects, checks, alternatives, naming, suppressions, problems);
    }
}
