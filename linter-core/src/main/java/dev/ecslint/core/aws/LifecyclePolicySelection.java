package dev.ecslint.core.aws;

import dev.ecslint.core.aws.LifecyclePolicyRule.TagStatus;

/**
 * The set of images a lifecycle rule's tagging requirements match, independent of its count: images of
 * one storage class that are untagged, tagged and accepted by a tag filter, or any.
 *
 * @param filter the tag filter of a {@code tagged} selection; {@code null} otherwise
 */
public record LifecyclePolicySelection(String storageClass, TagStatus tagStatus, LifecyclePolicyTagFilter filter) {

    public boolean selectsUntagged() {
        return tagStatus != TagStatus.TAGGED;
    }

    public boolean selectsEveryTaggedImage() {
        return tagStatus == TagStatus.ANY || tagStatus == TagStatus.TAGGED && filter.selectsEveryTaggedImage();
    }

    /** True when every image {@code other} selects is selected by this selection too. */
    public boolean covers(LifecyclePolicySelection other) {
        if (!storageClass.equals(other.storageClass)) {
            return false;
        }
        switch (other.tagStatus) {
            case UNTAGGED:
                return selectsUntagged();
            case TAGGED:
                return tagStatus == TagStatus.ANY
                        || tagStatus == TagStatus.TAGGED && filter.covers(other.filter);
            default:
                return tagStatus == TagStatus.ANY;
        }
    }

    /** The selection as written, for messages. */
    public String describe() {
        String what = tagStatus == TagStatus.TAGGED ? "tagged images matching " + filter.describe()
                : tagStatus == TagStatus.UNTAGGED ? "untagged images" : "all images";
        return LifecyclePolicyRule.STANDARD.equals(storageClass) ? what : what + " in " + storageClass + " storage";
    }
}
