package org.iprassist.tenants.internal;

import java.util.function.Supplier;

import org.iprassist.core.tenancy.Tenancy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs tenant-store work on the platform schema in a transaction of its own, whatever unit the
 * current request is in. The tenant store's services go through here instead of
 * {@code @Transactional}, because a transaction joined inside a unit's request would be bound to
 * the unit's schema.
 */
@Component
class PlatformWork {

	private final TransactionTemplate writes;

	private final TransactionTemplate reads;

	PlatformWork(PlatformTransactionManager transactions) {
		this.writes = new TransactionTemplate(transactions);
		this.reads = new TransactionTemplate(transactions);
		this.reads.setReadOnly(true);
		this.reads.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
	}

	<T> T read(Supplier<T> work) {
		return Tenancy.callAsPlatform(() -> reads.execute(status -> work.get()));
	}

	<T> T write(Supplier<T> work) {
		return Tenancy.callAsPlatform(() -> writes.execute(status -> work.get()));
	}

	void write(Runnable work) {
		write(() -> {
			work.run();
			return null;
		});
	}
}
