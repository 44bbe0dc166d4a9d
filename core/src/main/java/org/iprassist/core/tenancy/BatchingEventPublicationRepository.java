package org.iprassist.core.tenancy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.modulith.events.EventPublication.Status;

/**
 * Spring Modulith's JDBC event publication store with its writes batched: a transaction's new
 * publications go in one JDBC batch before it commits ({@link PublicationInserts}), and the marks
 * of listener runs are written behind them ({@link PublicationMarks}). Everything else, and every
 * read, goes to Modulith's store unchanged; a read first writes the current transaction's pending
 * publications, so a transaction always sees its own. Each tenant's publications stay in its own
 * schema: both writers work in the tenant of the thread that wrote. Every mark goes to the writer,
 * even a completion found by its event rather than its id, so none depends on the transaction of
 * the thread that made it.
 */
final class BatchingEventPublicationRepository implements EventPublicationRepository, DisposableBean {

	private final EventPublicationRepository store;

	private final PublicationInserts inserts;

	private final PublicationMarks marks;

	BatchingEventPublicationRepository(EventPublicationRepository store, PublicationInserts inserts,
			PublicationMarks marks) {
		this.store = store;
		this.inserts = inserts;
		this.marks = marks;
	}

	@Override
	public TargetEventPublication create(TargetEventPublication publication) {
		return inserts.defer(publication) ? publication : store.create(publication);
	}

	@Override
	public void markProcessing(UUID identifier) {
		marks.processing(identifier);
	}

	@Override
	public void markCompleted(UUID identifier, Instant completionDate) {
		marks.completed(identifier, completionDate);
	}

	@Override
	public void markFailed(UUID identifier) {
		marks.failed(identifier);
	}

	@Override
	public void markCompleted(Object event, PublicationTargetIdentifier identifier, Instant completionDate) {
		inserts.flushCurrent();
		store.findIncompletePublicationsByEventAndTargetIdentifier(event, identifier)
			.ifPresent(publication -> marks.completed(publication.getIdentifier(), completionDate));
	}

	@Override
	public boolean markResubmitted(UUID identifier, Instant resubmissionDate) {
		inserts.flushCurrent();
		return store.markResubmitted(identifier, resubmissionDate);
	}

	@Override
	public List<TargetEventPublication> findIncompletePublications() {
		inserts.flushCurrent();
		return store.findIncompletePublications();
	}

	@Override
	public List<TargetEventPublication> findIncompletePublicationsPublishedBefore(Instant instant) {
		inserts.flushCurrent();
		return store.findIncompletePublicationsPublishedBefore(instant);
	}

	@Override
	public Optional<TargetEventPublication> findIncompletePublicationsByEventAndTargetIdentifier(Object event,
			PublicationTargetIdentifier targetIdentifier) {
		inserts.flushCurrent();
		return store.findIncompletePublicationsByEventAndTargetIdentifier(event, targetIdentifier);
	}

	@Override
	public List<TargetEventPublication> findCompletedPublications() {
		inserts.flushCurrent();
		return store.findCompletedPublications();
	}

	@Override
	public List<TargetEventPublication> findFailedPublications(FailedCriteria criteria) {
		inserts.flushCurrent();
		return store.findFailedPublications(criteria);
	}

	@Override
	public List<TargetEventPublication> findByStatus(Status status) {
		inserts.flushCurrent();
		return store.findByStatus(status);
	}

	@Override
	public int countByStatus(Status status) {
		inserts.flushCurrent();
		return store.countByStatus(status);
	}

	@Override
	public void deletePublications(List<UUID> identifiers) {
		inserts.flushCurrent();
		store.deletePublications(identifiers);
	}

	@Override
	public void deleteCompletedPublications() {
		inserts.flushCurrent();
		store.deleteCompletedPublications();
	}

	@Override
	public void deleteCompletedPublicationsBefore(Instant instant) {
		inserts.flushCurrent();
		store.deleteCompletedPublicationsBefore(instant);
	}

	@Override
	public void destroy() throws InterruptedException {
		marks.close();
	}
}
