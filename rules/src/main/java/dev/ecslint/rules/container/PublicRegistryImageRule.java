package dev.ecslint.rules.container;

import dev.ecslint.core.aws.AbstractContainerRule;
import dev.ecslint.core.aws.ContainerSpec;
import dev.ecslint.core.i18n.Arg;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.ImageRef;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import dev.ecslint.core.model.TrustedRegistries;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** CT013: an image pulled from a public registry. */
public final class PublicRegistryImageRule extends AbstractContainerRule {

    private static final RuleMeta META = RuleMeta.builder("CT013", "public-registry-image")
            .title("Pull images from a private registry")
            .severity(Severity.INFO)
            .category(Category.SECURITY)
            .kinds(DocumentKind.TASK_DEFINITION, DocumentKind.CLOUDFORMATION)
            .rationale("Images pulled from Docker Hub, public.ecr.aws, ghcr.io or quay.io at deploy time depend on "
                    + "a third party: they can be rate-limited, deleted or replaced, and have not passed your own "
                    + "scanning. A copy in your private ECR (pull-through cache or replication) is scanned, "
                    + "available and under your control. When the configuration lists `trustedRegistries`, any "
                    + "image outside them is reported as a warning instead. A compose service pulls on a "
                    + "developer's machine, where public images are the norm: it is not asked for ECR.")
            .fix("Copy the image into a private ECR repository (or configure an ECR pull-through cache rule) "
                    + "and reference 123456789012.dkr.ecr.<region>.amazonaws.com/<name>:<tag>.")
            .bad("task-definition.json", """
                    {"family": "web", "containerDefinitions": [
                      {"name": "app", "image": "nginx:1.27"}]}
                    """)
            .bad("template.yaml", """
                    Resources:
                      TaskDef:
                        Type: AWS::ECS::TaskDefinition
                        Properties:
                          ContainerDefinitions:
                            - Name: app
                              Image: nginx:1.27
                    """)
            .good("task-definition.json", """
                    {"family": "web", "containerDefinitions": [
                      {"name": "app", "image": "123456789012.dkr.ecr.us-east-1.amazonaws.com/nginx:1.27"}]}
                    """)
            .references("https://docs.aws.amazon.com/AmazonECR/latest/userguide/pull-through-cache.html",
                    EcsDocs.PRIVATE_REGISTRY)
            .message("untrusted", "image {image} is not from a trusted registry (`trustedRegistries`: {trusted}); "
                    + "copy it to one of them or add its registry to the list")
            .message("publicRegistry", "image {image} is pulled from {registry} at deploy time, outside your control "
                    + "and your image scanning; copy it to a private ECR repository or use an ECR pull-through cache")
            .build();

    public PublicRegistryImageRule() {
        super(META);
    }

    private static final Set<String> PUBLIC_HOSTS = Set.of("public.ecr.aws", "ghcr.io", "quay.io");

    @Override
    public void check(ContainerSpec container, RuleContext ctx) {
        if (!container.task().isEcs()) {
            return;
        }
        container.image().filter(i -> i.value() != null && !i.value().isTemplated()).ifPresent(i -> {
            ImageRef image = i.value();
            List<String> trusted = ctx.settings().trustedRegistries();
            if (!trusted.isEmpty()) {
                if (!new TrustedRegistries(trusted).trusts(image)) {
                    ctx.report(i, META.message("untrusted").code("image", image.text()).codes("trusted", trusted),
                            Severity.WARNING);
                }
                return;
            }
            publicRegistry(image).ifPresent(registry -> ctx.report(i,
                    META.message("publicRegistry").code("image", image.text()).with("registry", registry)));
        });
    }

    /** Docker Hub by its name, other public registries by their host. */
    private static Optional<Arg> publicRegistry(ImageRef image) {
        if (image.isDockerHub()) {
            return Optional.of(new Arg.Verbatim("Docker Hub"));
        }
        String host = image.registry().toLowerCase(Locale.ROOT);
        return PUBLIC_HOSTS.contains(host) ? Optional.of(new Arg.Code(host)) : Optional.empty();
    }
}
