package org.iprassist.cases.ecommerce.internal;

import java.time.Clock;
import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.iprassist.core.tenancy.TenantWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Completes dispatches that were intended but never finished (the process died, or the sub-centre's
 * schema was unreachable), visiting every regional centre. A dispatch is left alone for a grace
 * period so that one still being carried out by a request is not raced needlessly (both would be
 * harmless: every step is idempotent). ShedLock keeps two nodes from doing it at once.
 */
@Component
class DispatchRedriver {

	private static final Logger log = LoggerFactory.getLogger(DispatchRedriver.class);

	private final DispatchManagement dispatch;

	private final EcommerceDispatches dispatches;

	private final EcommerceUnits units;

	private final TenantWork work;

	private final Clock clock;

	private final Duration grace;

	DispatchRedriver(DispatchManagement dispatch, EcommerceDispatches dispatches, EcommerceUnits units, TenantWork work,
			Clock clock, @Value("${ipr.ecommerce.dispatch.redrive-grace:PT30S}") Duration grace) {
		this.grace = grace;
		this.dispatch = dispatch;
		this.dispatches = dispatches;
		this.units = units;
		this.work = work;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${ipr.ecommerce.dispatch.redrive-interval:PT1M}",
			initialDelayString = "${ipr.ecommerce.dispatch.redrive-initial-delay:PT20S}")
	@SchedulerLock(name = "ecommerce-dispatch-redrive")
	void redriveAll() {
		work.eachReadyUnit(
				unit -> unit.unitCode().filter(units::isRegionalCentre).map(centre -> redrive(unit, grace)).orElse(0));
	}

	/**
	 * @return how many dispatches were completed
	 */
	int redrive(TenantWork.Scope centre, Duration grace) {
		return centre.call(() -> {
			int done = 0;
			for (var id : dispatches.unfinished(clock.instant().minus(grace))) {
				try {
					dispatch.complete(centre.unitCode().orElseThrow(), id);
					done++;
				}
				catch (RuntimeException ex) {
					log.warn("Re-driving dispatch {} of {} failed", id, centre, ex);
				}
			}
			return done;
		});
	}
}
