resource "aws_ecrpublic_repository" "tools" {
  # expect: RP006 "`tools` is an ECR Public repository"
  repository_name = "tools"
}

resource "aws_ecrpublic_repository" "site" {
  repository_name = "site"
  # expect: RP006 "aws_ecrpublic_repository.site: catalog_data"
  catalog_data {
    description = "The site's image"
    usage_text  = "docker pull public.ecr.aws/example/site"
  }
}

# a private repository: not public, and its own settings are set
resource "aws_ecr_repository" "private" {
  name                 = "web"
  image_tag_mutability = "IMMUTABLE"
  image_scanning_configuration {
    scan_on_push = true
  }
  encryption_configuration {
    encryption_type = "KMS"
  }
}

resource "aws_ecr_lifecycle_policy" "private" {
  repository = aws_ecr_repository.private.name
  policy = jsonencode({
    rules = [{
      rulePriority = 1
      selection    = { tagStatus = "untagged", countType = "sinceImagePushed", countUnit = "days", countNumber = 14 }
      action       = { type = "expire" }
    }]
  })
}
