package dev.ecslint.rules.dockerfile;

import dev.ecslint.core.dockerfile.AbstractDockerfileRule;
import dev.ecslint.core.dockerfile.Dockerfile;
import dev.ecslint.core.dockerfile.Stage;
import dev.ecslint.core.dockerfile.Token;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import java.util.HashMap;
import java.util.Map;

/** DF026: two stages with the same alias. */
public final class DuplicateStageNameRule extends AbstractDockerfileRule {

    private static final RuleMeta META = RuleMeta.builder("DF026", "duplicate-stage-name")
            .title("Give every build stage a unique name")
            .severity(Severity.ERROR)
            .category(Category.CORRECTNESS)
            .kinds(DocumentKind.DOCKERFILE)
            .rationale("Stage names are case-insensitive and must be unique: BuildKit rejects a Dockerfile whose "
                    + "stages share a name, and `COPY --from`/`--target` could not tell them apart.")
            .fix("Rename one of the stages (`AS build-api`, `AS build-web`) and update the `COPY --from` that "
                    + "uses it.")
            .bad("Dockerfile", "FROM node:20 AS build\nRUN npm ci\nFROM golang:1.22 AS Build\nRUN go build ./...\n")
            .good("Dockerfile", "FROM node:20 AS build-web\nRUN npm ci\nFROM golang:1.22 AS build-api\n"
                    + "RUN go build ./...\n")
            .references("https://docs.docker.com/reference/dockerfile/#from",
                    "https://docs.docker.com/build/building/multi-stage/#name-your-build-stages")
            .message("duplicate", "stage name {name} is already used by the stage at line {line} (names ignore "
                    + "case), which BuildKit rejects; give this stage a different name and update the `COPY --from` "
                    + "that uses it")
            .equivalents("DL3024", "DS012", "CKV_DOCKER_11", "f2daed12-c802-49cd-afed-fe41d0b82fed")
            .build();

    public DuplicateStageNameRule() {
        super(META);
    }

    @Override
    public void check(Dockerfile dockerfile, RuleContext ctx) {
        Map<String, Stage> firstByName = new HashMap<>();
        for (Stage stage : dockerfile.stages()) {
            if (stage.alias().isEmpty()) {
                continue;
            }
            Token alias = stage.alias().get();
            Stage first = firstByName.putIfAbsent(stage.name().orElseThrow(), stage);
            if (first != null) {
                ctx.report(alias, META.message("duplicate").code("name", alias.value()).number("line", first.from().line()));
            }
        }
    }
}
