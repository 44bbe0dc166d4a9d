package org.iprassist.cases.internal.casefile;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.iprassist.cases.CaseType;
import org.iprassist.core.files.AllowedType;
import org.iprassist.core.files.CheckedFile;
import org.iprassist.core.files.Uploads;
import org.iprassist.core.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * What every case has, whatever its type: a number, a timeline, attachments and issued documents,
 * lists with filters, a conflict check and an inbox. The assistance and complaint flows build on
 * it, and so will the e-commerce and hotline cases.
 */
@Service
public class CaseManagement {

	public static final int MAX_PAGE = 100;

	private final Cases cases;

	private final CaseLists lists;

	private final CaseSearchIndex searchIndex;

	private final CaseSequences sequences;

	private final CaseDocuments documents;

	private final SealedDocumentManagement sealed;

	private final CaseTimeline timeline;

	private final Uploads uploads;

	private final Clock clock;

	CaseManagement(Cases cases, CaseLists lists, CaseSearchIndex searchIndex, CaseSequences sequences, CaseDocuments documents, SealedDocumentManagement sealed, CaseTimeline timeline, Uploads uploads,
			Clock clock) {
		this.cases = cases;
		this.lists = lists;
		this.searchIndex = searchIndex;
		this.sequences = sequences;
		this.documents = documents;
		this.sealed = sealed;
		this.timeline = timeline;
		this.uploads = uploads;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public String nextNumber(CaseType type) {
		String prefix = (type == CaseType.COMPLAINT ? "JB-" : "YZ-") + today().getYear();
		if (sequences.increment(prefix) == 0) {
			sequences.saveAndFlush(new CaseSequenceEntity(prefix));
			sequences.increment(prefix);
		}
		return prefix + "-" + String.format("%06d", sequences.valueOf(prefix).orElseThrow());
	}

	/**
	 * Saves a case that has just been received and puts its parties and right number in the search
	 * index.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public CaseEntity received(CaseEntity entity) {
		CaseEntity saved = cases.save(entity);
		searchIndex.index(saved);
		return saved;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public CaseEntity load(UUID caseId, CaseType type) {
		return cases.findById(caseId)
			.filter(found -> type == null || found.caseType() == type)
			.orElseThrow(() -> new NotFoundException("error.case.not-found"));
	}

	@Transactional(readOnly = true)
	public CaseView view(UUID caseId, CaseType type) {
		CaseEntity found = load(caseId, type);
		List<DocumentView> all = new ArrayList<>(documents.viewsOf(caseId));
		all.addAll(sealed.of(caseId));
		all.sort(Comparator.comparing(DocumentView::createdAt).thenComparing(DocumentView::id));
		return new CaseView(found.toDetail(today()), timeline.of(caseId), all, conflicts(found));
	}

	/**
	 * A page of a case list. No transaction: a page is one statement (a search adds one that weighs
	 * its grams), and a read-only transaction would cost the pooled connection four more round trips
	 * (autocommit and read-only, set and reset) while every other request waits for it.
	 */
	public List<CaseSummary> list(CaseFilter filter, int size) {
		return lists.list(filter, Math.max(1, Math.min(size, MAX_PAGE)), today());
	}

	@Transactional(readOnly = true)
	public List<CaseSummary> inbox(String handler) {
		LocalDate today = today();
		return cases.openOf(handler).stream().map(found -> found.toSummary(today)).toList();
	}

	@Transactional
	public DocumentView attach(UUID caseId, CaseType type, MultipartFile file, DocumentKind kind, String by) {
		CheckedFile checked = uploads.check(file, AllowedType.DOCUMENTS);
		return attach(load(caseId, type), checked, kind, by);
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public DocumentView attach(CaseEntity target, CheckedFile checked, DocumentKind kind, String by) {
		CaseDocumentEntity saved = documents
			.save(CaseDocumentEntity.uploaded(target.id(), kind, checked, by, LocalDateTime.now(clock)));
		timeline.record(target.id(), by, "timeline.document-added", checked.fileName());
		return new DocumentView(saved.id(), target.id(), kind, checked.fileName(), checked.mediaType(), checked.size(),
				checked.sha256(), null, saved.createdAt(), by);
	}

	@Transactional(readOnly = true)
	public StoredDocument document(UUID caseId, UUID documentId) {
		return documents.findByIdAndCaseId(documentId, caseId)
			.map(document -> new StoredDocument(document.fileName(), document.mediaType(), document.content()))
			.or(() -> sealed.pdf(caseId, documentId)
				.map(document -> new StoredDocument(document.fileName(), document.mediaType(), document.content())))
			.orElseThrow(() -> new NotFoundException("error.document.not-found"));
	}

	/**
	 * @return the sealed OFD copy of a document issued for the case
	 * @throws NotFoundException if the case has no such document or it has no OFD copy
	 */
	@Transactional(readOnly = true)
	public StoredDocument ofd(UUID caseId, UUID documentId) {
		return sealed.ofd(caseId, documentId)
			.map(document -> new StoredDocument(document.fileName(), document.mediaType(), document.content()))
			.orElseThrow(() -> new NotFoundException("error.document.not-found"));
	}

	List<CaseConflict> conflicts(CaseEntity subject) {
		return cases.opposing(subject.id(), subject.applicantKey(), subject.counterpartyKey())
			.stream()
			.limit(20)
			.map(other -> new CaseConflict(other.id(), other.caseNumber(),
					subject.applicantKey() != null && subject.applicantKey().equals(other.counterpartyKey())
							? subject.applicantName() : subject.counterparty()))
			.toList();
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	public LocalDateTime now() {
		return LocalDateTime.now(clock);
	}

	/**
	 * A document's bytes for download.
	 */
	public record StoredDocument(String fileName, String mediaType, byte[] content) {
	}
}
