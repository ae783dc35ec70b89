package dev.ecslint.rules.dockerfile;

import dev.ecslint.core.dockerfile.AbstractDockerfileRule;
import dev.ecslint.core.dockerfile.Dockerfile;
import dev.ecslint.core.dockerfile.Instruction;
import dev.ecslint.core.dockerfile.Stage;
import dev.ecslint.core.dockerfile.Token;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import java.nio.file.Path;

/** DF042: the whole build context is copied and no {@code .dockerignore} sits beside the Dockerfile. */
public final class MissingDockerignoreRule extends AbstractDockerfileRule {

    private static final RuleMeta META = RuleMeta.builder("DF042", "missing-dockerignore")
            .title("Add a .dockerignore when copying the whole build context")
            .severity(Severity.INFO)
            .category(Category.SECURITY)
            .kinds(DocumentKind.DOCKERFILE)
            .rationale("`COPY . .` copies everything in the build context. Without a .dockerignore that includes "
                    + "`.git` (history, sometimes tokens), `node_modules`, local `.env` files and build output: "
                    + "secrets leak into the image, it grows, and every unrelated change breaks the cache. Checked "
                    + "only for files on disk, where the neighbouring files are known.")
            .fix("Create a .dockerignore next to the Dockerfile listing at least `.git`, `.env*`, `node_modules` and "
                    + "build output, or copy only the paths the image needs.")
            .bad("Dockerfile", "FROM node:20-slim\nWORKDIR /app\nCOPY . .\nCMD [\"node\", \"server.js\"]\n")
            .good("Dockerfile", "FROM node:20-slim\nWORKDIR /app\nCOPY package.json server.js ./\n"
                    + "CMD [\"node\", \"server.js\"]\n")
            .references("https://docs.docker.com/build/concepts/context/#dockerignore-files",
                    "https://docs.docker.com/build/building/best-practices/#exclude-with-dockerignore")
            .message("noDockerignore", "{copy} copies the whole build context and there is no .dockerignore beside "
                    + "this Dockerfile, so `.git`, dependency folders and local `.env` files go into the image; add a "
                    + ".dockerignore listing them")
            .build();

    public MissingDockerignoreRule() {
        super(META);
    }

    @Override
    public void check(Dockerfile dockerfile, RuleContext ctx) {
        Path file = ctx.source().path();
        if (file == null || file.getFileName() == null || ctx.siblingExists(".dockerignore")
                // BuildKit prefers <Dockerfile name>.dockerignore beside a Dockerfile of another name
                || ctx.siblingExists(file.getFileName() + ".dockerignore")) {
            return;
        }
        for (Stage stage : dockerfile.stages()) {
            for (Instruction copy : stage.instructions()) {
                if (!(copy.is("COPY") || copy.is("ADD")) || copy.hasFlag("from")) {
                    continue;
                }
                for (Token source : copy.sources()) {
                    if (Instructions.isWholeContext(source)) {
                        ctx.report(source, META.message("noDockerignore").code("copy", copy.keyword() + " " + source.value()));
                        return;
                    }
                }
            }
        }
    }
}
