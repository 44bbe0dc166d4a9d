package org.iprassist.core.tenancy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.iprassist.core.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one way to work in a unit, in the platform schema or in a province's regional centre other
 * than through a request's own {@code @Transactional} services. Finding the unit, checking that its schema is ready (404
 * otherwise), switching to it and opening the transaction there are done here once, in that
 * order: a Hibernate session's tenant is fixed when it opens, so the switch must come first, and
 * switching inside an open transaction of another tenant is refused. Modules used to type this
 * recipe themselves; a slip (a transaction opened before the switch) failed silently, e.g. a
 * publication never marked complete.
 * <p>
 * A {@link Scope} offers three kinds of work: {@link Scope#read read} (a read-only transaction that
 * is rolled back, so nothing written inside survives, whatever the database does with the
 * read-only hint), {@link Scope#write write} (a transaction that commits), and
 * {@link Scope#call call} (no transaction: one statement, as a list page needs, or work that opens
 * its own transactions through the same scope, one per item).
 */
@Component
public class TenantWork {

	private static final Logger log = LoggerFactory.getLogger(TenantWork.class);

	private final TenantDirectory tenants;

	private final TransactionTemplate writes;

	private final TransactionTemplate reads;

	/**
	 * @param tenants lazy, as the tenant store implementing it does its own platform work here
	 */
	public TenantWork(@Lazy TenantDirectory tenants, PlatformTransactionManager transactions) {
		this.tenants = tenants;
		this.writes = new TransactionTemplate(transactions);
		this.reads = new TransactionTemplate(transactions);
		this.reads.setReadOnly(true);
	}

	/**
	 * @param code a unit code, possibly malformed (it may come from a URL or an event); a
	 *        malformed one is not repeated in the answer
	 * @return the unit's scope
	 * @throws NotFoundException unless the code names a known unit whose schema is ready
	 */
	public Scope unit(String code) {
		if (code == null || !UnitCode.isValid(code)) {
			throw new NotFoundException("error.unit.not-found", "");
		}
		return unit(new UnitCode(code));
	}

	/**
	 * @throws NotFoundException unless the unit is known and its schema is ready
	 */
	public Scope unit(UnitCode code) {
		return ready(tenants.find(code)).map(Scope::new)
			.orElseThrow(() -> new NotFoundException("error.unit.not-found", code.value()));
	}

	/**
	 * @return the scope of a unit if it is known and ready, for work that skips units it cannot
	 *         reach (an event naming a unit deleted since) instead of failing
	 */
	public Optional<Scope> findUnit(String code) {
		if (code == null || !UnitCode.isValid(code)) {
			return Optional.empty();
		}
		return ready(tenants.find(new UnitCode(code))).map(Scope::new);
	}

	/**
	 * @return the platform schema's scope (the tenant store, sessions, read models across units)
	 */
	public Scope platform() {
		return new Scope(null);
	}

	/**
	 * @throws NotFoundException ({@code error.unit.no-centre}) unless the province has a regional
	 *         centre whose schema is ready
	 */
	public Scope centreOf(String provinceCode) {
		return ready(tenants.findCentre(provinceCode)).map(Scope::new)
			.orElseThrow(() -> new NotFoundException("error.unit.no-centre", provinceCode));
	}

	/**
	 * @return the scope the current thread works in (a unit's, or the platform's), to come back to
	 *         it from another thread, e.g. to complete work handed over
	 */
	public Scope current() {
		return new Scope(TenantContext.get());
	}

	/**
	 * Runs {@code work} in a transaction in the thread's current scope (the unit of the request,
	 * or the tenant an async listener carries); see {@link Scope#write}.
	 */
	public <T> T write(Supplier<T> work) {
		return current().write(work);
	}

	public void write(Runnable work) {
		current().write(work);
	}

	/**
	 * Runs {@code work} once for every ready unit, one unit after another, handing it the unit's
	 * scope: {@code unit.write(…)} for one transaction per unit, or {@code unit.call(…)} with a
	 * {@code unit.write(…)} per item when one item's failure must not undo the others. A unit
	 * whose work throws is logged and left out of the answer; the other units still run, as one
	 * unit's broken data must not stop a sweep for the whole network, and the scheduled caller
	 * comes back to it at its next run.
	 * @return each unit's answer by unit code, for the units whose work succeeded
	 */
	public <T> Map<String, T> eachReadyUnit(Function<Scope, T> work) {
		Map<String, T> answers = new LinkedHashMap<>();
		for (TenantDescriptor tenant : tenants.readyTenants()) {
			try {
				answers.put(tenant.code().value(), work.apply(new Scope(tenant)));
			}
			catch (RuntimeException ex) {
				log.warn("Work in unit {} failed; the other units go on", tenant.code(), ex);
			}
		}
		return answers;
	}

	private static Optional<TenantDescriptor> ready(Optional<TenantDescriptor> tenant) {
		return tenant.filter(TenantDescriptor::ready);
	}

	/**
	 * Where work runs: one ready unit's schema, or the platform's. Obtained from {@link TenantWork}
	 * only, so holding one means the unit was found ready.
	 */
	public final class Scope {

		private final TenantDescriptor tenant;

		private Scope(TenantDescriptor tenant) {
			this.tenant = tenant;
		}

		/**
		 * @return the unit code, empty for the platform
		 */
		public Optional<String> unitCode() {
			return Optional.ofNullable(tenant).map(t -> t.code().value());
		}

		/**
		 * Runs {@code work} in a read-only transaction, rolled back at its end. Joins a transaction
		 * already open in the same scope (and then leaves its outcome alone).
		 */
		public <T> T read(Supplier<T> work) {
			return call(() -> reads.execute(status -> {
				T answer = work.get();
				if (status.isNewTransaction()) {
					status.setRollbackOnly();
				}
				return answer;
			}));
		}

		/**
		 * Runs {@code work} in a transaction that commits when it returns, or joins one already
		 * open in the same scope.
		 */
		public <T> T write(Supplier<T> work) {
			return call(() -> writes.execute(status -> work.get()));
		}

		public void write(Runnable work) {
			write(() -> {
				work.run();
				return null;
			});
		}

		/**
		 * Runs {@code work} in this scope without opening a transaction.
		 */
		public <T> T call(Supplier<T> work) {
			return tenant == null ? Tenancy.callAsPlatform(work) : Tenancy.callAs(tenant, work);
		}

		public void run(Runnable work) {
			call(() -> {
				work.run();
				return null;
			});
		}

		@Override
		public String toString() {
			return tenant == null ? "platform" : tenant.code().value();
		}
	}
}
