package org.iprassist.cases.ecommerce.internal;

import org.iprassist.cases.ecommerce.EcommerceCaseDeclined;
import org.iprassist.cases.ecommerce.EcommerceCaseDetermined;
import org.iprassist.core.tenancy.TenantListener;
import org.iprassist.core.tenancy.TenantWork;
import org.springframework.stereotype.Component;

import tools.jackson.databind.ObjectMapper;

/**
 * Keeps the regional centre's tracking record in step with the sub-centre that holds the case. The
 * events are published in the sub-centre's schema; these listeners work in the centre, which an
 * {@code @ApplicationModuleListener} could not (it opens a transaction before the switch), so they
 * are {@link TenantListener}s that open the centre's transaction through {@link TenantWork}. The
 * updates are conditional on the record's status, so a redelivered event changes nothing.
 */
@Component
class EcommerceTracking {

	private final EcommerceCases cases;

	private final DeterminationDeliveries deliveries;

	private final TenantWork work;

	private final ObjectMapper json;

	EcommerceTracking(EcommerceCases cases, DeterminationDeliveries deliveries, TenantWork work,
			ObjectMapper json) {
		this.json = json;
		this.cases = cases;
		this.deliveries = deliveries;
		this.work = work;
	}

	@TenantListener
	void on(EcommerceCaseDetermined event) {
		if (event.sourceUnitCode() == null) {
			return;
		}
		work.unit(event.sourceUnitCode()).write(() -> {
			if (cases.determined(event.sourceCaseId(), event.unitCode() + ":" + event.handler(), event.determinedAt(),
					event.conclusion(), event.reasons(), findings(event))) {
				deliveries.schedule(event.sourceUnitCode(), event.sourceCaseId());
			}
		});
	}

	@TenantListener
	void on(EcommerceCaseDeclined event) {
		work.unit(event.sourceUnitCode())
			.write(() -> cases.returnedToQueue(event.sourceCaseId(), event.unitCode() + ": " + event.reason()));
	}

	private String findings(EcommerceCaseDetermined event) {
		return json.writeValueAsString(event.findings());
	}
}
