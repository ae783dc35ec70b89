package dev.ecslint.rules.dockerfile;

import dev.ecslint.core.dockerfile.AbstractDockerfileRule;
import dev.ecslint.core.dockerfile.Dockerfile;
import dev.ecslint.core.dockerfile.Instruction;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import java.util.regex.Pattern;

/** DF016: WORKDIR with a relative path, which depends on the WORKDIR before it. */
public final class RelativeWorkdirRule extends AbstractDockerfileRule {

    private static final RuleMeta META = RuleMeta.builder("DF016", "relative-workdir")
            .title("Use an absolute path in WORKDIR")
            .severity(Severity.WARNING)
            .category(Category.RELIABILITY)
            .kinds(DocumentKind.DOCKERFILE)
            .rationale("A relative WORKDIR is resolved against the previous WORKDIR, which may come from the base "
                    + "image: when the base image changes its working directory, files land somewhere else and "
                    + "the container fails to start. An absolute path says where the application lives.")
            .fix("Write the full path: `WORKDIR /app` (or `WORKDIR $APP_HOME` with an absolute value).")
            .bad("Dockerfile", "FROM node:20-alpine\nWORKDIR app\nCOPY . .\n")
            .good("Dockerfile", "FROM node:20-alpine\nWORKDIR /app\nCOPY . .\n")
            .references("https://docs.docker.com/reference/dockerfile/#workdir",
                    "https://docs.docker.com/build/building/best-practices/#workdir")
            .message("relative", "{workdir} is relative to whatever WORKDIR came before (possibly the base "
                    + "image's); use an absolute path such as {absolute}")
            .message("fixAbsolute", "Write the full path: {absolute}, or the absolute path the image expects.")
            .equivalents("DL3000", "DS009", "CKV_DOCKER_10", "6b376af8-cfe8-49ab-a08d-f32de23661a4")
            .build();

    public RelativeWorkdirRule() {
        super(META);
    }

    /** {@code C:\app}, {@code C:/app}, {@code C:}. */
    private static final Pattern WINDOWS_DRIVE = Pattern.compile("^[A-Za-z]:([\\\\/].*)?$");

    @Override
    public void check(Dockerfile dockerfile, RuleContext ctx) {
        for (Instruction workdir : Instructions.withTriggers(dockerfile, "WORKDIR")) {
            String path = unquote(workdir.argumentText().value().trim());
            if (path.isEmpty() || path.startsWith("/") || path.startsWith("$") || WINDOWS_DRIVE.matcher(path).matches()) {
                continue;
            }
            ctx.report(workdir.argumentText(), META.message("relative").code("workdir", "WORKDIR " + path)
                    .code("absolute", "/" + path), META.message("fixAbsolute").code("absolute", "WORKDIR /" + path));
        }
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
