resource "aws_ecs_service" "api" {
  name          = "api"
  desired_count = 2

  network_configuration {
    subnets          = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]
    # expect: SV003
    assign_public_ip = true
  }
}

resource "aws_ecs_service" "worker" {
  name = "worker"
  network_configuration {
    subnets          = var.private_subnets
    assign_public_ip = var.public
  }
}

resource "aws_ecs_service" "private" {
  name = "private"
  network_configuration {
    subnets          = var.private_subnets
    assign_public_ip = false
  }
}
