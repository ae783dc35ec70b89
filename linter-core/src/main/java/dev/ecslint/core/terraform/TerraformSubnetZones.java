package dev.ecslint.core.terraform;

import dev.ecslint.core.aws.SubnetZones;
import dev.ecslint.core.json.JsonValue;
import java.util.Optional;

/**
 * The zones of the subnets a module declares, as SV001 compares them: a service's
 * {@code subnets = [aws_subnet.a.id, …]} lies in each {@code aws_subnet}'s {@code availability_zone}
 * ({@link TerraformJoins#zoneOf}). A subnet id written literally, a variable or a subnet of another module is
 * unknown.
 */
final class TerraformSubnetZones implements SubnetZones {

    private final TerraformValues values;
    private final TerraformJoins joins;

    TerraformSubnetZones(TerraformValues values, TerraformJoins joins) {
        this.values = values;
        this.joins = joins;
    }

    @Override
    public Optional<String> zoneOf(JsonValue subnet) {
        return values.expressionOf(subnet).flatMap(joins::zoneOf);
    }
}
