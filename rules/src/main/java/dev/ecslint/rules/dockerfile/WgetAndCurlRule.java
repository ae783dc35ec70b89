package dev.ecslint.rules.dockerfile;

import dev.ecslint.core.dockerfile.AbstractDockerfileRule;
import dev.ecslint.core.dockerfile.Dockerfile;
import dev.ecslint.core.dockerfile.Instruction;
import dev.ecslint.core.dockerfile.ShellCommand;
import dev.ecslint.core.dockerfile.Stage;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import java.util.HashMap;
import java.util.Map;

/** DF027: {@code wget} and {@code curl} both used in one stage. */
public final class WgetAndCurlRule extends AbstractDockerfileRule {

    private static final RuleMeta META = RuleMeta.builder("DF027", "wget-and-curl")
            .title("Use either wget or curl in a stage, not both")
            .severity(Severity.STYLE)
            .category(Category.EFFICIENCY)
            .kinds(DocumentKind.DOCKERFILE)
            .rationale("wget and curl do the same job; installing and using both makes the image bigger and the "
                    + "download steps harder to review.")
            .fix("Pick one tool for the stage (curl -fsSL or wget -qO-) and rewrite the other downloads with it.")
            .bad("Dockerfile", "FROM debian:12-slim\nRUN wget -q https://example.com/a.tgz\n"
                    + "RUN curl -fsSLO https://example.com/b.tgz\n")
            .good("Dockerfile", "FROM debian:12-slim\nRUN curl -fsSLO https://example.com/a.tgz\n"
                    + "RUN curl -fsSLO https://example.com/b.tgz\n")
            .references("https://docs.docker.com/build/building/best-practices/#dont-install-unnecessary-packages")
            .message("both", "this stage uses both {other} (line {line}) and {tool}; use one download tool so the "
                    + "image ships only one")
            .equivalents("DL4001", "DS014", "fc775e75-fcfb-4c98-b2f2-910c5858b359")
            .build();

    public WgetAndCurlRule() {
        super(META);
    }

    /**
     * As hadolint: once one tool has been seen in a stage, each {@code RUN} that uses the other one is
     * reported, at its first use of a tool whose counterpart appeared before it.
     */
    @Override
    public void check(Dockerfile dockerfile, RuleContext ctx) {
        for (Stage stage : dockerfile.stages()) {
            Map<String, Integer> firstLine = new HashMap<>();
            for (Instruction run : stage.instructions("RUN")) {
                boolean reported = false;
                for (ShellCommand command : dockerfile.commandsOf(run).commands()) {
                    if (!command.is("wget", "curl")) {
                        continue;
                    }
                    String tool = command.baseName();
                    String other = tool.equals("curl") ? "wget" : "curl";
                    firstLine.putIfAbsent(tool, command.command().span().line());
                    if (!reported && firstLine.containsKey(other)) {
                        ctx.report(command.command(), META.message("both").code("other", other)
                                .number("line", firstLine.get(other)).code("tool", tool));
                        reported = true;
                    }
                }
            }
        }
    }
}
