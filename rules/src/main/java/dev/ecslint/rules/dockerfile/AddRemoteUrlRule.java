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

/** DF008: {@code ADD} downloads a URL or git repository without verifying it. */
public final class AddRemoteUrlRule extends AbstractDockerfileRule {

    private static final RuleMeta META = RuleMeta.builder("DF008", "add-remote-url")
            .title("Verify remote ADD sources with --checksum")
            .severity(Severity.WARNING)
            .category(Category.SECURITY)
            .kinds(DocumentKind.DOCKERFILE)
            .rationale("`ADD https://…` puts whatever the server returns at build time into the image, unverified: "
                    + "a compromised or changed download goes unnoticed and the build is not reproducible. "
                    + "`ADD --checksum=sha256:…` makes the build fail when the content differs.")
            .fix("Add the expected digest: `ADD --checksum=sha256:<digest> https://example.com/tool.tar.gz /tmp/`, "
                    + "or download in a RUN step that verifies a checksum or signature.")
            .bad("Dockerfile", "FROM alpine:3.20\n"
                    + "ADD https://github.com/krallin/tini/releases/download/v0.19.0/tini /tini\n")
            .good("Dockerfile", "FROM alpine:3.20\nADD --checksum=sha256:"
                    + "93dcc18adc78c65a028a84799ecf8ad40c936fdfc5f2a57b1acda5a8117fa82c \\\n"
                    + "    https://github.com/krallin/tini/releases/download/v0.19.0/tini /tini\n")
            .references("https://docs.docker.com/reference/dockerfile/#add---checksum",
                    "https://docs.docker.com/build/building/best-practices/#add-or-copy")
            .message("noChecksum", "ADD downloads {url} without --checksum, so whatever the server returns goes into "
                    + "the image unverified; add `--checksum=sha256:<digest>`")
            .build();

    public AddRemoteUrlRule() {
        super(META);
    }

    @Override
    public void check(Dockerfile dockerfile, RuleContext ctx) {
        for (Instruction add : Instructions.withTriggers(dockerfile, "ADD")) {
            if (add.hasFlag("checksum")) {
                continue;
            }
            for (Token source : add.sources()) {
                if (AddSources.isRemote(source.value())) {
                    ctx.report(source, META.message("noChecksum").code("url", source.value()));
                }
            }
        }
    }
}
