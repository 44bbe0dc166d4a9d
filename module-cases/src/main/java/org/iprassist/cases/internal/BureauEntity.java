package org.iprassist.cases.internal;

import java.time.LocalDateTime;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A market-regulation bureau (市场监督管理局) in the unit's own directory, to which complaints are
 * transferred.
 */
@Entity
@Table(name = "bureau")
class BureauEntity {

	@Id
	private UUID id;

	private String name;

	private String city;

	private String contacts;

	private LocalDateTime createdAt;

	protected BureauEntity() {
	}

	BureauEntity(BureauForm form, LocalDateTime at) {
		this.id = UUID.randomUUID();
		this.createdAt = at;
		update(form);
	}

	void update(BureauForm form) {
		this.name = form.name().strip();
		this.city = form.city().strip();
		this.contacts = form.contacts();
	}

	UUID id() {
		return id;
	}

	String name() {
		return name;
	}

	BureauView toView() {
		return new BureauView(id, name, city, contacts);
	}
}
