resource "aws_ecs_task_definition" "fargate" {
  family                   = "fargate"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 256
  memory                   = 512
  container_definitions    = jsonencode([{ name = "app", image = "app:1.0" }])

  # expect: TD015
  placement_constraints {
    type       = "memberOf"
    expression = "attribute:ecs.availability-zone in [us-west-2a, us-west-2b]"
  }
}

# a dynamic block may make no block at all, and a variable may be false: unknown
resource "aws_ecs_task_definition" "module" {
  family                   = "module"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 256
  memory                   = 512
  container_definitions    = jsonencode([{ name = "app", image = "app:1.0", privileged = var.privileged }])

  dynamic "placement_constraints" {
    for_each = var.placement_constraints
    content {
      type       = placement_constraints.value.type
      expression = placement_constraints.value.expression
    }
  }
}
