package dev.ecslint.core.aws;

import dev.ecslint.core.aws.LifecyclePolicyRule.TagStatus;
import java.util.List;
import java.util.Optional;

/**
 * Which rules of a lifecycle policy can never act on an image, modelled on how ECR evaluates a policy.
 *
 * <p>AWS, "Lifecycle policy evaluation rules" (ECR User Guide, LifecyclePolicies): all rules are evaluated,
 * then applied in ascending {@code rulePriority}; "an image that matches the tagging requirements of a rule
 * cannot be expired by a rule with a lower priority". The guide's "Filtering on multiple rules" examples
 * show what that means for count rules: with rule 1 keeping one {@code prod} image and rule 2 keeping one
 * {@code beta} image, rule 2 may not expire image B (tags beta-2, prod-2) although rule 1 KEEPS it, because
 * "if Image B were expired it would violate Rule 1"; with the priorities swapped, rule 2 "would see no
 * images because all available images were already seen by Rule 1". So an image is taken by the first
 * rule whose tagging requirements match it, whatever that rule's count type and number: a count rule's
 * kept images are protected from every later rule, not handed down to it. A rule is therefore shadowed
 * when every image its tagging requirements match is matched by a higher-priority rule's — its
 * {@code countType}, {@code countNumber} and action do not matter.
 *
 * <p>Images of the two storage classes are separate sets (a rule "will only select images of this storage
 * class", lifecycle policy properties), so an archive rule is never shadowed by a standard one.
 *
 * <p>The analysis is exact for a rule covered by one higher-priority rule, and for an {@code any} rule
 * covered by an untagged rule plus a rule selecting every tagged image. It does not try to prove that a
 * union of several tag filters covers another; such rules are not reported (no false alarms).
 */
public final class LifecyclePolicyEvaluation {

    private LifecyclePolicyEvaluation() {
    }

    /**
     * @param rule  the shadowed rule
     * @param by    the higher-priority rules that together select every image {@code rule} could select
     */
    public record Shadow(LifecyclePolicyRule rule, List<LifecyclePolicyRule> by) {
        public Shadow {
            by = List.copyOf(by);
        }
    }

    /**
     * The higher-priority rules that leave {@code rule} nothing to act on. A rule whose tag list merely
     * repeats a higher rule's list is not reported here: AWS rejects that policy (LP011 reports it).
     */
    public static Optional<Shadow> shadowOf(LifecyclePolicy policy, LifecyclePolicyRule rule) {
        Optional<LifecyclePolicySelection> selection = rule.selection();
        if (selection.isEmpty() || rule.priority().isEmpty()) {
            return Optional.empty();
        }
        long priority = rule.priority().getAsLong();
        List<LifecyclePolicyRule> higher = policy.inEvaluationOrder().stream()
                .filter(h -> h.priority().getAsLong() < priority && h.selection().isPresent())
                .toList();
        LifecyclePolicySelection mine = selection.get();
        for (LifecyclePolicyRule h : higher) {
            LifecyclePolicySelection theirs = h.selection().get();
            if (theirs.covers(mine) && !sameTagList(theirs, mine)) {
                return Optional.of(new Shadow(rule, List.of(h)));
            }
        }
        if (mine.tagStatus() == TagStatus.ANY) {
            Optional<LifecyclePolicyRule> untagged = higher.stream()
                    .filter(h -> sameStorage(h, mine) && h.selection().get().selectsUntagged()).findFirst();
            Optional<LifecyclePolicyRule> tagged = higher.stream()
                    .filter(h -> sameStorage(h, mine) && h.selection().get().selectsEveryTaggedImage()).findFirst();
            if (untagged.isPresent() && tagged.isPresent()) {
                return Optional.of(new Shadow(rule, List.of(untagged.get(), tagged.get())));
            }
        }
        return Optional.empty();
    }

    /** Two tagged selections of one storage class with the same list kind and entries (LP011). */
    public static boolean sameTagList(LifecyclePolicySelection a, LifecyclePolicySelection b) {
        return a.tagStatus() == TagStatus.TAGGED && b.tagStatus() == TagStatus.TAGGED
                && a.storageClass().equals(b.storageClass()) && a.filter().sameEntriesAs(b.filter());
    }

    private static boolean sameStorage(LifecyclePolicyRule h, LifecyclePolicySelection mine) {
        return h.selection().get().storageClass().equals(mine.storageClass());
    }
}
