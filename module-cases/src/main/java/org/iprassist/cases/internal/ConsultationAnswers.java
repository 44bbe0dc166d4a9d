package org.iprassist.cases.internal;

import org.iprassist.core.tenancy.Tenancy;
import org.iprassist.core.tenancy.TenantDirectory;
import org.iprassist.core.tenancy.UnitCode;
import org.iprassist.experts.ConsultationAnswered;
import org.iprassist.experts.ConsultationDeclined;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts an expert's answer (or refusal) on the asking unit's case timeline. The events are published
 * in the regional centre's schema, so the work switches to the asking unit's tenant first, which
 * must happen before any transaction opens: hence a plain async transactional listener with its own
 * transaction inside the switch rather than {@code @ApplicationModuleListener}. Recorded once per
 * consultation, as delivery is at least once.
 */
@Component
class ConsultationAnswers {

	private final TenantDirectory tenants;

	private final Cases cases;

	private final CaseTimeline timeline;

	private final TransactionTemplate transactions;

	ConsultationAnswers(TenantDirectory tenants, Cases cases, CaseTimeline timeline,
			PlatformTransactionManager manager) {
		this.tenants = tenants;
		this.cases = cases;
		this.timeline = timeline;
		this.transactions = new TransactionTemplate(manager);
	}

	@Async
	@TransactionalEventListener
	void on(ConsultationAnswered event) {
		record(event.unitCode(), event.matterReference(), "timeline.consultation-answered",
				event.consultationId().toString());
	}

	@Async
	@TransactionalEventListener
	void on(ConsultationDeclined event) {
		record(event.unitCode(), event.matterReference(), "timeline.consultation-declined",
				event.consultationId().toString());
	}

	private void record(String unitCode, String caseNumber, String action, String consultationId) {
		if (!UnitCode.isValid(unitCode)) {
			return;
		}
		tenants.find(new UnitCode(unitCode))
			.filter(tenant -> tenant.ready())
			.ifPresent(tenant -> Tenancy.runAs(tenant, () -> transactions.executeWithoutResult(
					status -> cases.findByCaseNumber(caseNumber)
						.ifPresent(found -> timeline.recordOnce(found.id(), "experts", action, consultationId,
								consultationId)))));
	}
}
