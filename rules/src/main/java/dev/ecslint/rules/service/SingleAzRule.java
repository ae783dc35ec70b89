package dev.ecslint.rules.service;

import dev.ecslint.core.aws.AbstractServiceRule;
import dev.ecslint.core.aws.Service;
import dev.ecslint.core.i18n.Message;
import dev.ecslint.core.json.JsonValue;
import dev.ecslint.core.json.JsonValue.JsonObject;
import dev.ecslint.core.json.JsonValue.JsonString;
import dev.ecslint.core.model.Category;
import dev.ecslint.core.model.DocumentKind;
import dev.ecslint.core.model.Placeholders;
import dev.ecslint.core.model.RuleContext;
import dev.ecslint.core.model.RuleMeta;
import dev.ecslint.core.model.Severity;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SV001: a service that can only run in one Availability Zone, because its tasks get one subnet or a
 * placement constraint pins them to one zone. (Following subnet references to their zone needs the
 * CloudFormation reader, which is not written yet.)
 */
public final class SingleAzRule extends AbstractServiceRule {

    /** {@code attribute:ecs.availability-zone == us-east-1a} or {@code … in [us-east-1a]} (cluster query language). */
    private static final Pattern ZONE_CLAUSE = Pattern.compile(
            "attribute:ecs\\.availability-zone\\s*(?:==\\s*([A-Za-z0-9-]+)|in\\s*\\[([^\\]\\[]*)])", Pattern.CASE_INSENSITIVE);
    private static final Pattern ALTERNATIVE = Pattern.compile("\\s(or)\\s|\\|\\|", Pattern.CASE_INSENSITIVE);

    private static final RuleMeta META = RuleMeta.builder("SV001", "single-az")
            .title("Spread a service over at least two Availability Zones")
            .severity(Severity.WARNING)
            .category(Category.RELIABILITY)
            .kinds(DocumentKind.SERVICE)
            .rationale("A subnet lives in one Availability Zone. A service given one subnet, or pinned to one zone by "
                    + "a placement constraint, loses every task when that zone has an outage, and ECS cannot move them: "
                    + "AWS recommends running each service in at least two (ideally three) zones. (For CloudFormation "
                    + "templates, following subnet references to the same AvailabilityZone needs the CloudFormation "
                    + "reader, which is not written yet; JSON service definitions are checked fully.)")
            .fix("List subnets from at least two Availability Zones in awsvpcConfiguration.subnets, and drop "
                    + "memberOf constraints on attribute:ecs.availability-zone (use a spread placement strategy on it "
                    + "instead).")
            .bad("service.json", """
                    {"serviceName": "web", "desiredCount": 2, "networkConfiguration": {"awsvpcConfiguration":
                      {"subnets": ["subnet-0a1b2c3d"], "assignPublicIp": "DISABLED"}}}
                    """)
            .good("service.json", """
                    {"serviceName": "web", "desiredCount": 2, "networkConfiguration": {"awsvpcConfiguration":
                      {"subnets": ["subnet-0a1b2c3d", "subnet-4e5f6a7b"], "assignPublicIp": "DISABLED"}}}
                    """)
            .references(ServiceDocs.RELIABILITY, ServiceDocs.PLACEMENT_CONSTRAINTS, ServiceDocs.CLUSTER_QUERY_LANGUAGE)
            .message("pinnedZone", "{service} can only run in one Availability Zone: the placement constraint pins "
                    + "every task to {zone}, so an outage there stops the whole service; remove the constraint or "
                    + "allow at least two zones")
            .message("oneSubnet", "{service} can only run in one Availability Zone: `awsvpcConfiguration.subnets` "
                    + "lists one subnet ({subnet}), and a subnet lives in one zone, so an outage there stops every "
                    + "task; add subnets from at least two zones")
            .message("sameSubnet", "{service} can only run in one Availability Zone: `awsvpcConfiguration.subnets` "
                    + "lists the same subnet ({subnet}) {count} times, and a subnet lives in one zone, so an outage "
                    + "there stops every task; add subnets from at least two zones")
            .build();

    public SingleAzRule() {
        super(META);
    }

    @Override
    public void check(Service service, RuleContext ctx) {
        checkSubnets(service, ctx);
        for (JsonValue constraint : service.placementConstraints()) {
            pinnedZone(constraint).ifPresent(zone -> ctx.report(
                    ((JsonObject) constraint).get("expression").orElseThrow(),
                    META.message("pinnedZone").phrase("service", service.label()).code("zone", zone)));
        }
    }

    private static void checkSubnets(Service service, RuleContext ctx) {
        List<JsonValue> subnets = service.subnets();
        Set<String> distinct = new LinkedHashSet<>();
        for (JsonValue subnet : subnets) {
            if (!(subnet instanceof JsonString s) || Placeholders.isTemplated(s.value())) {
                return; // filled in at deploy time: may be several
            }
            distinct.add(s.value());
        }
        if (distinct.size() != 1) {
            return;
        }
        String subnet = distinct.iterator().next();
        Message message = subnets.size() == 1 ? META.message("oneSubnet")
                : META.message("sameSubnet").number("count", subnets.size());
        ctx.report(service.value("networkConfiguration/awsvpcConfiguration/subnets").orElseThrow(),
                message.phrase("service", service.label()).code("subnet", subnet));
    }

    /** The one zone a memberOf constraint allows, when it allows exactly one. */
    private static Optional<String> pinnedZone(JsonValue constraint) {
        if (!(constraint instanceof JsonObject c) || !"memberOf".equals(c.string("type").orElse(""))) {
            return Optional.empty();
        }
        String expression = c.string("expression").orElse("");
        if (Placeholders.isTemplated(expression) || ALTERNATIVE.matcher(expression).find()) {
            return Optional.empty();
        }
        Matcher m = ZONE_CLAUSE.matcher(expression);
        if (!m.find()) {
            return Optional.empty();
        }
        if (m.group(1) != null) {
            return Optional.of(m.group(1));
        }
        String[] zones = m.group(2).split(",");
        return zones.length == 1 && !zones[0].isBlank() ? Optional.of(zones[0].trim()) : Optional.empty();
    }
}
