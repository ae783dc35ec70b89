package dev.ecslint.core.cloudformation;

import dev.ecslint.core.aws.SubnetZones;
import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.json.JsonValue.JsonString;
import dev.ecslint.core.json.JsonValue.JsonTagged;
import java.util.List;
import java.util.Optional;

/**
 * The zones of the subnets a template declares: a {@code Ref} (or {@code Fn::GetAtt …SubnetId}) to an
 * {@code AWS::EC2::Subnet} of the same template lies in its {@code AvailabilityZone} — a literal zone, or
 * {@code !Select [i, !GetAZs '']}, the i-th zone of the stack's region (named so, whichever way the template
 * names the region) — or its {@code AvailabilityZoneId}. A subnet given as a parameter, an import or anything
 * else is unknown.
 */
final class TemplateSubnetZones implements SubnetZones {

    private final Template template;

    TemplateSubnetZones(Template template) {
        this.template = template;
    }

    @Override
    public Optional<String> zoneOf(JsonValue subnet) {
        return subnetResource(subnet).filter(r -> r.type().equals("AWS::EC2::Subnet"))
                .flatMap(Template.Resource::properties).flatMap(JsonValue::asObject)
                .flatMap(p -> p.get("AvailabilityZone").map(TemplateSubnetZones::zone)
                        .orElseGet(() -> p.get("AvailabilityZoneId").filter(JsonString.class::isInstance)
                                .map(JsonValue::text)));
    }

    private Optional<Template.Resource> subnetResource(JsonValue subnet) {
        if (subnet instanceof JsonTagged t && t.tag().equals("Fn::GetAtt")) {
            List<JsonValue> args = Intrinsics.arguments(t);
            if (args.size() == 2 && args.get(0) instanceof JsonString id && "SubnetId".equals(args.get(1).text())) {
                return template.resource(id.value());
            }
            return Optional.empty();
        }
        return template.referenced(subnet);
    }

    private static Optional<String> zone(JsonValue az) {
        JsonValue value = Evaluation.literals(az);
        if (value instanceof JsonString s && !s.value().isBlank()) {
            return Optional.of(s.value());
        }
        if (value instanceof JsonTagged select && select.tag().equals(Intrinsics.SELECT)) {
            List<JsonValue> args = Intrinsics.arguments(select);
            if (args.size() == 2 && args.get(1) instanceof JsonTagged azs && azs.tag().equals(Intrinsics.GET_AZS)) {
                return Evaluation.index(args.get(0)).map(i -> "!Select [" + i + ", !GetAZs " + region(azs.argument()) + "]");
            }
        }
        return Optional.empty();
    }

    /** {@code ''} and {@code !Ref AWS::Region} both mean the stack's region: {@code ''}. */
    private static String region(JsonValue argument) {
        if (argument instanceof JsonString s && !s.value().isEmpty()) {
            return s.value();
        }
        if (argument instanceof JsonString || argument instanceof JsonTagged t && t.tag().equals(Intrinsics.REF)
                && "AWS::Region".equals(t.argument().text())) {
            return "''";
        }
        return argument.text();
    }
}
