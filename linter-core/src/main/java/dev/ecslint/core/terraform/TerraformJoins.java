package dev.ecslint.core.terraform;

import dev.ecslint.core.terraform.HclExpression.Call;
import dev.ecslint.core.terraform.HclExpression.Literal;
import dev.ecslint.core.terraform.HclExpression.Template;
import dev.ecslint.core.terraform.HclExpression.Traversal;
import java.util.Optional;
import java.util.Set;

/**
 * What one resource of a module says about another: the Availability Zone of the {@code aws_subnet} a
 * service names ({@code aws_subnet.a.id} → its {@code availability_zone}), and whether a repository has a
 * lifecycle policy ({@code aws_ecr_lifecycle_policy.repository = aws_ecr_repository.app.name}).
 */
public final class TerraformJoins {

    /** Whether a repository is given a lifecycle policy by the module. */
    public enum PolicyAttachment { ATTACHED, ABSENT, UNKNOWN }

    private final TerraformModule module;
    private final TerraformValues values;

    public TerraformJoins(TerraformModule module, TerraformValues values) {
        this.module = module;
        this.values = values;
    }

    /**
     * The zone of a subnet expression when the module declares it: the subnet's literal
     * {@code availability_zone}, or {@code data.aws_availability_zones.<name>.names[i]} for index {@code i}
     * (distinct indexes are distinct zones). Empty when it cannot be known (a variable, a subnet with
     * {@code count} whose zone depends on the index, a splat).
     */
    public Optional<String> zoneOf(HclExpression subnet) {
        if (!(subnet instanceof Traversal t) || !t.rootName().filter("aws_subnet"::equals).isPresent()) {
            return subnet instanceof Template template ? template.soleInterpolation().flatMap(this::zoneOf)
                    : Optional.empty();
        }
        Optional<String> name = t.attr(0);
        if (name.isEmpty() || t.steps().stream().anyMatch(Traversal.Splat.class::isInstance)
                || !t.attr(t.steps().size() - 1).filter("id"::equals).isPresent()) {
            return Optional.empty();
        }
        return module.resource("aws_subnet." + name.get())
                .flatMap(resource -> resource.body().attribute("availability_zone"))
                .flatMap(zone -> zoneText(zone.value()));
    }

    private Optional<String> zoneText(HclExpression zone) {
        Optional<String> literal = values.knownString(zone).filter(z -> !z.isBlank());
        if (literal.isPresent()) {
            return literal;
        }
        if (zone instanceof Template template) {
            return template.soleInterpolation().flatMap(this::zoneText);
        }
        if (zone instanceof Call call && call.name().equals("element") && call.arguments().size() == 2) {
            // element(data.aws_availability_zones.available.names, 1)
            return availabilityZones(call.arguments().get(0), call.arguments().get(1));
        }
        if (zone instanceof Traversal t && !t.steps().isEmpty()
                && t.steps().get(t.steps().size() - 1) instanceof Traversal.Index index) {
            Traversal list = new Traversal(t.span(), t.source(), t.steps().subList(0, t.steps().size() - 1));
            return availabilityZones(list, index.key());
        }
        return Optional.empty();
    }

    /** {@code data.aws_availability_zones.<name>.names} indexed by a literal number: one zone per index. */
    private static Optional<String> availabilityZones(HclExpression list, HclExpression index) {
        if (!(list instanceof Traversal t) || !t.rootName().filter("data"::equals).isPresent()
                || !t.attr(0).filter("aws_availability_zones"::equals).isPresent() || t.attr(1).isEmpty()
                || t.steps().size() != 3 || !t.attr(2).filter(a -> a.equals("names") || a.equals("zone_ids")).isPresent()
                || !(index instanceof Literal l) || l.kind() != Literal.Kind.NUMBER) {
            return Optional.empty();
        }
        return Optional.of("data.aws_availability_zones." + t.attr(1).get() + "." + t.attr(2).get()
                + "[" + l.text() + "]");
    }

    /**
     * Whether the module attaches a lifecycle policy to a repository: a policy whose {@code repository}
     * refers to it (or names it literally) attaches it; a policy whose repository cannot be known might.
     */
    public PolicyAttachment lifecyclePolicyOf(HclBlock repository) {
        Optional<String> repositoryName = repository.body().attribute("name")
                .flatMap(a -> values.knownString(a.value()));
        PolicyAttachment result = PolicyAttachment.ABSENT;
        for (HclBlock policy : module.resources("aws_ecr_lifecycle_policy")) {
            Optional<HclAttribute> target = policy.body().attribute("repository");
            if (target.isEmpty()) {
                continue;
            }
            Set<String> referenced = values.referencedResources(target.get().value(), "aws_ecr_repository");
            Optional<String> literal = values.knownString(target.get().value());
            if (referenced.contains(repository.label(1))
                    || literal.isPresent() && literal.equals(repositoryName)) {
                return PolicyAttachment.ATTACHED;
            }
            if (referenced.isEmpty() && literal.isEmpty()) {
                result = PolicyAttachment.UNKNOWN; // var.repository_name: perhaps this one
            }
        }
        return result;
    }
}
