package org.iprassist.documents.internal;

import java.time.LocalDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The pattern the unit admin set for one kind of document. A kind without a row numbers its
 * documents with the default pattern ({@link NumberPattern#defaultFor}).
 */
@Entity
@Table(name = "document_number_pattern")
class DocumentNumberPatternEntity {

	@Id
	private String kind;

	private String pattern;

	private LocalDateTime updatedAt;

	private String updatedBy;

	@Version
	private Integer version;

	protected DocumentNumberPatternEntity() {
	}

	DocumentNumberPatternEntity(String kind, NumberPattern pattern, String by, LocalDateTime at) {
		this.kind = kind;
		change(pattern, by, at);
	}

	void change(NumberPattern pattern, String by, LocalDateTime at) {
		this.pattern = pattern.text();
		this.updatedBy = by;
		this.updatedAt = at;
	}

	String kind() {
		return kind;
	}

	NumberPattern pattern() {
		return new NumberPattern(pattern);
	}
}
