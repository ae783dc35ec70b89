resource "aws_ecs_task_definition" "web" {
  family                   = "lab3-web"
  requires_compatibilities = ["FARGATE"]
  cpu                      = 512
  # expect: LAB003 "the task reserves 1024 MiB"
  memory                   = 1024
  container_definitions    = jsonencode([{ name = "web", image = "nginx:1.27" }])
}

resource "aws_ecs_task_definition" "chosen" {
  # ok: a variable is unknown, never a violation
  family                = "lab3-worker"
  memory                = var.memory
  container_definitions = jsonencode([{ name = "worker", image = "worker:1.0" }])
}
