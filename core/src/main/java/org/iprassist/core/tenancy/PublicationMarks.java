package org.iprassist.core.tenancy;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.iprassist.core.batching.BatchingQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the processing, completion and failure marks of listener runs behind them: a writer
 * thread collects the marks, waits a moment so that a run's processing mark and its completion
 * usually fold into one row update, and writes them per tenant in one transaction, one statement
 * per {@value #PER_STATEMENT} publications and kind of mark (each completion keeps its own time).
 * Spring Modulith writes each mark in a transaction of its own; at a platform's batch of 500 cases
 * that was 1,000 commits behind every request.
 * <p>
 * A mark reaches the database a few milliseconds after its run ended. Should the process die in
 * between, or a write fail, the publication stays incomplete and is resubmitted, so its listener
 * runs again: the at-least-once delivery every listener already tolerates, since a crash between a
 * listener's commit and its mark has always been possible. A processing or failure mark never
 * overwrites a completion.
 */
final class PublicationMarks {

	private static final Logger log = LoggerFactory.getLogger(PublicationMarks.class);

	private static final int PER_STATEMENT = 500;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final BatchingQueue<Mark> queue;

	PublicationMarks(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.queue = new BatchingQueue<>("event-publication-marks", 2_000, Duration.ofMillis(20), this::write);
	}

	void processing(UUID id) {
		queue.add(new Mark(TenantContext.get(), id, "PROCESSING", null));
	}

	void completed(UUID id, Instant at) {
		queue.add(new Mark(TenantContext.get(), id, "COMPLETED", at));
	}

	void failed(UUID id) {
		queue.add(new Mark(TenantContext.get(), id, "FAILED", null));
	}

	/** Writes what is left; marks arriving later are written at once. */
	void close() throws InterruptedException {
		queue.close();
	}

	private void write(List<Mark> marks) {
		Map<String, List<Mark>> byTenant = new LinkedHashMap<>();
		for (Mark mark : marks) {
			byTenant.computeIfAbsent(mark.tenant() == null ? "" : mark.tenant().code().value(), k -> new ArrayList<>())
				.add(mark);
		}
		byTenant.values().forEach(this::writeForTenant);
	}

	private void writeForTenant(List<Mark> marks) {
		Map<UUID, Mark> last = new LinkedHashMap<>();
		for (Mark mark : marks) {
			last.merge(mark.id(), mark, (earlier, later) -> earlier.completedAt() != null ? earlier : later);
		}
		List<Mark> completions = last.values().stream().filter(m -> m.completedAt() != null).toList();
		List<Mark> others = last.values().stream().filter(m -> m.completedAt() == null).toList();
		TenantDescriptor tenant = marks.get(0).tenant();
		try {
			Runnable work = () -> transactions.executeWithoutResult(tx -> {
				inChunks(completions, this::complete);
				others.stream()
					.collect(Collectors.groupingBy(Mark::status, LinkedHashMap::new, Collectors.toList()))
					.forEach((status, marked) -> inChunks(marked, chunk -> mark(status, chunk)));
			});
			if (tenant == null) {
				Tenancy.callAsPlatform(() -> {
					work.run();
					return null;
				});
			}
			else {
				Tenancy.runAs(tenant, work);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Could not write {} event publication marks of {}; their publications stay incomplete and will be resubmitted",
					last.size(), tenant == null ? "the platform" : tenant.code(), ex);
		}
	}

	private static void inChunks(List<Mark> marks, Consumer<List<Mark>> write) {
		for (int from = 0; from < marks.size(); from += PER_STATEMENT) {
			write.accept(marks.subList(from, Math.min(marks.size(), from + PER_STATEMENT)));
		}
	}

	private void complete(List<Mark> completions) {
		StringBuilder sql = new StringBuilder("update EVENT_PUBLICATION set STATUS = 'COMPLETED', COMPLETION_DATE = case ID");
		List<Object> arguments = new ArrayList<>(completions.size() * 3);
		for (Mark mark : completions) {
			sql.append(" when ? then ?");
			arguments.add(mark.id().toString());
			arguments.add(Timestamp.from(mark.completedAt()));
		}
		sql.append(" end where ID in (").append(placeholders(completions)).append(')');
		completions.forEach(mark -> arguments.add(mark.id().toString()));
		jdbc.update(sql.toString(), arguments.toArray());
	}

	private void mark(String status, List<Mark> marks) {
		List<Object> arguments = new ArrayList<>(marks.size() + 1);
		arguments.add(status);
		marks.forEach(mark -> arguments.add(mark.id().toString()));
		jdbc.update("update EVENT_PUBLICATION set STATUS = ? where COMPLETION_DATE is null and ID in (" + placeholders(marks)
				+ ")", arguments.toArray());
	}

	private static String placeholders(List<Mark> marks) {
		return String.join(", ", Collections.nCopies(marks.size(), "?"));
	}

	private record Mark(TenantDescriptor tenant, UUID id, String status, Instant completedAt) {
	}
}
