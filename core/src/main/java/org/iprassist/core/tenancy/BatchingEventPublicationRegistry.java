package org.iprassist.core.tenancy;

import java.time.Duration;
import java.util.Collection;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.springframework.aop.framework.AopProxyUtils;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.Staleness;
import org.springframework.modulith.events.core.TargetEventPublication;

/**
 * Spring Modulith's registry without a transaction around each mark of a listener run. Modulith
 * opens a new transaction for every processing, completion and failure mark, so that the mark
 * commits on its own even from inside a finished transaction. The batched store
 * ({@link BatchingEventPublicationRepository}) hands every mark to its writer, which commits it in a
 * transaction of its own, so those transactions held nothing and cost two empty transactions per
 * listener run: a connection, a schema switch and two round trips each. The marks go to the
 * registry itself, everything else through its transactional proxy as before.
 */
final class BatchingEventPublicationRegistry implements EventPublicationRegistry {

	private final EventPublicationRegistry registry;

	private final EventPublicationRegistry marking;

	BatchingEventPublicationRegistry(EventPublicationRegistry registry) {
		this.registry = registry;
		Object target = AopProxyUtils.getSingletonTarget(registry);
		this.marking = target instanceof EventPublicationRegistry unproxied ? unproxied : registry;
	}

	@Override
	public Collection<TargetEventPublication> store(Object event, Stream<PublicationTargetIdentifier> listeners) {
		return registry.store(event, listeners);
	}

	@Override
	public void markProcessing(Object event, PublicationTargetIdentifier identifier) {
		marking.markProcessing(event, identifier);
	}

	@Override
	public void markCompleted(Object event, PublicationTargetIdentifier identifier) {
		marking.markCompleted(event, identifier);
	}

	@Override
	public void markFailed(Object event, PublicationTargetIdentifier identifier) {
		marking.markFailed(event, identifier);
	}

	@Override
	public Collection<TargetEventPublication> findIncompletePublications() {
		return registry.findIncompletePublications();
	}

	@Override
	public Collection<TargetEventPublication> findIncompletePublicationsOlderThan(Duration duration) {
		return registry.findIncompletePublicationsOlderThan(duration);
	}

	@Override
	public void deleteCompletedPublicationsOlderThan(Duration duration) {
		registry.deleteCompletedPublicationsOlderThan(duration);
	}

	@Override
	public void processIncompletePublications(Predicate<EventPublication> filter,
			Consumer<TargetEventPublication> consumer, Duration duration) {
		registry.processIncompletePublications(filter, consumer, duration);
	}

	@Override
	public void processFailedPublications(ResubmissionOptions options, Consumer<TargetEventPublication> consumer) {
		registry.processFailedPublications(options, consumer);
	}

	@Override
	public void markStalePublicationsFailed(Staleness staleness) {
		registry.markStalePublicationsFailed(staleness);
	}
}
