# Every argument a rule reads, left to plan time: var.*, local.*, each.*, count.index, data.*, other
# resources' attributes, functions, dynamic blocks. Unknown is never a violation (TerraformCorpusTest).
resource "aws_ecs_task_definition" "app" {
  family                   = var.family
  requires_compatibilities = var.requires_compatibilities
  network_mode             = var.network_mode
  cpu                      = var.cpu
  memory                   = var.memory
  execution_role_arn       = var.execution_role_arn
  task_role_arn            = aws_iam_role.task.arn
  pid_mode                 = var.pid_mode
  ipc_mode                 = var.ipc_mode
  container_definitions = jsonencode([{
    name                   = var.name
    image                  = "${data.aws_ecr_repository.app.repository_url}:${var.tag}"
    user                   = var.user
    essential              = var.essential
    privileged             = var.privileged
    readonlyRootFilesystem = var.readonly
    healthCheck            = var.health_check
    logConfiguration       = local.log_configuration
    environment            = var.environment
    secrets                = var.secrets
    portMappings           = var.port_mappings
    memory                 = var.container_memory
    memoryReservation      = var.memory_reservation
    cpu                    = each.value.cpu
    linuxParameters        = try(var.linux_parameters, null)
    dependsOn              = var.depends_on_containers
    mountPoints            = var.mount_points
    stopTimeout            = count.index
    dnsServers             = var.dns
    links                  = var.links
    hostname               = var.hostname
    startTimeout           = lookup(var.timeouts, "start", null)
  }])
  dynamic "volume" {
    for_each = var.volumes
    content {
      name = volume.value.name
    }
  }
}

resource "aws_ecs_service" "app" {
  name                               = var.name
  cluster                            = var.cluster
  task_definition                    = aws_ecs_task_definition.app.arn
  desired_count                      = var.desired_count
  launch_type                        = var.launch_type
  platform_version                   = var.platform_version
  enable_execute_command             = var.enable_execute_command
  health_check_grace_period_seconds  = var.grace
  deployment_minimum_healthy_percent = var.min
  deployment_maximum_percent         = var.max
  dynamic "deployment_circuit_breaker" {
    for_each = var.circuit_breaker
    content {
      enable   = deployment_circuit_breaker.value.enable
      rollback = deployment_circuit_breaker.value.rollback
    }
  }
  network_configuration {
    subnets          = var.subnets
    security_groups  = var.security_groups
    assign_public_ip = var.assign_public_ip
  }
  dynamic "load_balancer" {
    for_each = var.load_balancers
    content {
      target_group_arn = load_balancer.value.arn
      container_name   = load_balancer.value.name
      container_port   = load_balancer.value.port
    }
  }
}

resource "aws_ecs_cluster" "this" {
  name = var.name
  dynamic "setting" {
    for_each = var.settings
    content {
      name  = setting.value.name
      value = setting.value.value
    }
  }
}

resource "aws_ecr_repository" "this" {
  name                 = var.name
  image_tag_mutability = var.image_tag_mutability
  dynamic "image_scanning_configuration" {
    for_each = var.scan
    content {
      scan_on_push = image_scanning_configuration.value
    }
  }
  dynamic "encryption_configuration" {
    for_each = var.encryption
    content {
      encryption_type = encryption_configuration.value.type
      kms_key         = encryption_configuration.value.kms_key
    }
  }
}

resource "aws_ecr_lifecycle_policy" "this" {
  repository = aws_ecr_repository.this.name
  policy     = var.lifecycle_policy
}
