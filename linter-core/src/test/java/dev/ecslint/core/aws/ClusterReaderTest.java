package dev.ecslint.core.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecslint.core.engine.SubjectReader.Read;
import dev.ecslint.core.json.LocatedJsonReader;
import dev.ecslint.core.json.ParseProblem;
import dev.ecslint.core.model.SourceFile;
import org.junit.jupiter.api.Test;

class ClusterReaderTest {

    private final ClusterReader reader = new ClusterReader();

    @Test
    void readsCreateClusterInput() throws ParseProblem {
        Read read = read("{\"clusterName\": \"prod\", \"settings\": [{\"name\": \"containerInsights\", \"value\": \"enabled\"}]}");
        Cluster cluster = (Cluster) read.subjects().get(0);
        assertThat(cluster.form()).isEqualTo(Cluster.Form.CREATE_INPUT);
        assertThat(cluster.carriesSettings()).isTrue();
        assertThat(cluster.settings()).hasSize(1);
        assertThat(cluster.anchor().pointer()).isEqualTo("/settings");
    }

    @Test
    void readsTheCapacityProvidersJsonWithItsDefaultStrategy() throws ParseProblem {
        Read read = read("{\"capacityProviders\": [\"FARGATE\", \"FARGATE_SPOT\"], \"defaultCapacityProviderStrategy\":"
                + " [{\"capacityProvider\": \"FARGATE\", \"base\": 1, \"weight\": 1}]}");
        assertThat(((Cluster) read.subjects().get(0)).carriesSettings()).isFalse();
        CapacityProviderStrategy strategy = (CapacityProviderStrategy) read.subjects().get(1);
        assertThat(strategy.items()).singleElement().satisfies(i -> {
            assertThat(i.isSpot()).isFalse();
            assertThat(i.carriesTasks()).isTrue();
        });
    }

    @Test
    void recognizesClustersButNotServices() throws ParseProblem {
        assertThat(ClusterReader.recognizes(LocatedJsonReader.read("{\"clusterName\": \"c\"}"))).isTrue();
        assertThat(ClusterReader.recognizes(LocatedJsonReader.read("{\"clusters\": [{\"clusterArn\":"
                + " \"arn:aws:ecs:us-east-1:123456789012:cluster/prod\"}], \"failures\": []}"))).isTrue();
        assertThat(ClusterReader.recognizes(LocatedJsonReader.read("{\"clusters\": [{\"clusterArn\": \"a\"}]}")))
                .as("an ARN names its service").isFalse();
        assertThat(ClusterReader.recognizes(LocatedJsonReader.read("{\"clusterName\": \"c\", \"replicaCount\": 1,"
                + " \"image\": {\"tag\": \"v2\"}}"))).as("a Helm values file naming its cluster").isFalse();
        assertThat(ClusterReader.recognizes(LocatedJsonReader.read(
                "{\"serviceName\": \"s\", \"capacityProviderStrategy\": []}"))).isFalse();
    }

    private Read read(String text) throws ParseProblem {
        return reader.read(LocatedJsonReader.read(text), new SourceFile(null, "c.json", text));
    }
}
