# a local built elsewhere may hold the awslogs configuration: unknown, not missing
resource "aws_ecs_task_definition" "module" {
  family = "module"
  container_definitions = jsonencode([{
    name             = "app"
    image            = "app:1.0"
    logConfiguration = local.log_configuration
  }])
}

resource "aws_ecs_task_definition" "none" {
  family = "none"
  container_definitions = jsonencode([{
    # expect: CT006
    name  = "app"
    image = "app:1.0"
  }])
}
