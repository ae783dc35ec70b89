resource "aws_ecs_task_definition" "app" {
  family = "app"
  container_definitions = jsonencode([
    {
      name  = "app"
      image = "app:1.0"
      environment = [
        # expect: CT004 "DB_PASSWORD"
        { name = "DB_PASSWORD", value = "hunter2hunter2" },
        { name = "API_TOKEN", value = var.api_token },
        { name = "SECRET_KEY", value = "${var.prefix}-${random_password.key.result}" },
        { name = "LOG_LEVEL", value = "info" },
      ]
    }
  ])
}
