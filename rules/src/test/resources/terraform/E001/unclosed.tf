resource "aws_ecs_service" "api" {
  name = "api"
# expect: E001 "expected `=`"
  desired_count 2
}
