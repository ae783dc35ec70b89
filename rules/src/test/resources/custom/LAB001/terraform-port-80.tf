# ok: the same lab rule checks a task definition written in Terraform, at the user's own line
resource "aws_ecs_task_definition" "web" {
  family                   = "lab3-web"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 256
  memory                   = 512
  container_definitions = jsonencode([
    {
      name  = "web"
      image = "nginx:1.27"
      portMappings = [
        # expect: LAB001 "container port 80 is not 8080"
        { containerPort = 80 },
        { containerPort = 8080 },
        { containerPort = var.metrics_port },
      ]
    }
  ])
}
