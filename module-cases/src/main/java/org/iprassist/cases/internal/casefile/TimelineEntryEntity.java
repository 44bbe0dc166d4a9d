package org.iprassist.cases.internal.casefile;

import java.time.LocalDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One step of a case: who did what, when. The action is a message key; the reference lets a
 * listener that may be called twice (an expert's answer) record its step once.
 */
@Entity
@Table(name = "case_timeline")
class TimelineEntryEntity {

	@Id
	private UUID id;

	private UUID caseId;

	private LocalDateTime at;

	private String actor;

	private String action;

	private String detail;

	private String reference;

	private int stepNo;

	protected TimelineEntryEntity() {
	}

	TimelineEntryEntity(UUID caseId, LocalDateTime at, String actor, String action, String detail,
			String reference) {
		this.id = UUID.randomUUID();
		this.caseId = caseId;
		this.at = at;
		this.actor = actor;
		this.action = action;
		this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
		this.reference = reference;
	}

	UUID caseId() {
		return caseId;
	}

	void numbered(int stepNo) {
		this.stepNo = stepNo;
	}

	TimelineEntry toView() {
		return new TimelineEntry(at, actor, action, detail);
	}
}
