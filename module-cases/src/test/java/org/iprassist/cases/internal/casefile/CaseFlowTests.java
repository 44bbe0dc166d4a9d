package org.iprassist.cases.internal.casefile;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import iprassist.testsupport.SignedPdfs;
import iprassist.testsupport.TestDatabase;

import org.iprassist.cases.AssistanceApplicationAccepted;
import org.iprassist.cases.CaseClosed;
import org.iprassist.cases.CaseType;
import org.iprassist.cases.ComplaintReceived;
import org.iprassist.cases.ComplaintTransferred;
import org.iprassist.cases.OpinionLetterIssued;
import org.iprassist.cases.TransferReceiptConfirmed;
import org.iprassist.cases.internal.MovableClock;
import org.iprassist.cases.internal.StubExperts;
import org.iprassist.cases.internal.assistance.ApplicationForm;
import org.iprassist.cases.internal.assistance.AssistanceApplicationManagement;
import org.iprassist.cases.internal.assistance.CaseConsultationManagement;
import org.iprassist.cases.internal.assistance.DecisionForm;
import org.iprassist.cases.internal.complaints.BureauForm;
import org.iprassist.cases.internal.complaints.BureauManagement;
import org.iprassist.cases.internal.complaints.BureauView;
import org.iprassist.cases.internal.complaints.ComplaintForm;
import org.iprassist.cases.internal.complaints.ComplaintManagement;
import org.iprassist.cases.internal.complaints.FilingForm;
import org.iprassist.core.tenancy.TenantWork;
import org.iprassist.core.web.ConflictException;
import org.iprassist.documents.VerificationCodes;
import org.iprassist.experts.ConsultationAnswered;
import org.iprassist.experts.RightType;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The cases module with its dependencies (tenants; the expert pool stubbed): both flows end to end
 * in Nanning's schema, with the events they publish, the sealed and signed PDFs they issue and the
 * paperwork rules that stop them half-way.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = { "cases.ecommerce", "cases.exhibitions",
		"cases.hotline", "cases.enforcement" })
@Tag("database")
@ContextConfiguration(initializers = TestDatabase.class)
@Import({ StubExperts.class, MovableClock.Config.class })
class CaseFlowTests {

	static final String NANNING = "gx-nanning";

	@Autowired
	TenantWork tenantWork;

	@Autowired
	AssistanceApplicationManagement applications;

	@Autowired
	ComplaintManagement complaintManagement;

	@Autowired
	CaseManagement work;

	@Autowired
	BureauManagement bureaus;

	@Autowired
	CaseConsultationManagement consultations;

	@Autowired
	StubExperts.Recorder experts;

	@Autowired
	TimelineEntries timelineEntries;

	@Autowired
	CaseTimeline timeline;

	<T> T inNanning(Supplier<T> work) {
		return tenantWork.unit(NANNING).call(work);
	}

	void runInNanning(Runnable work) {
		tenantWork.unit(NANNING).run(work);
	}

	static ApplicationForm application(String applicant, String counterparty) {
		return new ApplicationForm(ApplicantKind.ENTERPRISE, applicant, null, "13800138000", "91450100MA5KB3XW44",
				RightType.PATENT, "ZL201920123456.5", counterparty, "对方未经许可制造、销售涉案专利产品。\n已公证购买。");
	}

	@Test
	void anApplicationEndsInASealedSignedOpinionLetter(Scenario scenario) throws Exception {
		CaseSummary received = inNanning(() -> applications.receive(application("广西甲科技有限公司", "乙制造有限公司"),
				List.of(), CaseSource.STAFF, "nanning-staff"));
		assertThat(received.caseNumber()).matches("YZ-\\d{4}-\\d{6}");

		runInNanning(() -> scenario.stimulate(() -> applications.decide(received.id(),
				new DecisionForm(CaseEntity.Decision.ACCEPT, "IN_SCOPE", null), "nanning-staff"))
			.andWaitForEventOfType(AssistanceApplicationAccepted.class)
			.matching(event -> event.caseNumber().equals(received.caseNumber()))
			.toArriveAndVerify(event -> {
				assertThat(event.unitCode()).isEqualTo(NANNING);
				assertThat(event.rightType()).isEqualTo("PATENT");
			}));

		inNanning(() -> consultations.request(received.id(),
				new CaseConsultationManagement.ConsultationForm(List.of(StubExperts.EXPERT), "是否落入保护范围？", null), "nanning-staff"));
		assertThat(experts.requests).anyMatch(request -> request.matterReference().equals(received.caseNumber()));

		String draft = inNanning(() -> applications.draftFromTemplate(received.id(), "nanning-staff"));
		assertThat(draft).contains(received.caseNumber()).contains("乙制造有限公司");
		assertThatThrownBy(() -> inNanning(() -> applications.issueLetter(received.id(), "nanning-staff")))
			.isInstanceOf(ConflictException.class)
			.hasFieldOrPropertyWithValue("messageKey", "error.case.letter-not-approved");
		inNanning(() -> {
			applications.approveLetter(received.id(), "nanning-admin");
			return null;
		});

		DocumentView[] issued = new DocumentView[1];
		runInNanning(() -> scenario.stimulate(() -> issued[0] = applications.issueLetter(received.id(), "nanning-staff"))
			.andWaitForEventOfType(OpinionLetterIssued.class)
			.matching(event -> event.caseNumber().equals(received.caseNumber()))
			.toArrive());

		byte[] pdf = inNanning(() -> work.document(received.id(), issued[0].id())).content();
		String text = SignedPdfs.text(pdf);
		assertThat(text).contains("知识产权维权援助咨询意见书").contains("南宁").contains(received.caseNumber())
			.contains(issued[0].verificationCode());
		assertThat(SignedPdfs.verifiedSigner(pdf)).contains("gx-nanning");
		assertThat(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(pdf)))
			.isEqualTo(issued[0].sha256());
		assertThat(VerificationCodes.unitOf(issued[0].verificationCode())).contains(NANNING);

		runInNanning(() -> scenario.stimulate(() -> applications.close(received.id(),
				new ClosingForm("RESOLVED", "回访：申请人对处理结果满意"), "nanning-staff"))
			.andWaitForEventOfType(CaseClosed.class)
			.matching(event -> event.caseNumber().equals(received.caseNumber()))
			.toArriveAndVerify(event -> assertThat(event.caseType()).isEqualTo(CaseType.ASSISTANCE_APPLICATION)));
		CaseView closed = inNanning(() -> work.view(received.id(), null));
		assertThat(closed.detail().summary().status()).isEqualTo("CLOSED");
		assertThat(closed.timeline()).extracting(TimelineEntry::action)
			.contains("timeline.received", "timeline.decision.ACCEPT", "timeline.consultation-requested",
					"timeline.letter-approved", "timeline.letter-issued", "timeline.closed");
	}

	@Test
	void anExpertsAnswerLandsOnTheAskingUnitsCaseOnce(Scenario scenario) {
		CaseSummary received = inNanning(() -> applications.receive(application("丙公司", "丁公司"), List.of(),
				CaseSource.STAFF, "nanning-staff"));
		UUID consultation = UUID.randomUUID();
		ConsultationAnswered answered = new ConsultationAnswered(NANNING, consultation, received.caseNumber(),
				StubExperts.EXPERT, Instant.now());
		scenario.publish(answered)
			.andWaitForStateChange(() -> inNanning(() -> work.view(received.id(), null)).timeline()
				.stream()
				.filter(entry -> entry.action().equals("timeline.consultation-answered"))
				.count(), count -> count > 0)
			.andVerify(count -> assertThat(count).isEqualTo(1L));
	}

	@Test
	void aPartyOnTheOtherSideOfAnotherCaseIsFlagged() {
		CaseSummary first = inNanning(() -> applications.receive(application("戊电子科技有限公司", "己贸易（集团）股份有限公司"),
				List.of(), CaseSource.STAFF, "nanning-staff"));
		CaseSummary second = inNanning(() -> applications.receive(application("己贸易有限公司", "某第三方"), List.of(),
				CaseSource.PUBLIC, "public"));
		assertThat(inNanning(() -> work.view(second.id(), null)).conflicts()).extracting(CaseConflict::caseNumber)
			.containsExactly(first.caseNumber());
	}

	@Test
	void aComplaintClosesOnlyWithAllItsPaperwork(Scenario scenario) throws Exception {
		ComplaintForm form = new ComplaintForm(true, null, null, "某网店经营者", RightType.PATENT, "CN110123456A",
				"在展会上销售仿冒产品。", "南宁市");
		CaseSummary[] received = new CaseSummary[1];
		runInNanning(() -> scenario.stimulate(() -> received[0] = complaintManagement.receive(form, List.of(), "nanning-staff"))
			.andWaitForEventOfType(ComplaintReceived.class)
			.matching(event -> event.caseNumber().equals(received[0].caseNumber()))
			.toArrive());
		UUID id = received[0].id();
		ClosingForm closing = new ClosingForm("TRANSFERRED", null);

		assertThatThrownBy(() -> inNanning(() -> complaintManagement.close(id, closing, "nanning-staff")))
			.isInstanceOf(ConflictException.class)
			.hasFieldOrPropertyWithValue("messageKey", "error.complaint.paperwork-missing");

		DocumentView acceptance = inNanning(() -> complaintManagement.register(id, "nanning-staff"));
		assertThat(SignedPdfs.text(inNanning(() -> work.document(id, acceptance.id())).content())).contains("举报投诉受理单");
		BureauView bureau = inNanning(() -> bureaus.add(new BureauForm("南宁市市场监督管理局", "南宁市", "张科长", "0771-1234567", null)));

		DocumentView[] letter = new DocumentView[1];
		runInNanning(() -> scenario.stimulate(() -> letter[0] = complaintManagement.transfer(id, bureau.id(), "nanning-staff"))
			.andWaitForEventOfType(ComplaintTransferred.class)
			.matching(event -> event.caseNumber().equals(received[0].caseNumber()))
			.toArrive());
		byte[] letterPdf = inNanning(() -> work.document(id, letter[0].id())).content();
		assertThat(SignedPdfs.text(letterPdf)).contains("案件移交函").contains("南宁市市场监督管理局");
		assertThat(SignedPdfs.verifiedSigner(letterPdf)).contains("gx-nanning");

		CaseView transferred = inNanning(() -> work.view(id, null));
		assertThat(transferred.detail().receiptDueOn()).isAfter(transferred.detail().summary().receivedOn());
		assertThatThrownBy(() -> inNanning(() -> complaintManagement.close(id, closing, "nanning-staff")))
			.isInstanceOf(ConflictException.class);

		String token = transferred.detail().receiptToken();
		runInNanning(() -> scenario.stimulate(() -> complaintManagement.confirmReceipt(token, "李四"))
			.andWaitForEventOfType(TransferReceiptConfirmed.class)
			.matching(event -> event.caseNumber().equals(received[0].caseNumber()))
			.toArrive());
		assertThatThrownBy(() -> inNanning(() -> complaintManagement.receiptRequest(token)))
			.isInstanceOf(org.iprassist.core.web.NotFoundException.class);

		inNanning(() -> {
			complaintManagement.recordFiling(id, new FilingForm(true, "南市监立字〔2026〕12号"), "nanning-staff");
			return null;
		});
		CaseSummary closed = inNanning(() -> complaintManagement.close(id, closing, "nanning-staff"));
		assertThat(closed.status()).isEqualTo("CLOSED");
		assertThat(inNanning(() -> work.view(id, null)).documents()).extracting(DocumentView::kind)
			.contains(DocumentKind.ACCEPTANCE_FORM, DocumentKind.TRANSFER_LETTER, DocumentKind.RECEIPT);
	}

	@Test
	void stepsRecordedAtTheSameInstantKeepTheOrderTheyWereTakenIn() {
		UUID caseId = UUID.randomUUID();
		LocalDateTime sameInstant = LocalDateTime.of(2026, 11, 25, 10, 0);
		List<String> actions = IntStream.rangeClosed(1, 12).mapToObj(step -> "step-" + step).toList();
		runInNanning(() -> actions.forEach(action -> timelineEntries
			.record(new TimelineEntryEntity(caseId, sameInstant, "nanning-staff", action, null, null))));

		assertThat(inNanning(() -> timeline.of(caseId))).extracting(TimelineEntry::action)
			.containsExactlyElementsOf(actions);
	}

	@Test
	void timestampsKeepTheirFractionOfASecond() {
		UUID caseId = UUID.randomUUID();
		LocalDateTime at = LocalDateTime.of(2026, 11, 25, 10, 0, 0, 123_456_000);
		runInNanning(() -> timelineEntries
			.record(new TimelineEntryEntity(caseId, at, "nanning-staff", "step-1", null, null)));

		assertThat(inNanning(() -> timeline.of(caseId))).extracting(TimelineEntry::at).containsExactly(at);
	}
}
