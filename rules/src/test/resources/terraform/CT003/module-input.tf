# a module input may hold a health check or be null: unknown, not missing
resource "aws_ecs_task_definition" "module" {
  family = "module"
  container_definitions = jsonencode([{
    name        = "app"
    image       = "app:1.0"
    healthCheck = var.health_check
  }])
}

resource "aws_ecs_task_definition" "none" {
  family = "none"
  container_definitions = jsonencode([{
    # expect: CT003
    name  = "app"
    image = "app:1.0"
  }])
}
