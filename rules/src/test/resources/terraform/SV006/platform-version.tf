resource "aws_ecs_service" "pinned" {
  name        = "pinned"
  launch_type = "FARGATE"
  # expect: SV006 "1.3.0"
  platform_version = "1.3.0"
}

# as terraform-aws-modules/ecs writes it: the version is the caller's, or none
resource "aws_ecs_service" "module" {
  name             = "module"
  platform_version = local.is_fargate && !local.is_external_deployment ? var.platform_version : null
}

resource "aws_ecs_service" "latest" {
  name             = "latest"
  platform_version = "LATEST"
}
