resource "aws_ecs_task_definition" "app" {
  family                   = "app"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = "256"
  # expect: TD001 "4096"
  memory                   = "4096"
  container_definitions    = jsonencode([{ name = "app", image = "app:1.0" }])
}

resource "aws_ecs_task_definition" "sized_by_caller" {
  family                   = "sized"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = var.cpu
  memory                   = var.memory
  container_definitions    = jsonencode([{ name = "app", image = "app:1.0" }])
}
