package dev.ecslint.rules.dockerfile;

import dev.ecslint.core.dockerfile.AbstractDockerfileRule;
import dev.ecslint.core.dockerfile.Dockerfile;
import dev.ecslint.core.dockerfile.Instruction;
import dev.ecslint.core.dockerfile.Token;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import java.util.ArrayList;
import java.util.List;

/** DF007: {@code ADD} used for local files that {@code COPY} copies without surprises. */
public final class AddInsteadOfCopyRule extends AbstractDockerfileRule {

    private static final RuleMeta META = RuleMeta.builder("DF007", "add-instead-of-copy")
            .title("Use COPY, not ADD, for local files and folders")
            .severity(Severity.WARNING)
            .category(Category.MAINTAINABILITY)
            .kinds(DocumentKind.DOCKERFILE)
            .rationale("ADD does more than copy: it extracts local tar archives and fetches URLs. Used for plain "
                    + "files it hides that magic from the reader, and a file that later happens to be an archive "
                    + "gets unpacked instead of copied. COPY does exactly one thing; keep ADD for the archives "
                    + "you want extracted.")
            .fix("Replace ADD with COPY for local files and directories (`COPY app.jar /app/`); keep ADD only for "
                    + "a local .tar/.tar.gz archive you want extracted.")
            .bad("Dockerfile", "FROM eclipse-temurin:21-jre\nADD target/app.jar /app/app.jar\n")
            .good("Dockerfile", "FROM eclipse-temurin:21-jre\nCOPY target/app.jar /app/app.jar\n"
                    + "ADD vendor/tools.tar.gz /opt/tools/\n")
            .references("https://docs.docker.com/reference/dockerfile/#add",
                    "https://docs.docker.com/build/building/best-practices/#add-or-copy")
            .message("addHeredoc", "ADD of here-document {sources} only writes its text into a file, which is what "
                    + "COPY does without ADD's archive and URL handling; use COPY")
            .message("addLocal", "ADD of local {sources} only copies, and ADD would silently extract an archive; use "
                    + "COPY, which does just that")
            .equivalents("DL3020", "DS005", "CKV_DOCKER_4", "9513a694-aa0d-41d8-be61-3271e056f36b")
            .build();

    public AddInsteadOfCopyRule() {
        super(META);
    }

    @Override
    public void check(Dockerfile dockerfile, RuleContext ctx) {
        for (Instruction add : Instructions.withTriggers(dockerfile, "ADD")) {
            List<String> plain = new ArrayList<>();
            for (Token source : add.sources()) {
                String value = source.value();
                // a source held in a variable may be a URL or an archive: unknown
                if (source.hasVariable() && value.startsWith("$") || AddSources.isRemote(value)
                        || AddSources.isArchive(value)) {
                    continue;
                }
                plain.add(value);
            }
            if (!plain.isEmpty()) {
                boolean heredocs = plain.stream().allMatch(source -> source.startsWith("<<"));
                ctx.report(add.keywordSpan(), null, META.message(heredocs ? "addHeredoc" : "addLocal").codes("sources", plain));
            }
        }
    }
}
