package org.iprassist.experts.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/**
 * An activity a volunteer team held: its theme, date, the hours each participant gave, and who
 * took part. Registers {@link org.iprassist.experts.VolunteerActivityHeld} when recorded.
 */
@Entity
@Table(name = "volunteer_activity")
class VolunteerActivityEntity {

	@Id
	private UUID id;

	private UUID teamId;

	private String theme;

	private LocalDate heldOn;

	private BigDecimal hoursEach;

	private String recordedBy;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "volunteer_participation", joinColumns = @JoinColumn(name = "activity_id"))
	@Column(name = "volunteer_id")
	private Set<UUID> volunteerIds = new LinkedHashSet<>();

	protected VolunteerActivityEntity() {
	}

	VolunteerActivityEntity(UUID teamId, VolunteerForms.Activity form, String recordedBy) {
		this.id = UUID.randomUUID();
		this.teamId = teamId;
		this.theme = form.theme().strip();
		this.heldOn = form.heldOn();
		this.hoursEach = form.hoursEach();
		this.recordedBy = recordedBy;
		this.volunteerIds.addAll(form.volunteerIds());
	}

	UUID id() {
		return id;
	}

	String theme() {
		return theme;
	}

	LocalDate heldOn() {
		return heldOn;
	}

	BigDecimal hoursEach() {
		return hoursEach;
	}

	Set<UUID> volunteerIds() {
		return volunteerIds;
	}

	BigDecimal totalHours() {
		return hoursEach.multiply(BigDecimal.valueOf(volunteerIds.size()));
	}

	VolunteerForms.ActivityView toView() {
		return new VolunteerForms.ActivityView(id, theme, heldOn, hoursEach, volunteerIds.size(), totalHours());
	}
}
