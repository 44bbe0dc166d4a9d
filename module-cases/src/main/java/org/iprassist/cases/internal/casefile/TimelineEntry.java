package org.iprassist.cases.internal.casefile;

import java.time.LocalDateTime;

/**
 * A step of a case as the timeline shows it; {@code action} is a message key.
 */
public record TimelineEntry(LocalDateTime at, String actor, String action, String detail) {
}
