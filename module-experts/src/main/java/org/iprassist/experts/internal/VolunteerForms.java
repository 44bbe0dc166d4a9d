package org.iprassist.experts.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.iprassist.core.personaldata.ValidPhoneNumber;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What pages and the API send and show about volunteer teams.
 */
final class VolunteerForms {

	private VolunteerForms() {
	}

	/** A new team. */
	public record Team(@NotBlank @Size(max = 100) String name, @Size(max = 1000) String description) {
	}

	/** A new volunteer. */
	public record Member(@NotBlank @Size(max = 50) String name, @Size(max = 200) String skills,
			@ValidPhoneNumber String phone, @Email @Size(max = 100) String email) {
	}

	/** An activity held, with the volunteers who took part. */
	public record Activity(@NotBlank @Size(max = 200) String theme,
			@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
			@NotNull @DecimalMin("0.5") @DecimalMax("24") BigDecimal hoursEach, @NotEmpty List<UUID> volunteerIds) {
	}

	/** A team in the list. */
	public record TeamView(UUID id, String name, String description, long members) {
	}

	/** A volunteer as shown; the phone is masked unless the viewer is the unit's admin. */
	public record MemberView(UUID id, String name, String skills, String phone, String email) {
	}

	/** An activity as shown. */
	public record ActivityView(UUID id, String theme, LocalDate heldOn, BigDecimal hoursEach, int volunteers,
			BigDecimal totalHours) {
	}

	/** One volunteer's hours in a year. */
	public record VolunteerHours(UUID volunteerId, String name, BigDecimal hours) {
	}

	/** A team's hours in a year, per volunteer and in total. */
	public record YearlyHours(int year, List<VolunteerHours> volunteers, BigDecimal total) {
	}

	/** A team's page: the team, its volunteers, its activities and the year's hours. */
	public record TeamDetail(TeamView team, List<MemberView> members, List<ActivityView> activities,
			YearlyHours hours) {
	}
}
