package dev.ecslint.rules.lifecycle;

/** Amazon ECR documentation the LP and RP rules cite. */
public final class EcrDocs {

    private static final String GUIDE = "https://docs.aws.amazon.com/AmazonECR/latest/userguide/";

    public static final String LIFECYCLE_POLICIES = GUIDE + "LifecyclePolicies.html";
    public static final String LIFECYCLE_EVALUATION = LIFECYCLE_POLICIES + "#lp_evaluation_rules";
    public static final String LIFECYCLE_PROPERTIES = GUIDE + "lifecycle_policy_parameters.html";
    public static final String LIFECYCLE_EXAMPLES = GUIDE + "lifecycle_policy_examples.html";
    public static final String IMAGE_SCANNING = GUIDE + "image-scanning.html";
    public static final String TAG_MUTABILITY = GUIDE + "image-tag-mutability.html";
    public static final String ENCRYPTION = GUIDE + "encryption-at-rest.html";
    public static final String REPOSITORY_POLICIES = GUIDE + "repository-policies.html";
    public static final String PUBLIC_REPOSITORIES = "https://docs.aws.amazon.com/AmazonECR/latest/public/public-repositories.html";
    public static final String SECURITY_HUB_ECR = "https://docs.aws.amazon.com/securityhub/latest/userguide/ecr-controls.html";

    private EcrDocs() {
    }
}
