resource "aws_ecr_repository" "this" {
  name                 = var.name
  image_tag_mutability = "IMMUTABLE"
  image_scanning_configuration {
    scan_on_push = true
  }
}

# which repository this policy is for is only known at plan time: perhaps the one above
resource "aws_ecr_lifecycle_policy" "this" {
  repository = var.repository_name
  policy     = var.lifecycle_policy
}
