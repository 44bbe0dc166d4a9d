package org.iprassist.cases.ecommerce.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.iprassist.cases.ecommerce.EcommerceCaseDeclined;
import org.iprassist.cases.ecommerce.EcommerceCaseDetermined;
import org.iprassist.cases.ecommerce.EcommerceCaseDetermined.ClaimFinding;
import org.iprassist.core.tenancy.TenantWork;
import org.iprassist.core.web.BadRequestException;
import org.iprassist.core.web.ConflictException;
import org.iprassist.core.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import tools.jackson.databind.ObjectMapper;

/**
 * The handler's determination of a case: per asserted claim whether the product falls within it,
 * and an overall conclusion with reasons. A case the regional centre handles itself is queued for
 * delivery at once; a dispatched one reaches the centre through {@link EcommerceCaseDetermined},
 * and the centre delivers it (see {@link EcommerceTracking}). A sub-centre may instead decline a case.
 */
@Service
class DeterminationManagement {

	static final List<String> CONCLUSIONS = List.of("INFRINGING", "NOT_INFRINGING", "CANNOT_DETERMINE");

	static final List<String> WITHIN = List.of("YES", "NO", "UNDETERMINED");

	private final EcommerceCases cases;

	private final DeterminationDeliveries deliveries;

	private final ApplicationEventPublisher events;

	private final TenantWork transactions;

	private final ObjectMapper json;

	private final Clock clock;

	DeterminationManagement(EcommerceCases cases, DeterminationDeliveries deliveries, ApplicationEventPublisher events,
			TenantWork transactions, ObjectMapper json, Clock clock) {
		this.cases = cases;
		this.deliveries = deliveries;
		this.events = events;
		this.transactions = transactions;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * @return the one-time link token for the designated contact, when this unit delivers the case
	 */
	Optional<String> determine(String unitCode, UUID caseId, String handler, List<ClaimFinding> findings,
			String conclusion, String reasons) {
		if (!CONCLUSIONS.contains(conclusion) || reasons == null || reasons.isBlank() || reasons.length() > 4000) {
			throw new BadRequestException("ecommerce.determination.invalid");
		}
		return transactions.write(() -> {
			EcommerceCase c = cases.find(caseId).orElseThrow(() -> new NotFoundException("ecommerce.case.not-found", caseId));
			if (findings.size() != c.claimList().size()
					|| findings.stream().anyMatch(f -> !WITHIN.contains(f.within()))) {
				throw new BadRequestException("ecommerce.determination.every-claim");
			}
			Instant now = clock.instant();
			if (c.status() == EcommerceCase.Status.ASSIGNED && !c.dispatched()) {
				throw new ConflictException("ecommerce.determination.dispatched", c.assignedUnit());
			}
			String findingsJson = json.writeValueAsString(findings);
			if (!cases.determined(caseId, handler, now, conclusion, reasons.strip(), findingsJson)) {
				throw new ConflictException("ecommerce.determination.not-open");
			}
			long minutes = Duration.between(c.receivedAt(), now).toMinutes();
			events.publishEvent(new EcommerceCaseDetermined(unitCode, c.id(), c.caseNumber(), c.sourceUnit(),
					c.sourceCaseId(), conclusion, reasons.strip(), List.copyOf(findings), handler, now, minutes,
					Duration.between(c.receivedAt(), now).compareTo(EcommerceCase.CLOCK) <= 0));
			return c.dispatched() ? Optional.<String>empty() : Optional.of(deliveries.schedule(unitCode, caseId));
		});
	}

	void decline(String unitCode, UUID caseId, String reason) {
		if (reason == null || reason.isBlank() || reason.length() > 500) {
			throw new BadRequestException("ecommerce.decline.reason");
		}
		transactions.write(() -> {
			EcommerceCase c = cases.find(caseId).orElseThrow(() -> new NotFoundException("ecommerce.case.not-found", caseId));
			if (!c.dispatched() || !cases.declined(caseId, reason.strip())) {
				throw new ConflictException("ecommerce.decline.not-possible");
			}
			events.publishEvent(new EcommerceCaseDeclined(unitCode, c.id(), c.sourceUnit(), c.sourceCaseId(),
					reason.strip(), clock.instant()));
		});
	}
}
