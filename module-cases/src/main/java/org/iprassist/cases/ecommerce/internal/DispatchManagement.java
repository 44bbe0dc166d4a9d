package org.iprassist.cases.ecommerce.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.iprassist.cases.ecommerce.EcommerceCaseAssigned;
import org.iprassist.core.tenancy.TenantWork;
import org.iprassist.core.web.ConflictException;
import org.iprassist.core.web.NotFoundException;
import org.iprassist.tenants.UnitType;
import org.iprassist.tenants.UnitView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Dispatches a regional centre's case to a sub-centre as a saga over two schemas, each step in a
 * transaction of its own: (1) the centre records the intent (case {@code ASSIGNING}, dispatch
 * {@code INTENDED}); (2) the case is created in the sub-centre's schema, keyed by the dispatch id,
 * so repeating the step finds the copy instead of making a second; (3) the centre completes the
 * dispatch and its tracking record. A process that dies between steps leaves an intended dispatch
 * that {@link DispatchRedriver} completes later. Callers must not hold a transaction: switching
 * tenant inside one is refused.
 */
@Service
class DispatchManagement {

	private static final Logger log = LoggerFactory.getLogger(DispatchManagement.class);

	private final EcommerceCases cases;

	private final EcommerceDispatches dispatches;

	private final EcommerceUnits units;

	private final ApplicationEventPublisher events;

	private final TenantWork work;

	private final DispatchFaults faults;

	private final Clock clock;

	DispatchManagement(EcommerceCases cases, EcommerceDispatches dispatches, EcommerceUnits units, ApplicationEventPublisher events,
			TenantWork work, DispatchFaults faults, Clock clock) {
		this.cases = cases;
		this.dispatches = dispatches;
		this.units = units;
		this.events = events;
		this.work = work;
		this.faults = faults;
		this.clock = clock;
	}

	/**
	 * Assigns a case of the current unit (a regional centre) to one of its province's sub-centres.
	 */
	UUID assign(String centreCode, UUID caseId, String targetUnit, String by) {
		UnitView centre = units.unit(centreCode);
		UnitView target = units.find(targetUnit)
			.filter(u -> u.type() == UnitType.SUB_CENTRE && u.provinceCode().equals(centre.provinceCode()) && u.ready())
			.orElseThrow(() -> new NotFoundException("ecommerce.dispatch.no-such-sub-centre", targetUnit));
		UUID dispatchId = UUID.randomUUID();
		work.write(() -> {
			cases.find(caseId).orElseThrow(() -> new NotFoundException("ecommerce.case.not-found", caseId));
			if (!cases.move(caseId, List.of(EcommerceCase.Status.RECEIVED), EcommerceCase.Status.ASSIGNING)) {
				throw new ConflictException("ecommerce.dispatch.not-in-queue");
			}
			dispatches.intend(dispatchId, caseId, target.code(), clock.instant(), by);
		});
		faults.reached(DispatchFaults.Step.INTENDED);
		complete(centreCode, dispatchId);
		return dispatchId;
	}

	/**
	 * Carries out steps 2 and 3 of an intended dispatch of the current unit; safe to repeat.
	 */
	void complete(String centreCode, UUID dispatchId) {
		EcommerceDispatches.DispatchManagement dispatch = dispatches.find(dispatchId).orElseThrow();
		if (!"INTENDED".equals(dispatch.state())) {
			return;
		}
		EcommerceCase source = cases.find(dispatch.caseId()).orElseThrow();
		EcommerceCase copy;
		try {
			copy = work.unit(dispatch.targetUnit()).call(() -> createCopy(centreCode, dispatchId, source));
		}
		catch (RuntimeException ex) {
			log.warn("DispatchManagement {} of case {} to {} failed; it will be retried", dispatchId, source.caseNumber(),
					dispatch.targetUnit(), ex);
			work.write(() -> dispatches.failed(dispatchId, String.valueOf(ex.getMessage())));
			throw ex;
		}
		faults.reached(DispatchFaults.Step.CREATED);
		work.write(() -> {
			Instant now = clock.instant();
			if (dispatches.complete(dispatchId, now)) {
				cases.assigned(source.id(), dispatch.targetUnit(), now);
				events.publishEvent(new EcommerceCaseAssigned(centreCode, source.id(), source.caseNumber(),
						dispatch.targetUnit(), copy.id(), now));
			}
		});
	}

	private EcommerceCase createCopy(String centreCode, UUID dispatchId, EcommerceCase source) {
		return cases.findBySourceDispatch(dispatchId).orElseGet(() -> {
			EcommerceCase copy = new EcommerceCase(UUID.randomUUID(), source.caseNumber(), EcommerceCase.Origin.DISPATCH,
					null, null, centreCode, source.id(), dispatchId, source.platform(), source.shop(), source.shopCity(),
					source.listingUrls(), source.product(), source.rightHolder(), source.patentNumber(),
					source.patentType(), source.complainedParty(), source.claims(), source.evidenceLinks(),
					source.contactName(), null, null, null, source.receivedAt(), EcommerceCase.Status.RECEIVED, null,
					null, null, null, null, null, null, null, null, null, null);
			try {
				work.write(() -> cases.insert(copy));
				return copy;
			}
			catch (DuplicateKeyException ex) {
				return cases.findBySourceDispatch(dispatchId).orElseThrow(() -> ex);
			}
		});
	}
}
