package org.iprassist.cases.internal.assistance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.iprassist.cases.CaseType;
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
import org.iprassist.cases.internal.complaints.WorkingDays;
import org.iprassist.core.files.CheckedFile;
import org.iprassist.core.web.ConflictException;
import org.iprassist.tenants.UnitView;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The assistance application flow: intake (staff or public), the acceptance decision, the opinion
 * letter drafted from the unit's template, approved by the unit admin and issued sealed and signed,
 * and closing with an outcome.
 */
@Service
public class AssistanceApplicationManagement {

	static final int DECISION_WORKING_DAYS = 7;

	private final CaseManagement work;

	private final Cases cases;

	private final CaseTimeline timeline;

	private final SealedDocumentManagement sealed;

	private final CurrentUnit unit;

	private final String letterTemplate;

	AssistanceApplicationManagement(CaseManagement work, Cases cases, CaseTimeline timeline, SealedDocumentManagement sealed,
			CurrentUnit unit) {
		this.work = work;
		this.cases = cases;
		this.timeline = timeline;
		this.sealed = sealed;
		this.unit = unit;
		this.letterTemplate = read("cases/opinion-letter-template.txt");
	}

	@Transactional
	public CaseSummary receive(ApplicationForm form, List<CheckedFile> evidence, CaseSource source, String by) {
		CaseEntity entity = CaseEntity.application(work.nextNumber(CaseType.ASSISTANCE_APPLICATION), form, source,
				source == CaseSource.STAFF ? by : null, work.now(),
				WorkingDays.after(work.today(), DECISION_WORKING_DAYS));
		work.received(entity);
		timeline.record(entity.id(), by, source == CaseSource.PUBLIC ? "timeline.received-public" : "timeline.received",
				null);
		evidence.forEach(file -> work.attach(entity, file, DocumentKind.EVIDENCE, by));
		return entity.toSummary(work.today());
	}

	@Transactional
	public CaseSummary decide(UUID caseId, DecisionForm form, String by) {
		CaseEntity entity = work.load(caseId, CaseType.ASSISTANCE_APPLICATION);
		entity.decide(form.decision(), form.reasonCode(), form.note(), by, unit.code(), work.today());
		timeline.record(caseId, by, "timeline.decision." + form.decision().name(),
				form.reasonCode() + (form.note() == null || form.note().isBlank() ? "" : " · " + form.note()));
		return cases.save(entity).toSummary(work.today());
	}

	@Transactional
	public String draftFromTemplate(UUID caseId, String by) {
		CaseEntity entity = work.load(caseId, CaseType.ASSISTANCE_APPLICATION);
		String text = merge(entity, unit.view());
		entity.draftLetter(text);
		timeline.record(caseId, by, "timeline.letter-drafted", null);
		cases.save(entity);
		return text;
	}

	@Transactional
	public void saveLetter(UUID caseId, String text, String by) {
		CaseEntity entity = work.load(caseId, CaseType.ASSISTANCE_APPLICATION);
		entity.draftLetter(text);
		timeline.record(caseId, by, "timeline.letter-drafted", null);
		cases.save(entity);
	}

	@Transactional
	public void approveLetter(UUID caseId, String by) {
		CaseEntity entity = work.load(caseId, CaseType.ASSISTANCE_APPLICATION);
		entity.approveLetter(by, work.now());
		timeline.record(caseId, by, "timeline.letter-approved", null);
		cases.save(entity);
	}

	@Transactional
	public DocumentView issueLetter(UUID caseId, String by) {
		CaseEntity entity = work.load(caseId, CaseType.ASSISTANCE_APPLICATION);
		entity.letterIssued(unit.code(), work.today());
		DocumentView letter = sealed.issue(caseId, DocumentKind.OPINION_LETTER, "opinion-letter",
				entity.caseNumber() + "-意见书.pdf", Map.of("caseNumber", entity.caseNumber(), "applicantName",
						entity.applicantName(), "paragraphs", paragraphs(entity.letterText())),
				by);
		timeline.record(caseId, by, "timeline.letter-issued", letter.verificationCode());
		cases.save(entity);
		return letter;
	}

	@Transactional
	public CaseSummary close(UUID caseId, ClosingForm form, String by) {
		CaseEntity entity = work.load(caseId, CaseType.ASSISTANCE_APPLICATION);
		entity.close(form.outcomeCode(), form.followUpNote(), work.now(), unit.code());
		timeline.record(caseId, by, "timeline.closed", form.outcomeCode());
		return cases.save(entity).toSummary(work.today());
	}

	private String merge(CaseEntity entity, UnitView issuer) {
		return letterTemplate.replace("{{unitName}}", issuer.name())
			.replace("{{caseNumber}}", entity.caseNumber())
			.replace("{{applicantName}}", nullToEmpty(entity.applicantName()))
			.replace("{{counterparty}}", nullToEmpty(entity.counterparty()))
			.replace("{{rightNumber}}", nullToEmpty(entity.rightNumber()))
			.replace("{{receivedOn}}", entity.receivedOn().toString())
			.replace("{{facts}}", nullToEmpty(entity.facts()));
	}

	static List<String> paragraphs(String text) {
		if (text == null || text.isBlank()) {
			throw new ConflictException("error.case.letter-empty");
		}
		return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}

	private static String read(String path) {
		try (var in = new ClassPathResource(path).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
