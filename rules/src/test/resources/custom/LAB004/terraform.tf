resource "aws_ecs_task_definition" "web" {
  family                = "lab3-web"
  container_definitions = jsonencode([
    {
      name  = "web"
      image = "nginx:1.27"
      portMappings = [
        # expect: LAB004 "is 80;"
        { containerPort = 80 },
        { containerPort = 8080 },
      ]
    }
  ])
}
