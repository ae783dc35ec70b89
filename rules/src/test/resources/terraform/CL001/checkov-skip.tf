# Checkov's skip of its equivalent check (CKV_AWS_65) covers the resource it sits in, as in Checkov
resource "aws_ecs_cluster" "skipped" {
  #checkov:skip=CKV_AWS_65:Container Insights costs too much in the dev account
  name = "dev"
}

resource "aws_ecs_cluster" "reported" {
  # expect: CL001
  name = "prod"
}

# a skip of another check suppresses nothing here
resource "aws_ecs_cluster" "other" {
  #checkov:skip=CKV_AWS_51:not about this resource
  # expect: CL001
  name = "stage"
}
