resource "aws_ecs_service" "both" {
  name = "both"
  # expect: SV009
  launch_type = "FARGATE"
  capacity_provider_strategy {
    capacity_provider = "FARGATE_SPOT"
    weight            = 1
  }
}

# the module leaves launch_type null when a strategy is given: unknown, not both
resource "aws_ecs_service" "either" {
  name        = "either"
  launch_type = length(var.capacity_provider_strategy) == 0 ? "FARGATE" : null
  dynamic "capacity_provider_strategy" {
    for_each = var.capacity_provider_strategy
    content {
      capacity_provider = capacity_provider_strategy.value.capacity_provider
      weight            = capacity_provider_strategy.value.weight
    }
  }
}
