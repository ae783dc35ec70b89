package dev.ecslint.rules.dockerfile;

import dev.ecslint.core.dockerfile.AbstractDockerfileRule;
import dev.ecslint.core.dockerfile.Dockerfile;
import dev.ecslint.core.dockerfile.Flag;
import dev.ecslint.core.dockerfile.Instruction;
import dev.ecslint.core.dockerfile.Stage;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import java.util.Optional;

/** DF025: {@code COPY --from} naming no earlier stage, or the stage it is in. */
public final class CopyFromUnknownStageRule extends AbstractDockerfileRule {

    private static final RuleMeta META = RuleMeta.builder("DF025", "copy-from-unknown-stage")
            .title("COPY --from must name an earlier stage or an image")
            .severity(Severity.ERROR)
            .category(Category.CORRECTNESS)
            .kinds(DocumentKind.DOCKERFILE)
            .rationale("`COPY --from=x` reads from an earlier build stage named or numbered `x`; anything else "
                    + "is pulled as an image called `x`. A typo in a stage name, a stage defined later, or the "
                    + "stage's own name therefore fails the build or silently copies from a Docker Hub image.")
            .fix("Name a stage defined above (its `AS` alias or its 0-based index), or write an image reference "
                    + "with a tag (`nginx:1.27`) when you mean an image.")
            .bad("Dockerfile", "FROM golang:1.22 AS build\nRUN go build -o /app .\n"
                    + "FROM gcr.io/distroless/static:nonroot\nCOPY --from=builder /app /app\n")
            .good("Dockerfile", "FROM golang:1.22 AS build\nRUN go build -o /app .\n"
                    + "FROM gcr.io/distroless/static:nonroot\nCOPY --from=build /app /app\n")
            .references("https://docs.docker.com/reference/dockerfile/#copy---from",
                    "https://docs.docker.com/build/building/multi-stage/")
            .message("itself", "{copy} names the stage it is in; a stage cannot copy from itself: copy from an "
                    + "earlier stage or use a plain `COPY`")
            .message("later", "{copy} names a stage defined later (line {line}); a stage can only copy from stages "
                    + "above it: move that stage before this one")
            .message("unknown", "{copy} names no earlier stage, so Docker would pull an image called {name}; fix the "
                    + "stage name, or write an image reference with a tag ({image}) if you mean an image")
            .message("fixName", "Name a stage defined above (its `AS` alias or its 0-based index), or write an image "
                    + "reference with a tag ({image}) when you mean an image.")
            .message("fixItself", "Copy from an earlier stage, or use a plain `COPY` from the build context.")
            .message("fixLater", "Move stage {name} (line {line}) above the stage that copies from it.")
            .equivalents("DL3022", "DL3023", "DS006", "DS018", "68a51e22-ae5a-4d48-8e87-b01a323605c9",
                    "cdddb86f-95f6-4fc4-b5a1-483d9afceb2b")
            .build();

    public CopyFromUnknownStageRule() {
        super(META);
    }

    @Override
    public void check(Dockerfile dockerfile, RuleContext ctx) {
        // ONBUILD COPY --from refers to the stages of the build that uses this image: not checked here
        for (Stage stage : dockerfile.stages()) {
            for (Instruction copy : stage.instructions("COPY")) {
                copy.flag("from").filter(Flag::hasValue)
                        .ifPresent(from -> check(dockerfile, stage, from, ctx));
            }
        }
    }

    private static void check(Dockerfile dockerfile, Stage stage, Flag from, RuleContext ctx) {
        Optional<String> resolved = dockerfile.resolve(from.value(), stage);
        if (resolved.isEmpty() || resolved.get().isEmpty()) {
            return;
        }
        String name = resolved.get();
        if (stage.isNamed(name) || String.valueOf(stage.index()).equals(name)) {
            ctx.report(from.valueSpan(), null, META.message("itself").code("copy", "COPY --from=" + name),
                    META.message("fixItself"), null);
            return;
        }
        if (dockerfile.stage(name, stage.index()).isPresent() || name.contains("/") || name.contains(":")) {
            return;
        }
        Optional<Stage> later = dockerfile.stage(name, dockerfile.stages().size());
        if (later.isPresent()) {
            ctx.report(from.valueSpan(), null, META.message("later").code("copy", "COPY --from=" + name)
                    .number("line", later.get().from().line()),
                    META.message("fixLater").code("name", name).number("line", later.get().from().line()), null);
        } else {
            ctx.report(from.valueSpan(), null, META.message("unknown").code("copy", "COPY --from=" + name)
                    .code("name", name).code("image", name + ":<version>"),
                    META.message("fixName").code("image", name + ":<version>"), null);
        }
    }
}
