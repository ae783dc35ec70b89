resource "aws_ecs_task_definition" "app" {
  family = "app"
  container_definitions = jsonencode([
    # expect: CT008
    { name = "app", image = "nginx:latest" },
    # expect: CT008
    { name = "sidecar", image = "${aws_ecr_repository.app.repository_url}:latest" },
    { name = "pinned", image = "${aws_ecr_repository.app.repository_url}:${var.tag}" },
    { name = "chosen", image = var.image },
  ])
}
