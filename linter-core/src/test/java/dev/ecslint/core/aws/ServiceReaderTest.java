package dev.ecslint.core.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecslint.core.engine.SubjectReader.Read;
import dev.ecslint.core.i18n.Language;
import dev.ecslint.core.i18n.Localizer;
import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.json.LocatedJsonReader;
import dev.ecslint.core.json.ParseProblem;
import dev.ecslint.core.model.SourceFile;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceReaderTest {

    private final ServiceReader reader = new ServiceReader();

    @Test
    void readsCreateServiceInputWithItsCapacityProviderStrategy() throws ParseProblem {
        Read read = read("{\"serviceName\": \"web\", \"desiredCount\": 2, \"capacityProviderStrategy\":"
                + " [{\"capacityProvider\": \"FARGATE_SPOT\", \"weight\": 1}]}");
        assertThat(read.subjects()).hasSize(2);
        Service service = (Service) read.subjects().get(0);
        assertThat(service.form()).isEqualTo(Service.Form.CREATE_INPUT);
        assertThat(Localizer.english().render(service.label())).isEqualTo("service `web`");
        assertThat(Localizer.of(Language.KO, getClass().getClassLoader()).render(service.label()))
                .isEqualTo("`web` 서비스");
        CapacityProviderStrategy strategy = (CapacityProviderStrategy) read.subjects().get(1);
        assertThat(strategy.items()).singleElement().satisfies(i -> assertThat(i.isSpot()).isTrue());
    }

    @Test
    void readsUpdateServiceInputAndDescriptions() throws ParseProblem {
        assertThat(((Service) read("{\"cluster\": \"c\", \"service\": \"web\", \"desiredCount\": 3}").subjects().get(0))
                .form()).isEqualTo(Service.Form.UPDATE_INPUT);
        Read described = read("{\"services\": [{\"serviceName\": \"a\"}, {\"serviceName\": \"b\"}], \"failures\": []}");
        assertThat(described.subjects()).hasSize(2).allMatch(s -> ((Service) s).form() == Service.Form.DESCRIPTION);
        assertThat(((Service) read("{\"service\": {\"serviceArn\": \"arn\"}}").subjects().get(0)).pointer())
                .isEqualTo("/service");
        Service unnamed = (Service) read("{\"cluster\": \"c\", \"service\": \"\", \"desiredCount\": 3}")
                .subjects().get(0);
        assertThat(Localizer.english().render(unnamed.label())).as("an empty name names nothing")
                .isEqualTo("the service");
    }

    @Test
    void recognizesServicesButNotTaskDefinitionsOrRunTaskInput() throws ParseProblem {
        assertThat(recognizes("{\"serviceName\": \"web\", \"taskDefinition\": \"t\"}")).isTrue();
        assertThat(recognizes("{\"desiredCount\": 1, \"launchType\": \"EC2\"}")).isTrue();
        assertThat(recognizes("{\"family\": \"t\", \"containerDefinitions\": []}")).isFalse();
        assertThat(recognizes("{\"cluster\": \"c\", \"taskDefinition\": \"t\", \"count\": 1}")).isFalse();
        assertThat(recognizes("{\"clusterName\": \"c\"}")).isFalse();
    }

    @Test
    void readsEveryCorpusServiceWithoutException() throws ParseProblem {
        List<Path> files = CorpusFiles.in("services");
        int services = 0;
        for (Path file : files) {
            String text = CorpusFiles.text(file);
            JsonValue root = LocatedJsonReader.read(text);
            assertThat(ServiceReader.recognizes(root)).as(file.toString()).isTrue();
            services += reader.read(root, new SourceFile(file, file.toString(), text)).subjects().size();
        }
        assertThat(services).isGreaterThanOrEqualTo(files.size());
    }

    private static boolean recognizes(String json) throws ParseProblem {
        return ServiceReader.recognizes(LocatedJsonReader.read(json));
    }

    private Read read(String text) throws ParseProblem {
        return reader.read(LocatedJsonReader.read(text), new SourceFile(null, "s.json", text));
    }
}
