package org.iprassist.core.tenancy;

import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The tenant of the current thread, and the switch into and out of a tenant beneath
 * {@link TenantWork}. Only reading the current tenant is public: other modules work in a tenant
 * through {@link TenantWork}, which checks the unit first and opens the transaction after the
 * switch. A Hibernate session's tenant is fixed when it opens, so switching tenant while a
 * transaction is open is refused rather than silently ignored.
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
	static <T> T callAs(TenantDescriptor tenant, Supplier<T> work) {
		return switchTo(tenant, work);
	}

	static void runAs(TenantDescriptor tenant, Runnable work) {
		switchTo(tenant, () -> {
			work.run();
			return null;
		});
	}

	/**
	 * Runs {@code work} against the platform schema, e.g. to read the tenant store while serving a
	 * unit's page.
	 */
	static <T> T callAsPlatform(Supplier<T> work) {
		return switchTo(null, work);
	}

	private static <T> T switchTo(TenantDescriptor tenant, Supplier<T> work) {
		TenantDescriptor previous = TenantContext.get();
		if (!sameTenant(previous, tenant) && TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("Cannot switch to " + describe(tenant) + " inside a transaction opened for "
					+ describe(previous) + ": call TenantWork from outside the transaction, it opens its own after the switch");
		}
		set(tenant);
		try {
			return work.get();
		}
		finally {
			set(previous);
		}
	}

	private static String describe(TenantDescriptor tenant) {
		return tenant == null ? "the platform" : "unit " + tenant.code();
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
