package org.iprassist.cases.ecommerce.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.iprassist.core.tenancy.TenantWork;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the 24-hour clock: every open case received 18 hours ago or more gets a warning, every one
 * received 24 hours ago or more is marked breached and escalated, each once, visiting every unit's
 * schema (the regional centre's tracking record and the sub-centre's copy both carry the receipt
 * time, so the handler and the regional admin are both warned). ShedLock keeps two nodes from
 * sweeping at once; time comes from the injected {@link Clock}.
 */
@Component
class ClockSweep {

	private final EcommerceCases cases;

	private final JdbcClient jdbc;

	private final TenantWork work;

	private final Clock clock;

	ClockSweep(EcommerceCases cases, JdbcClient jdbc, TenantWork work, Clock clock) {
		this.cases = cases;
		this.jdbc = jdbc;
		this.work = work;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${ipr.ecommerce.clock-sweep-interval:PT1M}",
			initialDelayString = "${ipr.ecommerce.clock-sweep-interval:PT1M}")
	@SchedulerLock(name = "ecommerce-clock-sweep")
	void sweepAll() {
		work.eachReadyUnit(this::sweep);
	}

	/**
	 * @return how many warnings and breaches were raised
	 */
	int sweep(TenantWork.Scope unit) {
		return unit.call(() -> {
			Instant now = clock.instant();
			int raised = 0;
			for (UUID id : cases.openUnmarked("warned_at", now.minus(EcommerceCase.WARNING))) {
				raised += raise(id, "warned_at", ClockAlertLists.WARNING, now);
			}
			for (UUID id : cases.openUnmarked("breached_at", now.minus(EcommerceCase.CLOCK))) {
				raised += raise(id, "breached_at", ClockAlertLists.BREACH, now);
			}
			return raised;
		});
	}

	private int raise(UUID caseId, String column, String kind, Instant now) {
		return work.write(() -> {
			if (!cases.mark(caseId, column, now)) {
				return 0;
			}
			jdbc.sql("insert into ecommerce_alert (id, case_id, kind, created_at) values (?, ?, ?, ?)")
				.params(UUID.randomUUID().toString(), caseId.toString(), kind, EcommerceCases.ts(now))
				.update();
			return 1;
		});
	}
}
