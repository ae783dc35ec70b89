resource "aws_ecs_cluster" "plain" {
  # expect: CL001
  name = "plain"
}

resource "aws_ecs_cluster" "insights" {
  name = "insights"
  setting {
    name  = "containerInsights"
    value = "enabled"
  }
}

resource "aws_ecs_cluster" "module" {
  name = var.name
  dynamic "setting" {
    for_each = var.settings
    content {
      name  = setting.value.name
      value = setting.value.value
    }
  }
}
