package dev.ecslint.rules.dockerfile;

import dev.ecslint.core.dockerfile.AbstractDockerfileRule;
import dev.ecslint.core.dockerfile.Dockerfile;
import dev.ecslint.core.dockerfile.ShellCommand;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;

/** DF034: {@code apt} (the interactive front end) in {@code RUN}. */
public final class AptInsteadOfAptGetRule extends AbstractDockerfileRule {

    private static final RuleMeta META = RuleMeta.builder("DF034", "apt-instead-of-apt-get")
            .title("Use apt-get or apt-cache instead of apt in scripts")
            .severity(Severity.STYLE)
            .category(Category.MAINTAINABILITY)
            .kinds(DocumentKind.DOCKERFILE)
            .rationale("`apt` is meant for people at a terminal: its output and options may change between "
                    + "releases and it warns that it has no stable CLI interface. `apt-get` and `apt-cache` are "
                    + "the stable commands for scripts such as a Dockerfile.")
            .fix("Replace `apt` with `apt-get` (install, update, upgrade, remove) or `apt-cache` (search, show).")
            .bad("Dockerfile", "FROM debian:12-slim\nRUN apt update && apt install -y curl\n")
            .good("Dockerfile", "FROM debian:12-slim\nRUN apt-get update && apt-get install -y curl\n")
            .references("https://docs.docker.com/build/building/best-practices/#apt-get")
            .message("apt", "{apt} is the interactive front end, whose CLI is not stable for scripts; use "
                    + "{replacement} instead")
            .equivalents("DL3027", "CKV_DOCKER_9", "b84a0b47-2e99-4c9f-8933-98bcabe2b94d")
            .build();

    public AptInsteadOfAptGetRule() {
        super(META);
    }

    @Override
    public void check(Dockerfile dockerfile, RuleContext ctx) {
        for (ShellCommand command : Instructions.runCommands(dockerfile)) {
            if (command.is("apt")) {
                String sub = command.subcommand().map(t -> " " + t.value()).orElse("");
                String replacement = sub.equals(" search") || sub.equals(" show") ? "apt-cache" : "apt-get";
                ctx.report(command.command(), META.message("apt").code("apt", "apt" + sub)
                        .code("replacement", replacement + sub));
            }
        }
    }
}
