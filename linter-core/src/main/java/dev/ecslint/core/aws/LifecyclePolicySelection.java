package dev.ecslint.core.aws;

import dev.ecslint.core.aws.LifecyclePolicyRule.TagStatus;
import dev.ecslint.core.i18n.Message;

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

    /** The selection in a message: "tagged images matching `tagPrefixList ["v"]`", "untagged images", …. */
    public Message describe() {
        Message what = tagStatus == TagStatus.TAGGED
                ? Message.of("lifecycle.selection.tagged").code("filter", filter.describe())
                : Message.of(tagStatus == TagStatus.UNTAGGED ? "lifecycle.selection.untagged" : "lifecycle.selection.any");
        return LifecyclePolicyRule.STANDARD.equals(storageClass) ? what
                : Message.of("lifecycle.selection.inStorage").phrase("images", what).code("storage", storageClass);
    }
}
