package dev.ecslint.core.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecslint.core.engine.SubjectReader.Read;
import dev.ecslint.core.i18n.Localizer;
import dev.ecslint.core.json.LocatedJsonReader;
import dev.ecslint.core.json.ParseProblem;
import dev.ecslint.core.model.SourceFile;
import org.junit.jupiter.api.Test;

class RepositoryReaderTest {

    private final RepositoryReader reader = new RepositoryReader();

    @Test
    void readsCreateRepositoryInputAndDescriptions() throws ParseProblem {
        Repository created = (Repository) read("{\"repositoryName\": \"web\", \"imageTagMutability\": \"IMMUTABLE\"}")
                .subjects().get(0);
        assertThat(created.form()).isEqualTo(Repository.Form.CREATE_INPUT);
        assertThat(created.isPublic()).isFalse();
        Read described = read("{\"repositories\": [{\"repositoryName\": \"a\","
                + " \"repositoryUri\": \"public.ecr.aws/x1y2z3/a\"}]}");
        assertThat(((Repository) described.subjects().get(0)).isPublic()).isTrue();
    }

    @Test
    void readsTheRepositoryPolicyInsidePolicyText() throws ParseProblem {
        Read read = read("{\"repositoryName\": \"web\", \"policyText\": \"{\\\"Statement\\\": {\\\"Effect\\\": \\\"Allow\\\"}}\"}");
        RepositoryPolicy policy = (RepositoryPolicy) read.subjects().get(0);
        assertThat(Localizer.english().render(policy.repository())).isEqualTo("repository `web`");
        assertThat(policy.statements()).singleElement()
                .satisfies(s -> assertThat(s.pointer()).isEqualTo("/policyText/Statement"));
    }

    @Test
    void recognizesRepositoriesButNotLifecyclePolicyWrappers() throws ParseProblem {
        assertThat(RepositoryReader.recognizes(LocatedJsonReader.read("{\"repositoryName\": \"web\"}"))).isTrue();
        assertThat(RepositoryReader.recognizes(LocatedJsonReader.read(
                "{\"repositoryName\": \"web\", \"lifecyclePolicyText\": \"{}\"}"))).isFalse();
    }

    private Read read(String text) throws ParseProblem {
        return reader.read(LocatedJsonReader.read(text), new SourceFile(null, "r.json", text));
    }
}
