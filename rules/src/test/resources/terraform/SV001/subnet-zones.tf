data "aws_availability_zones" "available" {}

resource "aws_subnet" "a" {
  vpc_id            = var.vpc_id
  cidr_block        = "10.0.1.0/24"
  availability_zone = "eu-west-1a"
}

resource "aws_subnet" "b" {
  vpc_id            = var.vpc_id
  cidr_block        = "10.0.2.0/24"
  availability_zone = "eu-west-1a"
}

resource "aws_subnet" "c" {
  vpc_id            = var.vpc_id
  cidr_block        = "10.0.3.0/24"
  availability_zone = data.aws_availability_zones.available.names[1]
}

resource "aws_subnet" "d" {
  vpc_id            = var.vpc_id
  cidr_block        = "10.0.4.0/24"
  availability_zone = data.aws_availability_zones.available.names[2]
}

resource "aws_subnet" "e" {
  vpc_id            = var.vpc_id
  cidr_block        = "10.0.5.0/24"
  availability_zone = var.zone
}

# both subnets lie in eu-west-1a
resource "aws_ecs_service" "one_zone" {
  name          = "one-zone"
  desired_count = 2
  network_configuration {
    # expect: SV001
    subnets = [aws_subnet.a.id, aws_subnet.b.id]
  }
}

# the second and third zones of the region: two zones
resource "aws_ecs_service" "two_zones" {
  name          = "two-zones"
  desired_count = 2
  network_configuration {
    subnets = [aws_subnet.c.id, aws_subnet.d.id]
  }
}

# a zone from a variable may be any zone: unknown, never a finding
resource "aws_ecs_service" "unknown_zone" {
  name          = "unknown-zone"
  desired_count = 2
  network_configuration {
    subnets = [aws_subnet.a.id, aws_subnet.e.id]
  }
}
