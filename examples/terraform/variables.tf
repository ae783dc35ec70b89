variable "db_password" {
  type    = string
  default = "changeme-in-prod"
}

variable "aws_secret_key" {
  type = string
}

variable "target_group_arn" {
  type = string
}

variable "vpc_id" {
  type = string
}
