resource "aws_ecs_task_definition" "app" {
  family                = "app"
  container_definitions = <<EOF
[
  {"name": "app", "image": "app:1.0",}
]
EOF
}
