package dev.ecslint.core.model;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * What a run read: the files of each kind, and the kinds that were recognised but not checked because no
 * reader turns them into anything rules inspect yet. Summaries show both, so that "no findings" never
 * stands for "not read" (a compose file with {@code privileged: true} before compose is read).
 *
 * @param filesByKind linted files per kind; {@link DocumentKind#UNKNOWN} counts the files that could not be
 *                    read or parsed (their E001 finding says why)
 * @param notChecked  kinds present in {@code filesByKind} that no rule could inspect
 */
public record Coverage(Map<DocumentKind, Integer> filesByKind, Set<DocumentKind> notChecked) {

    public static final Coverage NONE = new Coverage(Map.of(), Set.of());

    public Coverage {
        filesByKind = Map.copyOf(filesByKind);
        notChecked = Set.copyOf(notChecked);
    }

    /** Files of a kind that was not checked. */
    public int notCheckedFiles() {
        return notChecked.stream().mapToInt(k -> filesByKind.getOrDefault(k, 0)).sum();
    }

    /** The counts in {@link DocumentKind} order (Dockerfiles first), for summaries. */
    public Map<DocumentKind, Integer> ordered() {
        Map<DocumentKind, Integer> ordered = new EnumMap<>(DocumentKind.class);
        ordered.putAll(filesByKind);
        return ordered;
    }
}
