resource "aws_ecs_task_definition" "app" {
  family                = "app"
  container_definitions = <<EOF
[
  {
    "name": "app",
    "image": "${var.account}.dkr.ecr.us-east-1.amazonaws.com/app:1.0",
    "environment": [
      {"name": "DB_PASSWORD", "value": "correct-horse-battery"},
      {"name": "DB_USER", "value": "${var.db_user}"},
      {"name": "REDIS_PASSWORD", "value": "${var.redis_password}"}
    ]
  }
]
EOF
}
