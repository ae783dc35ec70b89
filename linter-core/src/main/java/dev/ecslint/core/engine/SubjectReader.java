package dev.ecslint.core.engine;

import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.json.ParseProblem;
import dev.ecslint.core.model.SourceFile;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Turns the located tree of a structured document of one kind into the model objects rules inspect
 * (a {@code TaskDefinition} and its {@code ContainerSpec}s, a {@code LifecyclePolicy}, …), and names
 * the parts of the tree to validate against which JSON Schema.
 */
public interface SubjectReader {

    Read read(JsonValue root, SourceFile source) throws ParseProblem;

    /**
     * The model types {@link #read} yields as subjects. A rule applies to a document kind only when the kind's
     * reader yields the rule's subject type, which is what the rule reference and the run summary say.
     */
    List<Class<?>> subjectTypes();

    /**
     * @param subjects     model objects; each rule runs on every subject of its {@code subjectType()}
     * @param schemaChecks parts of the document to validate before the rules run (E002)
     * @param alternatives groups of subjects of which only one is deployed (CloudFormation {@code Fn::If}
     *                     branches): a finding counts only when every variant of its group has it
     * @param naming       how the source names the place a finding's pointer points at; rule findings
     *                     name it before their message ({@code TaskDef.Properties.ContainerDefinitions[0].User:})
     * @param suppressions suppressions the document declares about its own parts (CloudFormation resource
     *                     {@code Metadata}), beside the comment suppressions the engine reads itself
     * @param problems     parts that could not be read (an invalid policy text in one resource of a template),
     *                     each an E001 while the rest of the document is checked
     */
    record Read(List<Object> subjects, List<SchemaCheck> schemaChecks, List<Alternatives> alternatives,
                Naming naming, List<Suppression> suppressions, List<ParseProblem> problems) {
        public Read {
            subjects = List.copyOf(subjects);
            schemaChecks = List.copyOf(schemaChecks);
            alternatives = List.copyOf(alternatives);
            suppressions = List.copyOf(suppressions);
            problems = List.copyOf(problems);
        }

        /** A document read as it is: no alternatives, no naming of its own, no declared suppressions. */
        public Read(List<Object> subjects, List<SchemaCheck> schemaChecks) {
            this(subjects, schemaChecks, List.of(), Naming.NONE, List.of(), List.of());
        }
    }

    /**
     * Validate {@code node} against the classpath resource {@code schemas/<schema>.schema.json}
     * (the rules module ships them). Violations are located through the node's own pointer.
     *
     * @param declared the node is a resource declared in infrastructure code: scalars convert as
     *                 CloudFormation converts them ({@code "80"} for a number, {@code 80} or {@code true}
     *                 for a string), so type errors such a conversion fixes are not violations, and the
     *                 properties the API requires of the resource itself (a family, a name) may be left
     *                 for the deployment to fill in
     */
    record SchemaCheck(String schema, JsonValue node, boolean declared) {
        public SchemaCheck(String schema, JsonValue node) {
            this(schema, node, false);
        }
    }

    /**
     * How a source names a place in its own terms, from the RFC 6901 pointer of a node in the user's file:
     * {@code /Resources/TaskDef/Properties/ContainerDefinitions/0/User} is
     * {@code TaskDef.Properties.ContainerDefinitions[0].User} in a template, {@code /services/web/user} is
     * {@code services.web.user} in a compose file. AWS JSON documents need no name beside their pointer.
     */
    @FunctionalInterface
    interface Naming {
        Naming NONE = pointer -> null;

        /** The place's name, or {@code null} when the pointer names nothing the source can name. */
        String nameOf(String pointer);
    }

    /**
     * A suppression a document declares for one of its parts: every finding whose pointer is {@code pointer}
     * or below it, of the rules named (ids or names), is suppressed in source with the reason given.
     */
    record Suppression(String pointer, Set<String> rules, String reason) {
        public Suppression {
            rules = Set.copyOf(rules);
            reason = reason == null ? "" : reason;
        }

        public boolean covers(String findingPointer) {
            return findingPointer != null && (findingPointer.equals(pointer) || findingPointer.startsWith(pointer + "/"));
        }
    }

    /** Variants of one part of a document, of which exactly one is deployed. */
    record Alternatives(List<Variant> variants) {
        public Alternatives {
            variants = List.copyOf(variants);
        }
    }

    /**
     * One variant: its subjects and schema checks, and how a finding's pointer in it reads in every variant
     * ({@code sharedPointer}), so that the same finding on two branches of one {@code Fn::If} is recognised
     * as one.
     */
    record Variant(List<Object> subjects, List<SchemaCheck> schemaChecks, UnaryOperator<String> sharedPointer) {
        public Variant {
            subjects = List.copyOf(subjects);
            schemaChecks = List.copyOf(schemaChecks);
        }
    }
}
