package dev.ecslint.rules.service;

/** Amazon ECS documentation the SV and CL rules cite. */
public final class ServiceDocs {

    private static final String GUIDE = "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/";
    private static final String API = "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/";

    public static final String CREATE_SERVICE = API + "API_CreateService.html";
    public static final String CREATE_CLUSTER = API + "API_CreateCluster.html";
    public static final String AVAILABILITY = GUIDE + "availability-zone-rebalancing.html";
    public static final String PLACEMENT_CONSTRAINTS = GUIDE + "task-placement-constraints.html";
    public static final String CLUSTER_QUERY_LANGUAGE = GUIDE + "cluster-query-language.html";
    public static final String AWSVPC = GUIDE + "task-networking-awsvpc.html";
    public static final String CIRCUIT_BREAKER = GUIDE + "deployment-circuit-breaker.html";
    public static final String DEPLOYMENT_ALARMS = GUIDE + "deployment-alarm-failure.html";
    public static final String ROLLING_UPDATE = GUIDE + "deployment-type-ecs.html";
    public static final String LOAD_BALANCING = GUIDE + "service-load-balancing.html";
    public static final String PLATFORM_VERSIONS = GUIDE + "platform-fargate.html";
    public static final String EXEC = GUIDE + "ecs-exec.html";
    public static final String CAPACITY_PROVIDERS = GUIDE + "fargate-capacity-providers.html";
    public static final String CONTAINER_INSIGHTS = "https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/ContainerInsights.html";
    public static final String SECURITY_HUB_ECS = "https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html";
    public static final String RELIABILITY = GUIDE + "availability-best-practice.html";

    private ServiceDocs() {
    }
}
