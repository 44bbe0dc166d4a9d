package org.iprassist.core.tenancy;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.iprassist.IprIntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The batched event publication store: a transaction's publications reach its tenant's table
 * together when it commits (and earlier when it reads them itself), none when it rolls back; the
 * marks of listener runs land behind them in the same tenant's table, and a late processing or
 * failure mark never reopens a completed publication.
 */
@IprIntegrationTest
@Tag("database")
@Import(EventPublicationBatchingTests.Recorder.class)
class EventPublicationBatchingTests {

	@Autowired
	TenantDirectory tenants;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	EventPublicationRepository publications;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	JdbcTemplate template;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Recorder recorder;

	@Test
	void aTransactionsPublicationsAreWrittenWhenItCommitsAndCompletedInItsTenant() {
		String run = UUID.randomUUID().toString();
		Tenancy.runAs(nanning(), () -> new TransactionTemplate(transactionManager).executeWithoutResult(tx -> {
			for (int i = 0; i < 3; i++) {
				events.publishEvent(new Probe(run, i));
			}
			assertThat(rows(run, "")).isZero();
			assertThat(publications.findIncompletePublications()).extracting(TargetEventPublication::getEvent)
				.filteredOn(event -> event instanceof Probe probe && probe.run().equals(run))
				.hasSize(3);
			assertThat(rows(run, "")).isEqualTo(3);
			events.publishEvent(new Probe(run, 3));
		}));

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			assertThat(recorder.seen(run)).isEqualTo(4);
			assertThat(Tenancy.callAs(nanning(), () -> rows(run, "and STATUS = 'COMPLETED' and COMPLETION_DATE is not null")))
				.isEqualTo(4);
		});
		assertThat(Tenancy.callAsPlatform(() -> rows(run, ""))).isZero();
	}

	@Test
	void aRolledBackTransactionLeavesNoPublication() {
		String run = UUID.randomUUID().toString();
		Tenancy.runAs(nanning(), () -> new TransactionTemplate(transactionManager).executeWithoutResult(tx -> {
			events.publishEvent(new Probe(run, 0));
			tx.setRollbackOnly();
		}));

		assertThat(Tenancy.callAs(nanning(), () -> rows(run, ""))).isZero();
		assertThat(recorder.seen(run)).isZero();
	}

	@Test
	void aLateProcessingOrFailureMarkNeverReopensACompletedPublication() throws InterruptedException {
		UUID completed = UUID.randomUUID();
		UUID failed = UUID.randomUUID();
		Tenancy.runAs(nanning(), () -> List.of(completed, failed).forEach(this::insertPublished));
		PublicationMarks marks = new PublicationMarks(template, transactionManager);
		Instant at = Instant.parse("2026-12-04T08:00:00Z");

		Tenancy.runAs(nanning(), () -> {
			marks.processing(completed);
			marks.completed(completed, at);
			marks.processing(failed);
		});
		marks.close();
		Tenancy.runAs(nanning(), () -> {
			marks.processing(completed);
			marks.failed(completed);
			marks.failed(failed);
		});

		Tenancy.runAs(nanning(), () -> {
			assertThat(status(completed)).isEqualTo("COMPLETED");
			assertThat(status(failed)).isEqualTo("FAILED");
			assertThat(jdbc.sql("select COMPLETION_DATE from EVENT_PUBLICATION where ID = ?")
				.param(completed.toString())
				.query(Timestamp.class)
				.single()
				.toInstant()).isEqualTo(at);
		});
	}

	@Test
	void marksWrittenTogetherKeepEachItsOwnStatusAndTime() throws InterruptedException {
		List<UUID> ids = java.util.stream.Stream.generate(UUID::randomUUID).limit(501).toList();
		List<UUID> running = java.util.stream.Stream.generate(UUID::randomUUID).limit(501).toList();
		Tenancy.runAs(nanning(), () -> java.util.stream.Stream.concat(ids.stream(), running.stream())
			.forEach(this::insertPublished));
		PublicationMarks marks = new PublicationMarks(template, transactionManager);
		Instant at = Instant.parse("2026-12-04T08:00:00.000001Z");

		Tenancy.runAs(nanning(), () -> {
			for (int i = 0; i < ids.size(); i++) {
				marks.completed(ids.get(i), at.plusMillis(i));
				marks.processing(running.get(i));
			}
		});
		marks.close();

		Tenancy.runAs(nanning(), () -> {
			for (int i : new int[] { 0, 1, 499, 500 }) {
				assertThat(status(ids.get(i))).isEqualTo("COMPLETED");
				assertThat(jdbc.sql("select COMPLETION_DATE from EVENT_PUBLICATION where ID = ?")
					.param(ids.get(i).toString())
					.query(Timestamp.class)
					.single()
					.toInstant()).as("publication %d", i).isEqualTo(at.plusMillis(i));
			}
			assertThat(jdbc.sql("select count(*) from EVENT_PUBLICATION where STATUS = 'COMPLETED' and ID in ("
					+ String.join(", ", java.util.Collections.nCopies(ids.size(), "?")) + ")")
				.params(ids.stream().map(UUID::toString).toList())
				.query(Integer.class)
				.single()).isEqualTo(501);
			assertThat(running).allSatisfy(id -> assertThat(status(id)).isEqualTo("PROCESSING"));
		});
	}

	private TenantDescriptor nanning() {
		return tenants.find(new UnitCode("gx-nanning")).orElseThrow();
	}

	private int rows(String run, String condition) {
		return jdbc.sql("select count(*) from EVENT_PUBLICATION where SERIALIZED_EVENT like ? " + condition)
			.param("%" + run + "%")
			.query(Integer.class)
			.single();
	}

	private void insertPublished(UUID id) {
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.sql("""
				insert into EVENT_PUBLICATION (ID, EVENT_TYPE, LISTENER_ID, PUBLICATION_DATE, SERIALIZED_EVENT, STATUS,
				COMPLETION_ATTEMPTS, LAST_RESUBMISSION_DATE) values (?, 'test', 'test', ?, '{}', 'PUBLISHED', 1, ?)""")
			.params(id.toString(), now, now)
			.update();
	}

	private String status(UUID id) {
		return jdbc.sql("select STATUS from EVENT_PUBLICATION where ID = ?").param(id.toString()).query(String.class).single();
	}

	/** An event of this test alone. */
	record Probe(String run, int number) {
	}

	/** Counts the probes it is handed, per run. */
	static class Recorder {

		private final Set<Probe> seen = ConcurrentHashMap.newKeySet();

		public long seen(String run) {
			return seen.stream().filter(probe -> probe.run().equals(run)).count();
		}

		@ApplicationModuleListener
		void on(Probe probe) {
			seen.add(probe);
		}
	}
}
