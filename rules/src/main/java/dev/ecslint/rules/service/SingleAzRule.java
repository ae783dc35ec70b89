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
            .kinds(DocumentKind.SERVICE, DocumentKind.CLOUDFORMATION)
            .rationale("A subnet lives in one Availability Zone. A service given one subnet, or pinned to one zone by "
                    + "a placement constraint, loses every task when that zone has an outage, and ECS cannot move them: "
                    + "AWS recommends running each service in at least two (ideally three) zones. Subnets a "
                    + "CloudFormation template declares itself are followed to their AvailabilityZone "
                    + "(`!Select [i, !GetAZs '']` is the i-th zone of the stack's region); a subnet parameter is "
                    + "chosen at deploy time and never judged.")
            .fix("List subnets from at least two Availability Zones in awsvpcConfiguration.subnets, and drop "
                    + "memberOf constraints on attribute:ecs.availability-zone (use a spread placement strategy on it "
                    + "instead).")
            .bad("service.json", """
                    {"serviceName": "web", "desiredCount": 2, "networkConfiguration": {"awsvpcConfiguration":
                      {"subnets": ["subnet-0a1b2c3d"], "assignPublicIp": "DISABLED"}}}
                    """)
            .bad("template.yaml", """
                    Resources:
                      SubnetA:
                        Type: AWS::EC2::Subnet
                        Properties: {VpcId: !Ref Vpc, CidrBlock: 10.0.0.0/24, AvailabilityZone: !Select [0, !GetAZs ""]}
                      SubnetB:
                        Type: AWS::EC2::Subnet
                        Properties: {VpcId: !Ref Vpc, CidrBlock: 10.0.1.0/24, AvailabilityZone: !Select [0, !GetAZs ""]}
                      Service:
                        Type: AWS::ECS::Service
                        Properties:
                          DesiredCount: 2
                          NetworkConfiguration:
                            AwsvpcConfiguration:
                              Subnets: [!Ref SubnetA, !Ref SubnetB]
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
            .message("sameZone", "{service} can only run in one Availability Zone: its {count} subnets all lie in "
                    + "{zone}, so an outage there stops every task; add a subnet from another zone")
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

    /**
     * One subnet, the same subnet repeated, or subnets the document places in one zone (a template's own
     * {@code AWS::EC2::Subnet}s). A subnet that is neither a literal id nor placed is chosen at deploy time.
     */
    private static void checkSubnets(Service service, RuleContext ctx) {
        List<JsonValue> subnets = service.subnets();
        Set<String> ids = new LinkedHashSet<>();
        Set<String> zones = new LinkedHashSet<>();
        for (JsonValue subnet : subnets) {
            Optional<String> zone = service.zoneOf(subnet);
            if (zone.isPresent()) {
                zones.add(zone.get());
            } else if (subnet instanceof JsonString s && !Placeholders.isTemplated(s.value())) {
                ids.add(s.value());
            } else {
                return; // filled in at deploy time: may be several
            }
        }
        JsonValue at = service.value("networkConfiguration/awsvpcConfiguration/subnets").orElse(null);
        if (at == null || ids.size() + zones.size() != 1) {
            return;
        }
        if (ids.size() == 1) {
            Message message = subnets.size() == 1 ? META.message("oneSubnet")
                    : META.message("sameSubnet").number("count", subnets.size());
            ctx.report(at, message.phrase("service", service.label()).code("subnet", ids.iterator().next()));
        } else if (subnets.size() == 1) {
            ctx.report(at, META.message("oneSubnet").phrase("service", service.label())
                    .code("subnet", subnets.get(0).text()));
        } else {
            ctx.report(at, META.message("sameZone").phrase("service", service.label())
                    .number("count", subnets.size()).code("zone", zones.iterator().next()));
        }
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
