package org.iprassist.appraisal.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.iprassist.appraisal.internal.PublicationQueries.Publication;
import org.iprassist.core.tenancy.TenantDescriptor;
import org.iprassist.core.tenancy.TenantDirectory;
import org.iprassist.core.tenancy.TenantWork;
import org.iprassist.core.tenancy.UnitEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.stereotype.Component;

/**
 * Rebuilds a province's progress read model from the event history. Modules have no "list my
 * events" API, so the history is Spring Modulith's event publication tables: the platform's and
 * every ready unit's of the province, read one schema at a time through the tenancy runtime.
 * Completed publications stay there because the completion mode is Spring Modulith's default,
 * {@code UPDATE} (marked, not deleted); a deployment that switched to {@code DELETE} or archived
 * and purged them would lose what came before, and a recompute would then count less.
 * Each event is counted through the same path as a live one, so the two agree. A publication is
 * matched to its event class through {@link EventTypes}, so one stored before its class moved to
 * another package still counts.
 */
@Component
class Recompute {

	private static final Logger log = LoggerFactory.getLogger(Recompute.class);

	private final TenantDirectory tenants;

	private final TenantWork work;

	private final EventSerializer serializer;

	private final EventCounting counting;

	private final EventTypes types;

	private final ProgressStore store;

	private final PublicationQueries publications;

	private final TaskExecutor executor;

	private final Map<String, Job> jobs = new ConcurrentHashMap<>();

	Recompute(TenantDirectory tenants, TenantWork work, EventSerializer serializer, EventCounting counting, EventTypes types,
			ProgressStore store, PublicationQueries publications, @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
		this.tenants = tenants;
		this.work = work;
		this.serializer = serializer;
		this.counting = counting;
		this.types = types;
		this.store = store;
		this.publications = publications;
		this.executor = executor;
	}

	Job start(String province) {
		jobs.values().removeIf(old -> old.province().equals(province) && (old.finished || old.failed));
		Job job = new Job(UUID.randomUUID().toString(), province);
		jobs.put(job.id(), job);
		executor.execute(() -> run(job));
		return job;
	}

	Optional<Job> job(String province, String id) {
		return Optional.ofNullable(jobs.get(id)).filter(job -> job.province().equals(province));
	}

	Job runNow(String province) {
		Job job = new Job(UUID.randomUUID().toString(), province);
		run(job);
		return job;
	}

	private void run(Job job) {
		try {
			List<TenantDescriptor> schemas = tenants.readyTenants()
				.stream()
				.filter(tenant -> job.province().equals(tenant.provinceCode()))
				.toList();
			job.total.set(schemas.size() + 1);
			store.clear(job.province());
			recount(job, work.platform().call(publications::all));
			for (TenantDescriptor tenant : schemas) {
				recount(job, work.unit(tenant.code()).call(publications::all));
			}
			job.finished = true;
		}
		catch (RuntimeException ex) {
			log.error("Recompute of {} failed", job.province(), ex);
			job.failed = true;
		}
	}

	private void recount(Job job, List<Publication> publications) {
		for (Publication publication : publications) {
			unitEvent(publication).filter(event -> counting.describe(event)
				.map(counted -> counted.provinceCode().equals(job.province()))
				.orElse(false)).ifPresent(event -> {
					if (counting.count(event)) {
						job.counted.incrementAndGet();
					}
				});
		}
		job.done.incrementAndGet();
	}

	private Optional<UnitEvent> unitEvent(Publication publication) {
		return types.classOf(publication.type())
			.map(type -> (UnitEvent) serializer.deserialize(publication.serialized(), type));
	}

	/** A running or finished recompute, polled by the console's progress bar. */
	static final class Job {

		private final String id;

		private final String province;

		final AtomicInteger total = new AtomicInteger(1);

		final AtomicInteger done = new AtomicInteger();

		final AtomicInteger counted = new AtomicInteger();

		volatile boolean finished;

		volatile boolean failed;

		Job(String id, String province) {
			this.id = id;
			this.province = province;
		}

		String id() {
			return id;
		}

		String province() {
			return province;
		}

		JobView view() {
			return new JobView(id, done.get(), total.get(), counted.get(), finished, failed,
					Math.min(100, done.get() * 100 / Math.max(1, total.get())));
		}
	}

	/** What the progress bar shows. */
	public record JobView(String id, int done, int total, int counted, boolean finished, boolean failed, int percent) {
	}
}
