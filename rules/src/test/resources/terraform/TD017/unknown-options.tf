resource "aws_ecs_task_definition" "literal" {
  family       = "literal"
  network_mode = "awsvpc"
  container_definitions = jsonencode([{
    name  = "app"
    image = "app:1.0"
    # expect: TD017
    hostname = "app"
  }])
}

# module inputs that default to null leave the options out of the JSON: unknown is not set
resource "aws_ecs_task_definition" "module" {
  family       = "module"
  network_mode = "awsvpc"
  container_definitions = jsonencode([{
    name             = "app"
    image            = "app:1.0"
    hostname         = var.hostname
    links            = local.links
    dnsServers       = each.value.dns_servers
    dnsSearchDomains = data.external.dns.result.domains
    extraHosts       = try(var.extra_hosts, null)
  }])
}
