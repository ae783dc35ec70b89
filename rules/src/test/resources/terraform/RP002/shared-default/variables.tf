variable "name" {
  type = string
}

variable "prevent_destroy" {
  type    = bool
  default = false
}

variable "image_tag_mutability" {
  type = string
  # the default both repositories use: reported once, where it is written
  # expect: RP002
  default = "MUTABLE"
}
