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
import java.util.List;
import java.util.Optional;

/** DF038: several sources copied to a destination that is not a directory ({@code /} at the end). */
public final class CopyMultipleToFileRule extends AbstractDockerfileRule {

    private static final RuleMeta META = RuleMeta.builder("DF038", "copy-multiple-to-file")
            .title("End the destination with / when copying several sources")
            .severity(Severity.ERROR)
            .category(Category.CORRECTNESS)
            .kinds(DocumentKind.DOCKERFILE)
            .rationale("When COPY or ADD has more than one source, Docker requires the destination to be a "
                    + "directory written with a trailing `/`; otherwise the build fails. Sources are counted as "
                    + "written, a wildcard being one source, as hadolint counts them.")
            .fix("Add the trailing slash to the destination: `COPY package.json package-lock.json ./`.")
            .bad("Dockerfile", "FROM node:20-slim\nWORKDIR /app\nCOPY package.json package-lock.json .\n")
            .good("Dockerfile", "FROM node:20-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\n")
            .references("https://docs.docker.com/reference/dockerfile/#copy",
                    "https://docs.docker.com/reference/dockerfile/#add")
            .message("notDirectory", "{keyword} has {count} sources but its destination {destination} does not end with "
                    + "`/`, and Docker fails such a build; write {directory}")
            .equivalents("DL3021", "DS011", "6db6e0c2-32a3-4a2e-93b5-72c35f4119db")
            .build();

    public CopyMultipleToFileRule() {
        super(META);
    }

    @Override
    public void check(Dockerfile dockerfile, RuleContext ctx) {
        for (String keyword : List.of("COPY", "ADD")) {
            for (Instruction copy : Instructions.withTriggers(dockerfile, keyword)) {
                List<Token> sources = copy.sources();
                Optional<Token> destination = copy.destination();
                if (sources.size() < 2 || destination.isEmpty()) {
                    continue;
                }
                Token dest = destination.get();
                Optional<String> resolved = dockerfile.stageOf(copy)
                        .flatMap(stage -> dockerfile.resolve(dest.value(), stage))
                        .or(() -> dest.hasVariable() ? Optional.empty() : Optional.of(dest.value()));
                if (resolved.isEmpty() || resolved.get().endsWith("/") || resolved.get().endsWith("\\")) {
                    continue;
                }
                ctx.report(dest, META.message("notDirectory").verbatim("keyword", copy.keyword()).number("count", sources.size())
                        .code("destination", dest.value()).code("directory", dest.value() + "/"));
            }
        }
    }
}
