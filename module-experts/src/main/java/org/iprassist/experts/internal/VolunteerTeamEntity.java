package org.iprassist.experts.internal;

import java.time.LocalDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A unit's volunteer team (work item 21), in the unit's own schema.
 */
@Entity
@Table(name = "volunteer_team")
class VolunteerTeamEntity {

	@Id
	private UUID id;

	private String name;

	private String description;

	private LocalDateTime createdAt;

	protected VolunteerTeamEntity() {
	}

	VolunteerTeamEntity(String name, String description, LocalDateTime now) {
		this.id = UUID.randomUUID();
		this.name = name.strip();
		this.description = description == null || description.isBlank() ? null : description.strip();
		this.createdAt = now;
	}

	UUID id() {
		return id;
	}

	String name() {
		return name;
	}

	String description() {
		return description;
	}
}
