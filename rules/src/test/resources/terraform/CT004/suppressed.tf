resource "aws_ecs_task_definition" "app" {
  family = "app"
  container_definitions = jsonencode([
    {
      name  = "app"
      image = "app:1.0"
      environment = [
        # ecslint ignore=CT004 -- a throwaway password of the local test database
        { name = "DB_PASSWORD", value = "hunter2hunter2" },
      ]
    }
  ])
}

// ecslint ignore=secret-in-environment -- the whole task definition is a local fixture
resource "aws_ecs_task_definition" "fixture" {
  family = "fixture"
  container_definitions = jsonencode([
    { name = "app", image = "app:1.0", environment = [{ name = "API_KEY", value = "sk_test_4eC39HqLyjWDarjtT1zdp7dc" }] }
  ])
}

resource "aws_ecs_task_definition" "not_covered" {
  family = "web"
  container_definitions = jsonencode([
    # expect: CT004 "STRIPE_API_KEY"
    { name = "app", image = "app:1.0", environment = [{ name = "STRIPE_API_KEY", value = "sk_live_4eC39HqLyjWDarjtT1zdp7dc" }] }
  ])
}
