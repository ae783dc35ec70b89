resource "aws_ecr_repository" "default" {
  # expect: RP002
  name = "web"
}

resource "aws_ecr_repository" "immutable" {
  name                 = "api"
  image_tag_mutability = "IMMUTABLE"
}

resource "aws_ecr_repository" "chosen_by_caller" {
  name                 = "worker"
  image_tag_mutability = var.mutability
}
