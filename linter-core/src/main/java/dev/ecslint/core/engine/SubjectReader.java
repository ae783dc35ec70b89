package dev.ecslint.core.engine;

import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.json.ParseProblem;
import dev.ecslint.core.model.SourceFile;
import java.util.List;

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
     * @param subjects  model objects; each rule runs on every subject of its {@code subjectType()}
     * @param schemaChecks parts of the document to validate before the rules run (E002)
     */
    record Read(List<Object> subjects, List<SchemaCheck> schemaChecks) {
        public Read {
            subjects = List.copyOf(subjects);
            schemaChecks = List.copyOf(schemaChecks);
        }
    }

    /**
     * Validate {@code node} against the classpath resource {@code schemas/<schema>.schema.json}
     * (the rules module ships them). Violations are located through the node's own pointer.
     */
    record SchemaCheck(String schema, JsonValue node) { }
}
