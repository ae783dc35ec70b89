package dev.ecslint.core.aws;

import dev.ecslint.core.json.JsonValue;
import java.util.Optional;

/**
 * What a document says about the Availability Zone of the subnets it names. A subnet id in AWS JSON says
 * nothing; infrastructure code may declare the subnet beside the service (a CloudFormation
 * {@code AWS::EC2::Subnet} reached through {@code !Ref}, a Terraform {@code aws_subnet}).
 */
@FunctionalInterface
public interface SubnetZones {

    /** Documents that declare no subnets. */
    SubnetZones NONE = subnet -> Optional.empty();

    /**
     * The zone a subnet value lies in, when the document declares it: a zone name ({@code us-east-1a}) or
     * another text that is equal for two subnets exactly when they share a zone
     * ({@code GetAZs('')[0]}, the first zone of the stack's region).
     */
    Optional<String> zoneOf(JsonValue subnet);
}
