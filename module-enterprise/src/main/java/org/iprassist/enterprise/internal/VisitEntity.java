package org.iprassist.enterprise.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.iprassist.enterprise.VisitMade;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A visit to an enterprise (入企服务): when, by whom, the services delivered. Registers
 * {@link VisitMade} when recorded; a recorded visit is a fact and does not change.
 */
@Entity
@Table(name = "visit")
class VisitEntity extends AbstractAggregateRoot<VisitEntity> {

	@Id
	private UUID id;

	private UUID enterpriseId;

	private LocalDate visitedOn;

	private String staff;

	private String notes;

	private String recordedBy;

	private LocalDateTime recordedAt;

	private LocalDate followUpOn;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "visit_service", joinColumns = @JoinColumn(name = "visit_id"))
	@Column(name = "service")
	@Enumerated(EnumType.STRING)
	private Set<VisitService> services = EnumSet.noneOf(VisitService.class);

	protected VisitEntity() {
	}

	VisitEntity(String unitCode, EnterpriseEntity enterprise, EnterpriseForms.VisitForm form, String recordedBy,
			LocalDateTime now) {
		this.id = UUID.randomUUID();
		this.enterpriseId = enterprise.id();
		this.visitedOn = form.visitedOn();
		this.staff = form.staff().strip();
		this.notes = form.notes() == null || form.notes().isBlank() ? null : form.notes().strip();
		this.recordedBy = recordedBy;
		this.recordedAt = now;
		this.services.addAll(form.services());
		registerEvent(new VisitMade(unitCode, id, enterprise.id(), enterprise.creditCode(), visitedOn));
	}

	void scheduleFollowUp(LocalDate on) {
		this.followUpOn = on;
	}

	LocalDate followUpOn() {
		return followUpOn;
	}

	UUID id() {
		return id;
	}

	UUID enterpriseId() {
		return enterpriseId;
	}

	LocalDate visitedOn() {
		return visitedOn;
	}

	String staff() {
		return staff;
	}

	String notes() {
		return notes;
	}

	String recordedBy() {
		return recordedBy;
	}

	Set<VisitService> services() {
		return services;
	}
}
