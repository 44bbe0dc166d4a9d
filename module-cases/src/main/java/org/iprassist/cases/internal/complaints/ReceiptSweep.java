package org.iprassist.cases.internal.complaints;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.iprassist.cases.internal.casefile.CaseTimeline;
import org.iprassist.cases.internal.casefile.Cases;
import org.iprassist.core.tenancy.TenantWork;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Watches the bureaus' receipts: in every ready unit, a transferred complaint still without its
 * receipt {@value ComplaintManagement#RECEIPT_WORKING_DAYS} working days after the transfer is marked overdue
 * and its handler reminded (a timeline step and the inbox banner), once per complaint; the mark
 * goes when the receipt arrives. ShedLock keeps two nodes from sweeping at once; the day comes
 * from the injected {@link Clock}. Each complaint is marked in its own transaction, so a handler
 * editing the case at that moment costs only that complaint a retry on the next run.
 */
@Component
class ReceiptSweep {

	static final String ACTOR = "system";

	private final OverdueReceiptQueries receipts;

	private final Cases cases;

	private final CaseTimeline timeline;

	private final TenantWork work;

	private final Clock clock;

	ReceiptSweep(OverdueReceiptQueries receipts, Cases cases, CaseTimeline timeline, TenantWork work, Clock clock) {
		this.receipts = receipts;
		this.cases = cases;
		this.timeline = timeline;
		this.work = work;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${ipr.cases.receipt-sweep-interval:PT10M}",
			initialDelayString = "${ipr.cases.receipt-sweep-interval:PT10M}")
	@SchedulerLock(name = "cases-receipt-sweep")
	void sweepAll() {
		work.eachReadyUnit(this::sweep);
	}

	/**
	 * @return how many complaints were newly marked overdue (and their handlers reminded)
	 */
	int sweep(TenantWork.Scope unit) {
		return unit.call(() -> {
			LocalDate today = LocalDate.now(clock);
			int reminded = 0;
			for (UUID id : receipts.dueAndUnmarked(today)) {
				reminded += remind(id, today);
			}
			return reminded;
		});
	}

	private int remind(UUID caseId, LocalDate today) {
		try {
			return work.write(() -> cases.findById(caseId)
				.filter(found -> found.markReceiptOverdue(today))
				.map(found -> {
					timeline.record(caseId, ACTOR, "timeline.receipt-overdue", found.handler());
					cases.save(found);
					return 1;
				})
				.orElse(0));
		}
		catch (OptimisticLockingFailureException ex) {
			return 0;
		}
	}
}
