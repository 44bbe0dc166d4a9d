package org.iprassist.cases.internal.complaints;

import java.time.LocalDateTime;
import java.util.UUID;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.iprassist.core.personaldata.EncryptedPersonalData;
import org.iprassist.core.web.ConflictException;

/**
 * A market-regulation bureau (市场监督管理局) in the unit's own directory, to which complaints are
 * transferred. Deactivated rather than deleted: transferred complaints keep pointing at it.
 */
@Entity
@Table(name = "bureau")
public class BureauEntity {

	@Id
	private UUID id;

	private String name;

	private String city;

	private String contactPerson;

	@Convert(converter = EncryptedPersonalData.class)
	private String contactPhone;

	private String contactEmail;

	private boolean active;

	private LocalDateTime createdAt;

	protected BureauEntity() {
	}

	BureauEntity(BureauForm form, LocalDateTime at) {
		this.id = UUID.randomUUID();
		this.createdAt = at;
		this.active = true;
		update(form);
	}

	void update(BureauForm form) {
		this.name = form.name().strip();
		this.city = form.city().strip();
		this.contactPerson = blankToNull(form.contactPerson());
		this.contactPhone = blankToNull(form.contactPhone());
		this.contactEmail = blankToNull(form.contactEmail());
	}

	void deactivate() {
		this.active = false;
	}

	/**
	 * @throws ConflictException if the bureau is deactivated
	 */
	BureauEntity requireActive() {
		if (!active) {
			throw new ConflictException("error.bureau.inactive", name);
		}
		return this;
	}

	public UUID id() {
		return id;
	}

	public String name() {
		return name;
	}

	BureauView toView() {
		return new BureauView(id, name, city, contactPerson, contactPhone, contactEmail, active);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
