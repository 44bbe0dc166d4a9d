package org.iprassist.cases.internal.assistance;

import org.iprassist.cases.internal.casefile.CaseTimeline;
import org.iprassist.cases.internal.casefile.Cases;
import org.iprassist.core.tenancy.TenantListener;
import org.iprassist.core.tenancy.TenantWork;
import org.iprassist.experts.ConsultationAnswered;
import org.iprassist.experts.ConsultationDeclined;
import org.springframework.stereotype.Component;

/**
 * Puts an expert's answer (or refusal) on the asking unit's case timeline. The events are published
 * in the regional centre's schema, so the work switches to the asking unit's tenant first, which
 * must happen before any transaction opens: hence a {@link TenantListener} whose transaction
 * {@link TenantWork} opens in the unit, rather than {@code @ApplicationModuleListener}. An answer
 * for a unit that is gone or not ready is dropped. Recorded once per consultation, as delivery is
 * at least once.
 */
@Component
class ConsultationAnswers {

	private final Cases cases;

	private final CaseTimeline timeline;

	private final TenantWork work;

	ConsultationAnswers(Cases cases, CaseTimeline timeline, TenantWork work) {
		this.cases = cases;
		this.timeline = timeline;
		this.work = work;
	}

	@TenantListener
	void on(ConsultationAnswered event) {
		record(event.unitCode(), event.matterReference(), "timeline.consultation-answered",
				event.consultationId().toString());
	}

	@TenantListener
	void on(ConsultationDeclined event) {
		record(event.unitCode(), event.matterReference(), "timeline.consultation-declined",
				event.consultationId().toString());
	}

	private void record(String unitCode, String caseNumber, String action, String consultationId) {
		work.findUnit(unitCode)
			.ifPresent(unit -> unit.write(() -> cases.findByCaseNumber(caseNumber)
				.ifPresent(found -> timeline.recordOnce(found.id(), "experts", action, consultationId,
						consultationId))));
	}
}
