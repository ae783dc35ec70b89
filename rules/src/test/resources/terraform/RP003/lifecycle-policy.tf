# no aws_ecr_lifecycle_policy names this repository
resource "aws_ecr_repository" "bare" {
  # expect: RP003
  name                 = "shop/bare"
  image_tag_mutability = "IMMUTABLE"
  image_scanning_configuration {
    scan_on_push = true
  }
}

resource "aws_ecr_repository" "web" {
  name                 = "shop/web"
  image_tag_mutability = "IMMUTABLE"
  image_scanning_configuration {
    scan_on_push = true
  }
}

# the policy of ecr.tf's shape, in the same module: it attaches through the reference
resource "aws_ecr_lifecycle_policy" "web" {
  count      = var.create_lifecycle_policy ? 1 : 0
  repository = aws_ecr_repository.web.name
  policy = jsonencode({
    rules = [{
      rulePriority = 1
      selection    = { tagStatus = "untagged", countType = "sinceImagePushed", countUnit = "days", countNumber = 14 }
      action       = { type = "expire" }
    }]
  })
}
