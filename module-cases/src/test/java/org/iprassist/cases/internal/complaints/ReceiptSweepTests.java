package org.iprassist.cases.internal.complaints;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import iprassist.testsupport.TestDatabase;

import org.iprassist.cases.internal.MovableClock;
import org.iprassist.cases.internal.StubExperts;
import org.iprassist.cases.internal.casefile.CaseManagement;
import org.iprassist.cases.internal.casefile.CaseSummary;
import org.iprassist.core.tenancy.TenantWork;
import org.iprassist.experts.RightType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bureau receipt's five working days, with a clock the test moves: not overdue on the fourth,
 * overdue and the handler reminded once on the fifth however often the sweep runs, cleared by the
 * receipt; and National Day's week off plus its make-up Saturday counted as the State Council set
 * them. Shares {@code CaseFlowTests}' application context.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = { "cases.ecommerce", "cases.exhibitions",
		"cases.hotline", "cases.enforcement" })
@Tag("database")
@ContextConfiguration(initializers = TestDatabase.class)
@Import({ StubExperts.class, MovableClock.Config.class })
class ReceiptSweepTests {

	static final String HANDLER = "nanning-staff";

	@Autowired
	TenantWork tenantWork;

	@Autowired
	ComplaintManagement complaintManagement;

	@Autowired
	BureauManagement bureaus;

	@Autowired
	CaseManagement work;

	@Autowired
	ReceiptSweep sweep;

	@Autowired
	MovableClock clock;

	@AfterEach
	void backToThePresent() {
		clock.reset();
	}

	@Test
	void aReceiptMissingFiveWorkingDaysAfterTheTransferIsOverdueAndTheHandlerRemindedOnce() {
		UUID id = transferredOn(LocalDate.of(2026, 11, 16));
		assertThat(inNanning(() -> work.view(id, null)).detail().receiptDueOn()).isEqualTo("2026-11-23");

		sweepOn(LocalDate.of(2026, 11, 20));
		assertThat(overdue(id)).isFalse();
		assertThat(reminded(id)).isZero();
		assertThat(reminders()).extracting(ReceiptReminder::caseId).doesNotContain(id);

		sweepOn(LocalDate.of(2026, 11, 23));
		assertThat(overdue(id)).isTrue();
		assertThat(reminded(id)).isEqualTo(1);
		assertThat(reminders()).filteredOn(reminder -> reminder.caseId().equals(id))
			.singleElement()
			.satisfies(reminder -> {
				assertThat(reminder.receiptDueOn()).isEqualTo("2026-11-23");
				assertThat(reminder.overdueOn()).isEqualTo("2026-11-23");
				assertThat(reminder.bureauName()).isEqualTo("南宁市市场监督管理局");
			});

		sweepOn(LocalDate.of(2026, 11, 23));
		sweepOn(LocalDate.of(2026, 11, 25));
		assertThat(reminded(id)).isEqualTo(1);

		String token = inNanning(() -> work.view(id, null)).detail().receiptToken();
		runInNanning(() -> complaintManagement.confirmReceipt(token, "李四"));
		assertThat(overdue(id)).isFalse();
		assertThat(reminders()).extracting(ReceiptReminder::caseId).doesNotContain(id);
		sweepOn(LocalDate.of(2026, 11, 26));
		assertThat(reminded(id)).isEqualTo(1);
	}

	@Test
	void nationalDaysWeekOffDoesNotCountAndItsMakeUpSaturdayDoes() {
		UUID id = transferredOn(LocalDate.of(2026, 9, 29));
		assertThat(inNanning(() -> work.view(id, null)).detail().receiptDueOn()).isEqualTo("2026-10-12");

		sweepOn(LocalDate.of(2026, 10, 9));
		assertThat(overdue(id)).isFalse();
		assertThat(reminded(id)).isZero();

		sweepOn(LocalDate.of(2026, 10, 12));
		assertThat(overdue(id)).isTrue();
		assertThat(reminded(id)).isEqualTo(1);
	}

	@Test
	void theCalendarKnowsEachListedYearsHolidaysAndMakeUpDays() {
		assertThat(WorkingDays.after(LocalDate.of(2020, 9, 29), 5)).isEqualTo("2020-10-13");
		assertThat(WorkingDays.isWorkingDay(LocalDate.of(2020, 9, 27))).isTrue();
		assertThat(WorkingDays.isWorkingDay(LocalDate.of(2020, 2, 1))).isFalse();
		assertThat(WorkingDays.after(LocalDate.of(2021, 2, 10), 1)).isEqualTo("2021-02-18");
		assertThat(WorkingDays.after(LocalDate.of(2022, 4, 1), 1)).isEqualTo("2022-04-02");
		assertThat(WorkingDays.after(LocalDate.of(2023, 4, 4), 1)).isEqualTo("2023-04-06");
		assertThat(WorkingDays.after(LocalDate.of(2024, 2, 9), 1)).isEqualTo("2024-02-18");
		assertThat(WorkingDays.after(LocalDate.of(2025, 1, 27), 1)).isEqualTo("2025-02-05");
		assertThat(WorkingDays.after(LocalDate.of(2025, 9, 30), 1)).isEqualTo("2025-10-09");
		assertThat(WorkingDays.after(LocalDate.of(2026, 2, 13), 1)).isEqualTo("2026-02-14");
		assertThat(WorkingDays.after(LocalDate.of(2026, 2, 14), 1)).isEqualTo("2026-02-24");
		assertThat(WorkingDays.after(LocalDate.of(2027, 1, 1), 1)).isEqualTo("2027-01-04");
	}

	@Test
	void aYearWithoutItsScheduleStillSkipsTheHolidaysWhoseDatesNeverMove() {
		assertThat(WorkingDays.after(LocalDate.of(2026, 12, 31), 1)).as("1 January 2027 is a Friday")
			.isEqualTo("2027-01-04");
		assertThat(WorkingDays.after(LocalDate.of(2028, 4, 28), 1)).as("1-2 May 2028 are a Monday and a Tuesday")
			.isEqualTo("2028-05-03");
		assertThat(WorkingDays.after(LocalDate.of(2027, 9, 30), 1)).as("1 October 2027 is a Friday")
			.isEqualTo("2027-10-04");
	}

	@Test
	void theOperatorIsWarnedOfAMissingScheduleFromNovemberOn() {
		assertThat(StatutoryCalendarCheck.missingYears(LocalDate.of(2026, 10, 31))).isEmpty();
		assertThat(StatutoryCalendarCheck.missingYears(LocalDate.of(2026, 11, 1))).containsExactly(2027);
		assertThat(StatutoryCalendarCheck.missingYears(LocalDate.of(2028, 3, 1))).containsExactly(2028);
	}

	private UUID transferredOn(LocalDate day) {
		clock.travelTo(day.atTime(10, 0));
		return inNanning(() -> {
			CaseSummary received = complaintManagement.receive(new ComplaintForm(true, null, null, "某商铺经营者", RightType.PATENT,
					null, "销售涉嫌侵犯专利权的产品。", "南宁市"), List.of(), HANDLER);
			complaintManagement.register(received.id(), HANDLER);
			BureauView bureau = bureaus.add(new BureauForm("南宁市市场监督管理局", "南宁市", "王科长", "13912345678", null));
			complaintManagement.transfer(received.id(), bureau.id(), HANDLER);
			return received.id();
		});
	}

	private void sweepOn(LocalDate day) {
		clock.travelTo(day.atTime(9, 0));
		sweep.sweep(nanning());
	}

	private boolean overdue(UUID id) {
		return inNanning(() -> work.view(id, null)).detail().summary().overdue();
	}

	private long reminded(UUID id) {
		return inNanning(() -> work.view(id, null)).timeline()
			.stream()
			.filter(entry -> entry.action().equals("timeline.receipt-overdue"))
			.count();
	}

	private List<ReceiptReminder> reminders() {
		return inNanning(() -> complaintManagement.receiptReminders(HANDLER));
	}

	private TenantWork.Scope nanning() {
		return tenantWork.unit("gx-nanning");
	}

	private <T> T inNanning(Supplier<T> work) {
		return nanning().call(work);
	}

	private void runInNanning(Runnable work) {
		nanning().run(work);
	}
}
