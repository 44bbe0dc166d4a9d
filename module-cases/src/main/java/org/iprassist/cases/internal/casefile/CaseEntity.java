package org.iprassist.cases.internal.casefile;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.iprassist.cases.AssistanceApplicationAccepted;
import org.iprassist.cases.CaseClosed;
import org.iprassist.cases.CaseStatus;
import org.iprassist.cases.CaseType;
import org.iprassist.cases.ComplaintReceived;
import org.iprassist.cases.ComplaintTransferred;
import org.iprassist.cases.OpinionLetterIssued;
import org.iprassist.cases.TransferReceiptConfirmed;
import org.iprassist.cases.internal.assistance.ApplicationForm;
import org.iprassist.cases.internal.complaints.BureauEntity;
import org.iprassist.cases.internal.complaints.ComplaintForm;
import org.iprassist.core.personaldata.EncryptedPersonalData;
import org.iprassist.core.web.ConflictException;
import org.iprassist.experts.PartyNames;
import org.iprassist.experts.RightType;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * One case of a unit, an assistance application or a complaint, in the unit's schema. The case
 * guards its own transitions (a 409 names what is wrong) and registers the events that leave the
 * module, so no service can change its state without telling the others.
 */
@Entity
@Table(name = "case_file")
public class CaseEntity extends AbstractAggregateRoot<CaseEntity> {

	@Id
	private UUID id;

	private String caseNumber;

	@Enumerated(EnumType.STRING)
	private CaseType caseType;

	@Enumerated(EnumType.STRING)
	private CaseStatus status;

	@Enumerated(EnumType.STRING)
	private CaseSource source;

	@Enumerated(EnumType.STRING)
	private RightType rightType;

	private String rightNumber;

	@Enumerated(EnumType.STRING)
	private ApplicantKind applicantKind;

	private String applicantName;

	private String applicantKey;

	@Convert(converter = EncryptedPersonalData.class)
	private String applicantIdNumber;

	@Convert(converter = EncryptedPersonalData.class)
	private String applicantPhone;

	private String applicantCreditCode;

	private boolean anonymous;

	private String counterparty;

	private String counterpartyKey;

	private String facts;

	private String jurisdictionCity;

	private LocalDateTime receivedAt;

	private LocalDate receivedOn;

	private LocalDate dueOn;

	private String handler;

	private String decisionReason;

	private String decisionNote;

	@Enumerated(EnumType.STRING)
	private LetterStatus letterStatus;

	private String letterText;

	private String letterApprovedBy;

	private LocalDateTime letterApprovedAt;

	private UUID bureauId;

	private String bureauName;

	private LocalDateTime transferredAt;

	private LocalDate receiptDueOn;

	private LocalDate receiptOverdueOn;

	private String receiptToken;

	private LocalDateTime receiptConfirmedAt;

	private String receiptConfirmedBy;

	private String filingResult;

	private String bureauCaseNumber;

	private String outcomeCode;

	private String followUpNote;

	private LocalDateTime closedAt;

	@Version
	private long version;

	protected CaseEntity() {
	}

	public static CaseEntity application(String caseNumber, ApplicationForm form, CaseSource source, String handler,
			LocalDateTime at, LocalDate dueOn) {
		CaseEntity entity = received(caseNumber, CaseType.ASSISTANCE_APPLICATION, source, handler, at, dueOn);
		entity.applicantKind = form.applicantKind();
		entity.applicantName = form.applicantName().strip();
		entity.applicantKey = key(entity.applicantName);
		if (form.applicantKind() == ApplicantKind.PERSON) {
			entity.applicantIdNumber = blankToNull(form.idNumber());
		}
		else {
			entity.applicantCreditCode = blankToNull(form.creditCode());
		}
		entity.applicantPhone = blankToNull(form.phone());
		entity.rightType = form.rightType();
		entity.rightNumber = normaliseRightNumber(form.rightType(), form.rightNumber());
		entity.counterparty = form.counterparty().strip();
		entity.counterpartyKey = key(entity.counterparty);
		entity.facts = form.facts();
		return entity;
	}

	public static CaseEntity complaint(String caseNumber, ComplaintForm form, CaseSource source, String handler,
			LocalDateTime at, String unitCode) {
		CaseEntity entity = received(caseNumber, CaseType.COMPLAINT, source, handler, at, null);
		entity.anonymous = form.isAnonymous();
		if (!entity.anonymous) {
			entity.applicantName = blankToNull(form.reporterName());
			entity.applicantKey = key(entity.applicantName);
			entity.applicantPhone = blankToNull(form.reporterPhone());
		}
		entity.counterparty = form.reportedParty().strip();
		entity.counterpartyKey = key(entity.counterparty);
		entity.rightType = form.rightType();
		entity.rightNumber = normaliseRightNumber(form.rightType(), form.rightNumber());
		entity.facts = form.facts();
		entity.jurisdictionCity = form.jurisdictionCity().strip();
		entity.registerEvent(new ComplaintReceived(unitCode, caseNumber, CaseType.COMPLAINT, entity.rightTypeName(),
				entity.receivedOn, entity.receivedOn));
		return entity;
	}

	private static CaseEntity received(String caseNumber, CaseType type, CaseSource source, String handler,
			LocalDateTime at, LocalDate dueOn) {
		CaseEntity entity = new CaseEntity();
		entity.id = UUID.randomUUID();
		entity.caseNumber = caseNumber;
		entity.caseType = type;
		entity.status = CaseStatus.RECEIVED;
		entity.source = source;
		entity.handler = handler;
		entity.receivedAt = at;
		entity.receivedOn = at.toLocalDate();
		entity.dueOn = dueOn;
		return entity;
	}

	public void decide(Decision decision, String reason, String note, String by, String unitCode, LocalDate today) {
		requireType(CaseType.ASSISTANCE_APPLICATION);
		requireStatus(CaseStatus.RECEIVED, CaseStatus.MORE_INFO_REQUESTED);
		this.decisionReason = reason;
		this.decisionNote = note;
		this.handler = this.handler == null ? by : this.handler;
		this.status = switch (decision) {
			case ACCEPT -> CaseStatus.ACCEPTED;
			case REJECT -> CaseStatus.REJECTED;
			case ASK_FOR_MORE -> CaseStatus.MORE_INFO_REQUESTED;
		};
		if (decision == Decision.ACCEPT) {
			registerEvent(new AssistanceApplicationAccepted(unitCode, caseNumber, caseType, rightTypeName(), receivedOn,
					today));
		}
	}

	public void draftLetter(String text) {
		requireType(CaseType.ASSISTANCE_APPLICATION);
		requireStatus(CaseStatus.ACCEPTED);
		this.letterText = text;
		this.letterStatus = LetterStatus.DRAFT;
		this.letterApprovedBy = null;
		this.letterApprovedAt = null;
	}

	public void approveLetter(String by, LocalDateTime at) {
		requireStatus(CaseStatus.ACCEPTED);
		if (letterStatus != LetterStatus.DRAFT) {
			throw new ConflictException("error.case.letter-not-drafted");
		}
		this.letterStatus = LetterStatus.APPROVED;
		this.letterApprovedBy = by;
		this.letterApprovedAt = at;
	}

	public void letterIssued(String unitCode, LocalDate today) {
		requireStatus(CaseStatus.ACCEPTED);
		if (letterStatus != LetterStatus.APPROVED) {
			throw new ConflictException("error.case.letter-not-approved");
		}
		this.letterStatus = LetterStatus.ISSUED;
		this.status = CaseStatus.LETTER_ISSUED;
		registerEvent(new OpinionLetterIssued(unitCode, caseNumber, caseType, rightTypeName(), receivedOn, today));
	}

	public void register(String by) {
		requireType(CaseType.COMPLAINT);
		requireStatus(CaseStatus.RECEIVED);
		this.status = CaseStatus.REGISTERED;
		this.handler = this.handler == null ? by : this.handler;
	}

	public void transfer(BureauEntity bureau, String token, LocalDateTime at, LocalDate receiptDue, String unitCode) {
		requireType(CaseType.COMPLAINT);
		requireStatus(CaseStatus.REGISTERED);
		this.bureauId = bureau.id();
		this.bureauName = bureau.name();
		this.transferredAt = at;
		this.receiptDueOn = receiptDue;
		this.dueOn = receiptDue;
		this.receiptToken = token;
		this.status = CaseStatus.TRANSFERRED;
		registerEvent(new ComplaintTransferred(unitCode, caseNumber, caseType, rightTypeName(), receivedOn,
				at.toLocalDate()));
	}

	public void receiptConfirmed(String by, LocalDateTime at, String unitCode) {
		requireType(CaseType.COMPLAINT);
		requireStatus(CaseStatus.TRANSFERRED);
		this.receiptConfirmedAt = at;
		this.receiptConfirmedBy = by;
		this.receiptToken = null;
		this.receiptOverdueOn = null;
		this.dueOn = null;
		this.status = CaseStatus.RECEIPT_CONFIRMED;
		registerEvent(new TransferReceiptConfirmed(unitCode, caseNumber, caseType, rightTypeName(), receivedOn,
				at.toLocalDate()));
	}

	/**
	 * Marks the bureau's receipt overdue, once: on or after its due day, while still awaited.
	 *
	 * @return whether the mark is new, so the handler is reminded only then
	 */
	public boolean markReceiptOverdue(LocalDate today) {
		if (status != CaseStatus.TRANSFERRED || receiptOverdueOn != null || receiptDueOn == null
				|| receiptDueOn.isAfter(today)) {
			return false;
		}
		this.receiptOverdueOn = today;
		return true;
	}

	public void recordFiling(boolean filed, String bureauCaseNumber) {
		requireType(CaseType.COMPLAINT);
		requireStatus(CaseStatus.TRANSFERRED, CaseStatus.RECEIPT_CONFIRMED);
		this.filingResult = filed ? "FILED" : "NOT_FILED";
		this.bureauCaseNumber = filed ? blankToNull(bureauCaseNumber) : null;
	}

	public void close(String outcome, String followUp, LocalDateTime at, String unitCode) {
		if (!status.open()) {
			throw new ConflictException("error.case.not-open", caseNumber);
		}
		if (caseType == CaseType.ASSISTANCE_APPLICATION && status != CaseStatus.LETTER_ISSUED) {
			throw new ConflictException("error.case.letter-missing");
		}
		this.outcomeCode = outcome;
		this.followUpNote = blankToNull(followUp);
		this.closedAt = at;
		this.dueOn = null;
		this.status = CaseStatus.CLOSED;
		registerEvent(new CaseClosed(unitCode, caseNumber, caseType, rightTypeName(), receivedOn, at.toLocalDate()));
	}

	private void requireType(CaseType type) {
		if (caseType != type) {
			throw new ConflictException("error.case.wrong-type", caseNumber);
		}
	}

	private void requireStatus(CaseStatus... allowed) {
		for (CaseStatus candidate : allowed) {
			if (status == candidate) {
				return;
			}
		}
		throw new ConflictException("error.case.wrong-status", caseNumber, status.name());
	}

	private String rightTypeName() {
		return rightType == null ? null : rightType.name();
	}

	static String key(String name) {
		String normalised = PartyNames.normalise(name);
		if (normalised.isEmpty()) {
			return null;
		}
		return normalised.length() > 100 ? normalised.substring(0, 100) : normalised;
	}

	private static String normaliseRightNumber(RightType type, String number) {
		if (number == null || number.isBlank()) {
			return null;
		}
		return type == RightType.PATENT ? PatentNumbers.normalise(number) : number.strip();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	boolean overdue(LocalDate today) {
		return status.open() && (receiptOverdueOn != null || dueOn != null && dueOn.isBefore(today));
	}

	public CaseSummary toSummary(LocalDate today) {
		return new CaseSummary(id, caseNumber, caseType, status.name(), rightType == null ? null : rightType.name(),
				rightNumber, anonymous ? null : applicantName, counterparty, receivedAt, receivedOn, dueOn, handler,
				overdue(today));
	}

	CaseDetail toDetail(LocalDate today) {
		return new CaseDetail(toSummary(today), source.name(), applicantKind == null ? null : applicantKind.name(),
				applicantIdNumber, applicantPhone, applicantCreditCode, anonymous, facts, jurisdictionCity,
				decisionReason, decisionNote, letterStatus == null ? null : letterStatus.name(), letterText,
				letterApprovedBy, letterApprovedAt, bureauId, bureauName, transferredAt, receiptDueOn, receiptToken,
				receiptConfirmedAt, receiptConfirmedBy, filingResult, bureauCaseNumber, outcomeCode, followUpNote,
				closedAt);
	}

	public UUID id() {
		return id;
	}

	public String caseNumber() {
		return caseNumber;
	}

	CaseType caseType() {
		return caseType;
	}

	public CaseStatus status() {
		return status;
	}

	public RightType rightType() {
		return rightType;
	}

	public String rightNumber() {
		return rightNumber;
	}

	public String applicantName() {
		return applicantName;
	}

	String applicantKey() {
		return applicantKey;
	}

	public String counterparty() {
		return counterparty;
	}

	String counterpartyKey() {
		return counterpartyKey;
	}

	public String facts() {
		return facts;
	}

	public String jurisdictionCity() {
		return jurisdictionCity;
	}

	LocalDateTime receivedAt() {
		return receivedAt;
	}

	public LocalDate receivedOn() {
		return receivedOn;
	}

	public String letterText() {
		return letterText;
	}

	public String handler() {
		return handler;
	}

	public String bureauName() {
		return bureauName;
	}

	public LocalDateTime transferredAt() {
		return transferredAt;
	}

	String receiptToken() {
		return receiptToken;
	}

	public boolean isAnonymous() {
		return anonymous;
	}

	/** What the handler decided on an assistance application. */
	public enum Decision {
		ACCEPT, REJECT, ASK_FOR_MORE
	}
}
