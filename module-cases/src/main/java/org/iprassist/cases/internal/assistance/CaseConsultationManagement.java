package org.iprassist.cases.internal.assistance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.iprassist.cases.CaseType;
import org.iprassist.cases.internal.casefile.CaseEntity;
import org.iprassist.cases.internal.casefile.CaseManagement;
import org.iprassist.cases.internal.casefile.CaseTimeline;
import org.iprassist.cases.internal.complaints.WorkingDays;
import org.iprassist.core.tenancy.TenantWork;
import org.iprassist.core.web.UnavailableException;
import org.iprassist.experts.ConsultationRequest;
import org.iprassist.experts.ConsultationView;
import org.iprassist.experts.ExpertsApi;
import org.iprassist.experts.MatchRequest;
import org.iprassist.experts.Matching;
import org.iprassist.experts.RightType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Consultations with the province's experts on a case, through {@code experts}' API. That API
 * switches to the regional centre's schema, so nothing here holds a transaction while calling it;
 * the case's own reads and timeline steps run in short transactions of their own. Where no expert
 * pool is deployed the case pages still work: no candidates, and asking answers 503.
 */
@Service
public class CaseConsultationManagement {

	private final ObjectProvider<ExpertsApi> experts;

	private final CaseManagement work;

	private final CaseTimeline timeline;

	private final TenantWork transactions;

	CaseConsultationManagement(ObjectProvider<ExpertsApi> experts, CaseManagement work, CaseTimeline timeline, TenantWork transactions) {
		this.experts = experts;
		this.work = work;
		this.timeline = timeline;
		this.transactions = transactions;
	}

	public Matching candidates(UUID caseId) {
		CaseEntity subject = transactions.write(() -> work.load(caseId, CaseType.ASSISTANCE_APPLICATION));
		List<String> parties = new ArrayList<>();
		if (subject.applicantName() != null) {
			parties.add(subject.applicantName());
		}
		if (subject.counterparty() != null) {
			parties.add(subject.counterparty());
		}
		RightType right = subject.rightType() == null ? RightType.PATENT : subject.rightType();
		ExpertsApi pool = experts.getIfAvailable();
		return pool == null ? new Matching(List.of(), List.of()) : pool.match(new MatchRequest(right, "", parties, 10));
	}

	public List<UUID> request(UUID caseId, ConsultationForm form, String by) {
		CaseEntity subject = transactions.write(() -> work.load(caseId, CaseType.ASSISTANCE_APPLICATION));
		LocalDate due = form.dueDate() == null ? WorkingDays.after(work.today(), 5) : form.dueDate();
		ExpertsApi pool = experts.getIfAvailable();
		if (pool == null) {
			throw new UnavailableException("error.experts.unavailable");
		}
		List<UUID> ids = pool
			.requestConsultation(new ConsultationRequest(subject.caseNumber(), form.question(), due, form.expertIds()));
		transactions.write(
				() -> timeline.record(caseId, by, "timeline.consultation-requested", String.valueOf(ids.size())));
		return ids;
	}

	public List<ConsultationView> on(UUID caseId) {
		CaseEntity subject = transactions.write(() -> work.load(caseId, null));
		ExpertsApi pool = experts.getIfAvailable();
		return pool == null ? List.of() : pool.consultationsOn(subject.caseNumber());
	}

	/**
	 * Experts chosen for a consultation and the question put to them.
	 */
	public record ConsultationForm(@NotEmpty @Size(max = 10) List<UUID> expertIds, @jakarta.validation.constraints.NotBlank
	@Size(max = 2000) String question, LocalDate dueDate) {
	}
}
