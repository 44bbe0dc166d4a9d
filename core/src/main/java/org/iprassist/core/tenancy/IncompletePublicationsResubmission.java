package org.iprassist.core.tenancy;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Resubmits event publications whose listener failed or never finished. Each tenant keeps its
 * publications in its own schema, so the job visits the platform and then every ready tenant, one
 * at a time; ShedLock keeps two application nodes from doing it at once.
 */
@Component
class IncompletePublicationsResubmission {

	private static final Logger log = LoggerFactory.getLogger(IncompletePublicationsResubmission.class);

	private final IncompleteEventPublications publications;

	private final TenantDirectory directory;

	private final TenancyProperties properties;

	IncompletePublicationsResubmission(IncompleteEventPublications publications, TenantDirectory directory,
			TenancyProperties properties) {
		this.publications = publications;
		this.directory = directory;
		this.properties = properties;
	}

	@Scheduled(fixedDelayString = "${ipr.tenancy.resubmission-interval:PT1M}",
			initialDelayString = "${ipr.tenancy.resubmission-interval:PT1M}")
	@SchedulerLock(name = "resubmit-incomplete-publications")
	void resubmitAll() {
		resubmitPlatform();
		directory.readyTenants().forEach(this::resubmit);
	}

	void resubmitPlatform() {
		Tenancy.callAsPlatform(() -> {
			publications.resubmitIncompletePublicationsOlderThan(properties.resubmitOlderThan());
			return null;
		});
	}

	void resubmit(TenantDescriptor tenant) {
		try {
			Tenancy.runAs(tenant,
					() -> publications.resubmitIncompletePublicationsOlderThan(properties.resubmitOlderThan()));
		}
		catch (RuntimeException ex) {
			log.warn("Resubmitting incomplete publications of {} failed", tenant.code(), ex);
		}
	}
}
