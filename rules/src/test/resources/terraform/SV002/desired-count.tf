resource "aws_ecs_service" "web" {
  name = "web"
  # expect: SV002
  desired_count = 1
  load_balancer {
    target_group_arn = aws_lb_target_group.web.arn
    container_name   = "web"
    container_port   = 8080
  }
}

# Application Auto Scaling owns the count: what is written is not what runs
resource "aws_ecs_service" "scaled" {
  name          = "scaled"
  desired_count = 1
  load_balancer {
    target_group_arn = aws_lb_target_group.web.arn
    container_name   = "web"
    container_port   = 8080
  }
  lifecycle {
    ignore_changes = [desired_count]
  }
}
