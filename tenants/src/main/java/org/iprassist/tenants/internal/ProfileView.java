package org.iprassist.tenants.internal;

import java.time.LocalDateTime;

/**
 * A unit's profile as shown and served.
 */
record ProfileView(String address, String postalCode, String phone, String email, String officeHours,
		String introduction, LocalDateTime updatedAt, String updatedBy) {
}
