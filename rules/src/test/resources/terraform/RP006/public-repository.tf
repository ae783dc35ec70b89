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

# a private repository
resource "aws_ecr_repository" "private" {
  name = "web"
}
