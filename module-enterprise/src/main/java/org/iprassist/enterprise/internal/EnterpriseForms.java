package org.iprassist.enterprise.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.iprassist.core.personaldata.ValidCreditCode;
import org.iprassist.core.personaldata.ValidPhoneNumber;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What pages and the API send and show about enterprises, visit plans, visits and needs.
 */
final class EnterpriseForms {

	private EnterpriseForms() {
	}

	/** An enterprise to register: the credit code is checked by its GB 32100 check character. */
	public record EnterpriseForm(@NotBlank @Size(max = 200) String name, @NotBlank @ValidCreditCode String creditCode,
			@Size(max = 100) String industry, @Size(max = 50) String city, @NotNull EnterpriseSize size,
			@Size(max = 50) String contactName, @ValidPhoneNumber String contactPhone,
			@Min(0) @Max(10_000_000) Integer patents, @Min(0) @Max(10_000_000) Integer trademarks,
			@Size(max = 200) String ipcFields) {
	}

	/** An enterprise as shown; the contact's phone is masked unless the viewer is the unit's admin. */
	public record EnterpriseView(UUID id, String name, String creditCode, String industry, String city,
			EnterpriseSize size, String contactName, String contactPhone, int patents, int trademarks,
			String ipcFields) {
	}

	/** One bad row of an import: its row number in the workbook and why it was refused. */
	public record RowProblem(int row, String reason) {
	}

	/** The enterprises to serve in a year, as a unit drafts its plan. */
	public record PlanForm(@NotNull @Min(2000) @Max(2100) Integer year, @NotNull List<UUID> enterpriseIds) {
	}

	/** Submitting a year's plan. */
	public record Submission(@NotNull @Min(2000) @Max(2100) Integer year) {
	}

	/** The regional centre's decision on a unit's plan; a return needs a comment. */
	public record Review(@NotBlank @Size(max = 40) String unitCode, @NotNull @Min(2000) @Max(2100) Integer year,
			@NotNull Boolean accept, @Size(max = 1000) String comment) {
	}

	/** One planned enterprise, with the visits made to it in the plan's year. */
	public record PlannedEnterprise(UUID enterpriseId, String name, String creditCode, long visits) {
	}

	/** A unit's plan for a year: status, its enterprises and what came of them. */
	public record PlanView(UUID id, int year, VisitPlanStatus status, LocalDateTime submittedAt, String submittedBy,
			String reviewComment, String reviewedBy, List<PlannedEnterprise> enterprises, long visitsInYear,
			long version) {

		public long visited() {
			return enterprises.stream().filter(e -> e.visits() > 0).count();
		}
	}

	/** A unit's plan as the regional centre sees it among the province's units. */
	public record UnitPlanSummary(String unitCode, String unitName, VisitPlanStatus status, int planned, long visited,
			long visits, LocalDateTime submittedAt, String reviewComment) {
	}

	/** A need raised on a visit: what, who answers it, by when. */
	public record NeedForm(@NotBlank @Size(max = 1000) String description, @NotBlank @Size(max = 100) String owner,
			@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn) {
	}

	/** A visit to record, with the services delivered and the needs raised. */
	public record VisitForm(@NotNull UUID enterpriseId,
			@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate visitedOn,
			@NotBlank @Size(max = 200) String staff, @NotEmpty Set<VisitService> services,
			@Size(max = 2000) String notes, @Valid List<NeedForm> needs) {
	}

	/** A follow-up visit (回访) to schedule. */
	public record FollowUp(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate followUpOn) {
	}

	/** The answer to a need (有问必复). */
	public record Answer(@NotBlank @Size(max = 2000) String answer) {
	}

	/** A visit as shown. */
	public record VisitView(UUID id, UUID enterpriseId, String enterprise, LocalDate visitedOn, String staff,
			Set<VisitService> services, String notes, String recordedBy, LocalDate followUpOn, List<NeedView> needs) {
	}

	/** A need as shown; {@code overdue} while it is open past its due date. */
	public record NeedView(UUID id, UUID visitId, UUID enterpriseId, String enterprise, String description,
			String owner, LocalDate dueOn, NeedStatus status, String answer, String answeredBy, boolean overdue,
			long version) {
	}

	/** An enterprise's page: the enterprise, its visits, its needs and its through-train services. */
	public record EnterpriseDetail(EnterpriseView enterprise, List<VisitView> visits,
			List<ThroughTrainServiceManagement.Item> throughTrain) {
	}
}
