resource "aws_ecs_task_definition" "app" {
  family = "app"
  container_definitions = jsonencode([
    {
      name        = "app"
      image       = "app:1.0"
      environment = [{ name = "DB_PASSWORD", value = var.db_password }]
    }
  ])
}
