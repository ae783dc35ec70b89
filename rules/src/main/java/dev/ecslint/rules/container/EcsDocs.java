package dev.ecslint.rules.container;

/** Amazon ECS documentation the CT and TD rules cite. */
public final class EcsDocs {

    private static final String GUIDE = "https://docs.aws.amazon.com/AmazonECS/latest/developerguide/";

    public static final String TASK_DEFINITION_PARAMETERS = GUIDE + "task_definition_parameters.html";
    public static final String CONTAINER_SECURITY = GUIDE + "security-tasks-containers.html";
    public static final String SECRETS = GUIDE + "specifying-sensitive-data.html";
    public static final String TASK_ROLE = GUIDE + "task-iam-roles.html";
    public static final String EXECUTION_ROLE = GUIDE + "task_execution_IAM_role.html";
    public static final String AWSLOGS = GUIDE + "using_awslogs.html";
    public static final String FIRELENS = GUIDE + "using_firelens.html";
    public static final String FARGATE_TASK_DEFINITIONS = GUIDE + "fargate-tasks-services.html";
    public static final String AWSVPC = GUIDE + "task-networking-awsvpc.html";
    public static final String NETWORKING = GUIDE + "task-networking.html";
    public static final String HEALTH_CHECK = GUIDE + "healthcheck.html";
    public static final String EFS = GUIDE + "efs-volumes.html";
    public static final String PRIVATE_REGISTRY = GUIDE + "private-auth.html";
    public static final String CONTAINER_DEPENDENCY = TASK_DEFINITION_PARAMETERS + "#container_definition_dependson";
    public static final String LINUX_PARAMETERS = TASK_DEFINITION_PARAMETERS + "#container_definition_linuxparameters";
    public static final String TASK_SIZE = TASK_DEFINITION_PARAMETERS + "#task_size";
    public static final String BEST_PRACTICES_SIZE = GUIDE + "capacity-tasksize.html";
    public static final String SECURITY_HUB_ECS = "https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html";

    private EcsDocs() {
    }
}
