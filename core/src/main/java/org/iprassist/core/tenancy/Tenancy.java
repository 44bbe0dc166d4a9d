package org.iprassist.core.tenancy;

import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The way into and out of a tenant for code that is not a web request: per-tenant loops, async
 * work and the tenant store's own platform queries. A Hibernate session's tenant is fixed when it
 * opens, so switching tenant while a transaction is open is refused rather than silently ignored.
 */
public final class Tenancy {

	private Tenancy() {
	}

	/**
	 * @return the tenant of the current thread, empty when working on the platform schema
	 */
	public static Optional<TenantDescriptor> current() {
		return Optional.ofNullable(TenantContext.get());
	}

	/**
	 * Runs {@code work} in the given tenant, restoring the previous tenant afterwards.
	 */
	public static <T> T callAs(TenantDescriptor tenant, Supplier<T> work) {
		return switchTo(tenant, work);
	}

	public static void runAs(TenantDescriptor tenant, Runnable work) {
		switchTo(tenant, () -> {
			work.run();
			return null;
		});
	}

	/**
	 * Runs {@code work} against the platform schema, e.g. to read the tenant store while serving a
	 * unit's page.
	 */
	public static <T> T callAsPlatform(Supplier<T> work) {
		return switchTo(null, work);
	}

	private static <T> T switchTo(TenantDescriptor tenant, Supplier<T> work) {
		TenantDescriptor previous = TenantContext.get();
		if (!sameTenant(previous, tenant) && TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("Cannot switch tenant inside a transaction opened for "
					+ (previous == null ? "the platform" : previous.code()));
		}
		set(tenant);
		try {
			return work.get();
		}
		finally {
			set(previous);
		}
	}

	private static void set(TenantDescriptor tenant) {
		if (tenant == null) {
			TenantContext.clear();
		}
		else {
			TenantContext.set(tenant);
		}
	}

	private static boolean sameTenant(TenantDescriptor a, TenantDescriptor b) {
		return a == null ? b == null : b != null && a.code().equals(b.code());
	}
}
