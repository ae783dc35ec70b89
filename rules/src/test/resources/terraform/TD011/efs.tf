resource "aws_ecs_task_definition" "app" {
  family                = "app"
  container_definitions = jsonencode([{ name = "app", image = "app:1.0" }])

  volume {
    # expect: TD011 "data"
    name = "data"
    efs_volume_configuration {
      file_system_id = aws_efs_file_system.data.id
    }
  }
}

resource "aws_ecs_task_definition" "skipped" {
  #checkov:skip=CKV_AWS_97:the file system holds public assets only
  family                = "skipped"
  container_definitions = jsonencode([{ name = "app", image = "app:1.0" }])

  volume {
    name = "assets"
    efs_volume_configuration {
      file_system_id = aws_efs_file_system.assets.id
    }
  }
}

resource "aws_ecs_task_definition" "encrypted" {
  family                = "encrypted"
  container_definitions = jsonencode([{ name = "app", image = "app:1.0" }])

  volume {
    name = "data"
    efs_volume_configuration {
      file_system_id     = aws_efs_file_system.data.id
      transit_encryption = "ENABLED"
    }
  }
}
