package dev.ecslint.core.aws;

/**
 * What a {@code kind: task-definition} custom rule runs over (DESIGN.md, "Custom rules"): a declared task
 * definition ({@link TaskDefinition}, from AWS JSON, CloudFormation or Terraform), or the task a container
 * declared on its own would run in ({@link ContainerTask}, a compose service). Either way the document has
 * the RegisterTaskDefinition API's shape and points into the user's file.
 */
public interface TaskDefinitionDocument extends AwsShaped {
}
