# A Terraform module with the mistakes ecslint is for: ./ecslint examples/terraform

resource "aws_ecs_cluster" "shop" {
  name = "shop"
}

resource "aws_ecs_task_definition" "web" {
  family                   = "shop-web"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 256
  memory                   = 4096
  container_definitions = jsonencode([
    {
      name      = "web"
      image     = "nginx:latest"
      essential = true
      user      = "root"
      environment = [
        { name = "DB_HOST", value = "shop-db.internal" },
        { name = "DB_PASSWORD", value = var.db_password },
        { name = "AWS_SECRET_ACCESS_KEY", value = var.aws_secret_key },
      ]
      portMappings = [{ containerPort = 8080, hostPort = 80 }]
    }
  ])
}

resource "aws_ecs_task_definition" "worker" {
  family                = "shop-worker"
  container_definitions = file("${path.module}/worker-containers.json")
}

resource "aws_ecs_service" "web" {
  name            = "shop-web"
  cluster         = aws_ecs_cluster.shop.id
  task_definition = aws_ecs_task_definition.web.arn
  desired_count   = 1
  launch_type     = "FARGATE"

  network_configuration {
    subnets          = [aws_subnet.public.id]
    assign_public_ip = true
  }

  load_balancer {
    target_group_arn = var.target_group_arn
    container_name   = "web"
    container_port   = 8080
  }
}

resource "aws_subnet" "public" {
  vpc_id            = var.vpc_id
  cidr_block        = "10.0.0.0/24"
  availability_zone = "eu-west-1a"
}

resource "aws_ecr_repository" "web" {
  name = "shop/web"
}

resource "aws_ecr_lifecycle_policy" "web" {
  repository = aws_ecr_repository.web.name
  policy = jsonencode({
    rules = [
      {
        rulePriority = 1
        selection    = { tagStatus = "any", countType = "imageCountMoreThan", countNumber = 1 }
        action       = { type = "expire" }
      },
      {
        rulePriority = 2
        selection    = { tagStatus = "untagged", countType = "sinceImagePushed", countNumber = 14 }
        action       = { type = "expire" }
      }
    ]
  })
}
