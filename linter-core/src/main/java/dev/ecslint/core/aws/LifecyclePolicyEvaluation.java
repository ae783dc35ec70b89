package dev.ecslint.core.aws;

import dev.ecslint.core.aws.LifecyclePolicyRule.TagStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

    /**
     * A policy AWS accepts holds at most 30,720 characters (Amazon ECR service quotas, "Lifecycle policy
     * length") and a rule takes more than 100 of them, so no valid policy has more rules than this.
     */
    static final int MAX_ANALYSED_RULES = 300;

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
     * Every shadowed rule of the policy, in evaluation order. The policy is sorted once; each rule is compared
     * with the higher-priority rules of at most the first {@link #MAX_ANALYSED_RULES} of the policy, so the
     * work is bounded whatever the size of the input.
     */
    public static List<Shadow> shadows(LifecyclePolicy policy) {
        // each rule's selection is read once: comparing pairs must not re-read the JSON
        List<LifecyclePolicyRule> ordered = new ArrayList<>();
        List<LifecyclePolicySelection> selections = new ArrayList<>();
        for (LifecyclePolicyRule rule : policy.inEvaluationOrder()) {
            rule.selection().ifPresent(s -> {
                ordered.add(rule);
                selections.add(s);
            });
        }
        List<Shadow> found = new ArrayList<>();
        Map<String, LifecyclePolicyRule> firstUntagged = new HashMap<>();
        Map<String, LifecyclePolicyRule> firstEveryTagged = new HashMap<>();
        int higherEnd = 0; // ordered[0, higherEnd) have a strictly lower rulePriority than the current rule
        for (int i = 0; i < Math.min(ordered.size(), MAX_ANALYSED_RULES); i++) {
            long priority = ordered.get(i).priority().getAsLong();
            while (higherEnd < i && ordered.get(higherEnd).priority().getAsLong() < priority) {
                LifecyclePolicySelection added = selections.get(higherEnd);
                if (added.selectsUntagged()) {
                    firstUntagged.putIfAbsent(added.storageClass(), ordered.get(higherEnd));
                }
                if (added.selectsEveryTaggedImage()) {
                    firstEveryTagged.putIfAbsent(added.storageClass(), ordered.get(higherEnd));
                }
                higherEnd++;
            }
            Shadow shadow = shadowOf(i, higherEnd, ordered, selections, firstUntagged, firstEveryTagged);
            if (shadow != null) {
                found.add(shadow);
            }
        }
        return found;
    }

    /**
     * The higher-priority rules that leave {@code rule} nothing to act on, among the rules of {@code policy}.
     * A rule whose tag list merely repeats a higher rule's list is not reported here: AWS rejects that policy
     * (LP011 reports it).
     */
    public static Optional<Shadow> shadowOf(LifecyclePolicy policy, LifecyclePolicyRule rule) {
        return shadows(policy).stream().filter(s -> s.rule() == rule).findFirst();
    }

    /** The shadow of {@code ordered[i]} by the rules {@code ordered[0, higherEnd)}, or {@code null}. */
    private static Shadow shadowOf(int i, int higherEnd, List<LifecyclePolicyRule> ordered,
                                   List<LifecyclePolicySelection> selections,
                                   Map<String, LifecyclePolicyRule> firstUntagged,
                                   Map<String, LifecyclePolicyRule> firstEveryTagged) {
        LifecyclePolicyRule rule = ordered.get(i);
        LifecyclePolicySelection mine = selections.get(i);
        for (int h = 0; h < higherEnd; h++) {
            LifecyclePolicySelection theirs = selections.get(h);
            if (theirs.covers(mine) && !sameTagList(theirs, mine)) {
                return new Shadow(rule, List.of(ordered.get(h)));
            }
        }
        if (mine.tagStatus() == TagStatus.ANY) {
            LifecyclePolicyRule untagged = firstUntagged.get(mine.storageClass());
            LifecyclePolicyRule tagged = firstEveryTagged.get(mine.storageClass());
            if (untagged != null && tagged != null) {
                return new Shadow(rule, List.of(untagged, tagged));
            }
        }
        return null;
    }

    /**
     * Tagged rules of a policy that select the same tag list as an earlier rule (in document order), each
     * paired with the first such rule: one pass, the lists compared as sets through their hash.
     */
    public static List<Shadow> repeatedTagLists(LifecyclePolicy policy) {
        Map<TagListKey, LifecyclePolicyRule> first = new HashMap<>();
        List<Shadow> repeats = new ArrayList<>();
        for (LifecyclePolicyRule rule : policy.rules()) {
            Optional<LifecyclePolicySelection> mine = rule.selection().filter(s -> s.tagStatus() == TagStatus.TAGGED);
            if (mine.isEmpty()) {
                continue;
            }
            LifecyclePolicySelection s = mine.get();
            TagListKey key = new TagListKey(s.storageClass(), s.filter().kind(), Set.copyOf(s.filter().entries()));
            LifecyclePolicyRule earlier = first.putIfAbsent(key, rule);
            if (earlier != null) {
                repeats.add(new Shadow(rule, List.of(earlier)));
            }
        }
        return repeats;
    }

    /** What makes two tag lists the same for ECR: storage class, list kind and entries in any order. */
    private record TagListKey(String storageClass, LifecyclePolicyTagFilter.Kind kind, Set<String> entries) { }

    /** Two tagged selections of one storage class with the same list kind and entries (LP011). */
    public static boolean sameTagList(LifecyclePolicySelection a, LifecyclePolicySelection b) {
        return a.tagStatus() == TagStatus.TAGGED && b.tagStatus() == TagStatus.TAGGED
                && a.storageClass().equals(b.storageClass()) && a.filter().sameEntriesAs(b.filter());
    }

    private static boolean sameStorage(LifecyclePolicyRule h, LifecyclePolicySelection mine) {
        return h.selection().get().storageClass().equals(mine.storageClass());
    }
}
