resource "aws_ecs_task_definition" "app" {
  family = "app"
  container_definitions = jsonencode([{
    name  = "app"
    image = "app:1.0"
    logConfiguration = {
      logDriver = "awslogs"
      # the provider drops what it does not know: this setting never reaches ECS
      # expect: E002 "the Terraform AWS provider silently drops"
      mode = "non-blocking"
      options = {
        awslogs-group = "/ecs/app"
      }
    }
    # expect: E002 "has an unknown property `healthChek`; did you mean `healthCheck`? The Terraform AWS provider"
    healthChek = { command = ["CMD", "true"] }
    # Go's JSON decoding matches keys whatever their case: the provider takes it
    Essential = true
  }])
}
