package org.iprassist.cases.ecommerce.internal;

import java.io.Serializable;
import java.time.Instant;

/**
 * An e-commerce platform registered by a regional centre to send cases through the intake API.
 * Its cases land in that centre's schema; the province comes from the registration, never from
 * the request.
 */
record PlatformClient(String clientId, String name, String provinceCode, String centreUnitCode, Instant createdAt,
		String createdBy, Instant revokedAt) implements Serializable {

	boolean active() {
		return revokedAt == null;
	}
}
