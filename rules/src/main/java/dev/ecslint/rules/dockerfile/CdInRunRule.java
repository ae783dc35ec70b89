package dev.ecslint.rules.dockerfile;

import dev.ecslint.core.dockerfile.AbstractDockerfileRule;
import dev.ecslint.core.dockerfile.Dockerfile;
import dev.ecslint.core.dockerfile.Instruction;
import dev.ecslint.core.dockerfile.ShellCommand;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;

/** DF015: {@code cd} in a RUN where WORKDIR would say it once, for every later instruction. */
public final class CdInRunRule extends AbstractDockerfileRule {

    private static final RuleMeta META = RuleMeta.builder("DF015", "cd-in-run")
            .title("Use WORKDIR instead of cd in RUN")
            .severity(Severity.INFO)
            .category(Category.MAINTAINABILITY)
            .kinds(DocumentKind.DOCKERFILE)
            .rationale("A `cd` lasts only until the end of its RUN, so the next instruction silently runs in the "
                    + "old directory again; long `cd a && … && cd ../b` chains are hard to follow. WORKDIR sets the "
                    + "directory for every following RUN, CMD, COPY and ENTRYPOINT and creates it when missing. "
                    + "A `cd` inside a subshell `( cd dir && make )` is scoped on purpose and is not reported.")
            .fix("Replace `RUN cd /app && npm ci` by `WORKDIR /app` followed by `RUN npm ci`, or scope the change "
                    + "with a subshell: `RUN (cd vendor && make)`.")
            .bad("Dockerfile", "FROM node:20-alpine\nCOPY . /app\nRUN cd /app && npm ci --omit=dev\n")
            .good("Dockerfile", "FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nRUN npm ci --omit=dev\n")
            .references("https://docs.docker.com/reference/dockerfile/#workdir",
                    "https://docs.docker.com/build/building/best-practices/#workdir")
            .message("cd", "{cd} lasts only until the end of this RUN; set the directory with {workdir} before the "
                    + "RUN instead")
            .message("fixWorkdir", "Set the directory with {workdir} before this RUN, or scope the change in a "
                    + "subshell: {subshell}.")
            .equivalents("DL3003", "DS013", "f4a6bcd3-e231-4acf-993c-aa027be50d2e")
            .build();

    public CdInRunRule() {
        super(META);
    }

    @Override
    public void check(Dockerfile dockerfile, RuleContext ctx) {
        for (Instruction run : Instructions.withTriggers(dockerfile, "RUN")) {
            for (ShellCommand c : dockerfile.commandsOf(run).named("cd")) {
                if (c.inSubshell()) {
                    continue;
                }
                String dir = c.positionals().isEmpty() ? "~" : c.positionals().get(0).value();
                ctx.report(c.command(), META.message("cd").code("cd", "cd " + dir).code("workdir", "WORKDIR " + dir),
                        META.message("fixWorkdir").code("workdir", "WORKDIR " + dir).code("subshell", "(cd " + dir + " && …)"));
            }
        }
    }
}
