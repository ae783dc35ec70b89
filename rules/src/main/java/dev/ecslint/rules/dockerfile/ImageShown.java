package dev.ecslint.rules.dockerfile;

import dev.ecslint.core.dockerfile.Token;
import dev.ecslint.core.i18n.Message;

/** An image reference as written, and what its variables resolve to when that differs. */
final class ImageShown {

    private ImageShown() {
    }

    /** {@code `node:latest`}, or {@code `${BASE}` (`node:latest`)}. */
    static Message of(Token written, String resolved) {
        return written.value().equals(resolved) ? Message.literal("{image}").code("image", resolved)
                : Message.literal("{written} ({image})").code("written", written.value()).code("image", resolved);
    }
}
