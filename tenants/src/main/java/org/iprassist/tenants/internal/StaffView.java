package org.iprassist.tenants.internal;

import java.util.UUID;

/**
 * A roster entry as shown and served.
 */
record StaffView(UUID id, String name, String position, String phone, String email) {
}
