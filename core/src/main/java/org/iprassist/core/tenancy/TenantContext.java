package org.iprassist.core.tenancy;

/**
 * The tenant of the current thread. Package-private on purpose: only the tenancy runtime sets or
 * clears it, and everything else goes through {@link Tenancy}.
 */
final class TenantContext {

	private static final ThreadLocal<TenantDescriptor> CURRENT = new ThreadLocal<>();

	private TenantContext() {
	}

	static TenantDescriptor get() {
		return CURRENT.get();
	}

	static void set(TenantDescriptor tenant) {
		CURRENT.set(tenant);
	}

	static void clear() {
		CURRENT.remove();
	}
}
