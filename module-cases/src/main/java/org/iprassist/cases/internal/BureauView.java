package org.iprassist.cases.internal;

import java.util.UUID;

/**
 * A bureau of the unit's directory.
 */
public record BureauView(UUID id, String name, String city, String contacts) {
}
