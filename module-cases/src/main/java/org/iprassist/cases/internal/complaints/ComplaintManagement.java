package org.iprassist.cases.internal.complaints;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.iprassist.cases.CaseType;
import org.iprassist.cases.internal.casefile.CaseDocumentEntity;
import org.iprassist.cases.internal.casefile.CaseDocuments;
import org.iprassist.cases.internal.casefile.CaseEntity;
import org.iprassist.cases.internal.casefile.CaseManagement;
import org.iprassist.cases.internal.casefile.CaseSource;
import org.iprassist.cases.internal.casefile.CaseSummary;
import org.iprassist.cases.internal.casefile.CaseTimeline;
import org.iprassist.cases.internal.casefile.Cases;
import org.iprassist.cases.internal.casefile.ClosingForm;
import org.iprassist.cases.internal.casefile.CurrentUnit;
import org.iprassist.cases.internal.casefile.DocumentKind;
import org.iprassist.cases.internal.casefile.DocumentView;
import org.iprassist.cases.internal.casefile.SealedDocumentManagement;
import org.iprassist.core.files.AllowedType;
import org.iprassist.core.files.CheckedFile;
import org.iprassist.core.files.Uploads;
import org.iprassist.core.web.ConflictException;
import org.iprassist.core.web.NotFoundException;
import org.iprassist.documents.DocumentFile;
import org.iprassist.documents.VerificationCodes;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * The complaint flow: intake, registration with a sealed acceptance form, transfer to a bureau of
 * the unit's directory with a sealed transfer letter and a one-time receipt link, the bureau's
 * receipt (uploaded, or confirmed through the link) and its case-filing feedback, and closing once
 * all three papers are on file.
 */
@Service
public class ComplaintManagement {

	static final int RECEIPT_WORKING_DAYS = 5;

	static final List<DocumentKind> PAPERWORK = List.of(DocumentKind.ACCEPTANCE_FORM, DocumentKind.TRANSFER_LETTER,
			DocumentKind.RECEIPT);

	private final CaseManagement work;

	private final Cases cases;

	private final CaseDocuments documents;

	private final CaseTimeline timeline;

	private final SealedDocumentManagement sealed;

	private final BureauManagement bureaus;

	private final Uploads uploads;

	private final CurrentUnit unit;

	private final OverdueReceiptQueries overdueReceiptQueries;

	ComplaintManagement(CaseManagement work, Cases cases, CaseDocuments documents, CaseTimeline timeline, SealedDocumentManagement sealed,
			BureauManagement bureaus, Uploads uploads, CurrentUnit unit,
			OverdueReceiptQueries overdueReceiptQueries) {
		this.overdueReceiptQueries = overdueReceiptQueries;
		this.work = work;
		this.cases = cases;
		this.documents = documents;
		this.timeline = timeline;
		this.sealed = sealed;
		this.bureaus = bureaus;
		this.uploads = uploads;
		this.unit = unit;
	}

	@Transactional
	public CaseSummary receive(ComplaintForm form, List<CheckedFile> evidence, String by) {
		CaseEntity entity = CaseEntity.complaint(work.nextNumber(CaseType.COMPLAINT), form, CaseSource.STAFF, by,
				work.now(), unit.code());
		work.received(entity);
		timeline.record(entity.id(), by, "timeline.received", null);
		evidence.forEach(file -> work.attach(entity, file, DocumentKind.EVIDENCE, by));
		return entity.toSummary(work.today());
	}

	@Transactional
	public DocumentView register(UUID caseId, String by) {
		CaseEntity entity = work.load(caseId, CaseType.COMPLAINT);
		entity.register(by);
		DocumentView form = sealed.issue(caseId, DocumentKind.ACCEPTANCE_FORM, "acceptance-form",
				entity.caseNumber() + "-受理单.pdf", fields(entity), by);
		timeline.record(caseId, by, "timeline.registered", form.verificationCode());
		cases.save(entity);
		return form;
	}

	@Transactional
	public DocumentView transfer(UUID caseId, UUID bureauId, String by) {
		CaseEntity entity = work.load(caseId, CaseType.COMPLAINT);
		BureauEntity bureau = bureaus.find(bureauId).requireActive();
		String token = VerificationCodes.next(unit.code(), 32);
		entity.transfer(bureau, token, work.now(), WorkingDays.after(work.today(), RECEIPT_WORKING_DAYS), unit.code());
		Map<String, Object> fields = fields(entity);
		fields.put("bureauName", bureau.name());
		fields.put("receiptPath", "/p/receipts/" + token);
		DocumentView letter = sealed.issue(caseId, DocumentKind.TRANSFER_LETTER, "transfer-letter",
				entity.caseNumber() + "-移交函.pdf", fields, by);
		timeline.record(caseId, by, "timeline.transferred", bureau.name());
		cases.save(entity);
		return letter;
	}

	@Transactional
	public DocumentView uploadReceipt(UUID caseId, MultipartFile file, String by) {
		CaseEntity entity = work.load(caseId, CaseType.COMPLAINT);
		CheckedFile checked = uploads.check(file, AllowedType.DOCUMENTS);
		entity.receiptConfirmed(by, work.now(), unit.code());
		DocumentView receipt = work.attach(entity, checked, DocumentKind.RECEIPT, by);
		timeline.record(caseId, by, "timeline.receipt-recorded", checked.fileName());
		cases.save(entity);
		return receipt;
	}

	@Transactional(readOnly = true)
	public ReceiptRequest receiptRequest(String token) {
		CaseEntity entity = cases.findByReceiptToken(token)
			.orElseThrow(() -> new NotFoundException("error.receipt.link-invalid"));
		return new ReceiptRequest(entity.caseNumber(), entity.bureauName(), entity.transferredAt().toLocalDate(),
				unit.view().name());
	}

	/**
	 * The bureau confirms receipt through the one-time link: a receipt document is rendered from
	 * the confirmation and the link stops working.
	 */
	@Transactional
	public void confirmReceipt(String token, String signedBy) {
		CaseEntity entity = cases.findByReceiptToken(token)
			.orElseThrow(() -> new NotFoundException("error.receipt.link-invalid"));
		String bureauName = entity.bureauName();
		entity.receiptConfirmed(bureauName + " · " + signedBy, work.now(), unit.code());
		Map<String, Object> fields = fields(entity);
		fields.put("bureauName", bureauName);
		fields.put("signedBy", signedBy);
		fields.put("confirmedAt", work.now().withNano(0).toString().replace('T', ' '));
		fields.put("unitName", unit.view().name());
		DocumentFile receipt = sealed.render("receipt", entity.caseNumber() + "-签收回执.pdf", fields);
		documents.save(CaseDocumentEntity.recorded(entity.id(), DocumentKind.RECEIPT, receipt, bureauName, work.now()));
		timeline.record(entity.id(), bureauName + " · " + signedBy, "timeline.receipt-confirmed", null);
		cases.save(entity);
	}

	/**
	 * @return the handler's complaints whose receipt the sweep found overdue and is still awaited
	 */
	@Transactional(readOnly = true)
	public List<ReceiptReminder> receiptReminders(String handler) {
		return overdueReceiptQueries.remindersOf(handler);
	}

	@Transactional
	public void recordFiling(UUID caseId, FilingForm form, String by) {
		CaseEntity entity = work.load(caseId, CaseType.COMPLAINT);
		entity.recordFiling(Boolean.TRUE.equals(form.filed()), form.bureauCaseNumber());
		timeline.record(caseId, by, Boolean.TRUE.equals(form.filed()) ? "timeline.filed" : "timeline.not-filed",
				form.bureauCaseNumber());
		cases.save(entity);
	}

	private boolean onFile(UUID caseId, DocumentKind kind) {
		return kind.issued() ? sealed.first(caseId, kind).isPresent() : documents.existsByCaseIdAndKind(caseId, kind);
	}

	@Transactional
	public CaseSummary close(UUID caseId, ClosingForm form, String by) {
		CaseEntity entity = work.load(caseId, CaseType.COMPLAINT);
		List<Object> missing = new ArrayList<>();
		for (DocumentKind kind : PAPERWORK) {
			missing.add(onFile(caseId, kind) ? ""
					: new DefaultMessageSourceResolvable(new String[] { "document.missing." + kind.name() }));
		}
		if (missing.stream().anyMatch(item -> !"".equals(item))) {
			throw new ConflictException("error.complaint.paperwork-missing", missing.toArray());
		}
		entity.close(form.outcomeCode(), form.followUpNote(), work.now(), unit.code());
		timeline.record(caseId, by, "timeline.closed", form.outcomeCode());
		return cases.save(entity).toSummary(work.today());
	}

	private static Map<String, Object> fields(CaseEntity entity) {
		Map<String, Object> fields = new java.util.HashMap<>();
		fields.put("caseNumber", entity.caseNumber());
		fields.put("reporter", entity.isAnonymous() || entity.applicantName() == null ? "匿名" : entity.applicantName());
		fields.put("reportedParty", entity.counterparty());
		fields.put("rightNumber", entity.rightNumber() == null ? "—" : entity.rightNumber());
		fields.put("jurisdictionCity", entity.jurisdictionCity());
		fields.put("receivedOn", entity.receivedOn());
		fields.put("paragraphs", entity.facts().lines().map(String::strip).filter(line -> !line.isEmpty()).toList());
		return fields;
	}
}
