{% set cluster = salt['pillar.get']('ecs:cluster', 'default') %}
ecs-config:
  file.managed:
    - name: /etc/ecs/ecs.config
    - contents: |
        ECS_CLUSTER={{ cluster }}
        ECS_ENABLE_CONTAINER_METADATA=true
{% if salt['pillar.get']('ecs:spot', False) %}
ecs-spot-draining:
  file.append:
    - name: /etc/ecs/ecs.config
    - text: ECS_ENABLE_SPOT_INSTANCE_DRAINING=true
{% endif %}
