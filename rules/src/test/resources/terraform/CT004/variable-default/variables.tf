variable "db_password" {
  type = string
  # a literal default is what the task gets unless the caller sets the variable
  # expect: CT004 "DB_PASSWORD"
  default = "example-password-1"
}
