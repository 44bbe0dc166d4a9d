package org.iprassist.cases.internal.casefile;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The last number given out in one series of case numbers (a prefix and a year, e.g.
 * {@code YZ-2026}); see {@link CaseSequences} for how a number is taken.
 */
@Entity
@Table(name = "case_sequence")
class CaseSequenceEntity {

	@Id
	private String name;

	private long lastValue;

	protected CaseSequenceEntity() {
	}

	CaseSequenceEntity(String name) {
		this.name = name;
	}
}
