package org.iprassist.cases.ecommerce.internal;

import org.iprassist.cases.ecommerce.EcommerceCaseDeclined;
import org.iprassist.cases.ecommerce.EcommerceCaseDetermined;
import org.iprassist.core.tenancy.Tenancy;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.ObjectMapper;

/**
 * Keeps the regional centre's tracking record in step with the sub-centre that holds the case. The
 * events are published in the sub-centre's schema; these listeners switch to the centre, which an
 * {@code @ApplicationModuleListener} could not (it opens a transaction before the switch), so they
 * are asynchronous transactional listeners that open the centre's transaction themselves. The
 * updates are conditional on the record's status, so a redelivered event changes nothing.
 */
@Component
class EcommerceTracking {

	private final EcommerceCases cases;

	private final DeterminationDeliveries deliveries;

	private final EcommerceUnits units;

	private final TransactionTemplate transactions;

	private final ObjectMapper json;

	EcommerceTracking(EcommerceCases cases, DeterminationDeliveries deliveries, EcommerceUnits units, PlatformTransactionManager transactionManager,
			ObjectMapper json) {
		this.json = json;
		this.cases = cases;
		this.deliveries = deliveries;
		this.units = units;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	@Async
	@TransactionalEventListener
	void on(EcommerceCaseDetermined event) {
		if (event.sourceUnitCode() == null) {
			return;
		}
		Tenancy.runAs(units.tenant(event.sourceUnitCode()), () -> transactions.executeWithoutResult(tx -> {
			if (cases.determined(event.sourceCaseId(), event.unitCode() + ":" + event.handler(), event.determinedAt(),
					event.conclusion(), event.reasons(), findings(event))) {
				deliveries.schedule(event.sourceUnitCode(), event.sourceCaseId());
			}
		}));
	}

	@Async
	@TransactionalEventListener
	void on(EcommerceCaseDeclined event) {
		Tenancy.runAs(units.tenant(event.sourceUnitCode()), () -> transactions
			.executeWithoutResult(tx -> cases.returnedToQueue(event.sourceCaseId(), event.unitCode() + ": " + event.reason())));
	}

	private String findings(EcommerceCaseDetermined event) {
		return json.writeValueAsString(event.findings());
	}
}
