package org.iprassist.enterprise.internal;

import java.time.LocalDateTime;
import java.util.UUID;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.iprassist.core.personaldata.CreditCodes;
import org.iprassist.core.personaldata.EncryptedPersonalData;
import org.iprassist.core.personaldata.Masking;
import org.iprassist.core.personaldata.PhoneNumbers;

/**
 * An enterprise of the unit's register, keyed by its unified social credit code; the contact's
 * phone is stored encrypted.
 */
@Entity
@Table(name = "enterprise")
class EnterpriseEntity {

	@Id
	private UUID id;

	private String name;

	private String creditCode;

	private String industry;

	private String city;

	@Enumerated(EnumType.STRING)
	private EnterpriseSize size;

	private String contactName;

	@Convert(converter = EncryptedPersonalData.class)
	private String contactPhone;

	private int patents;

	private int trademarks;

	private String ipcFields;

	private LocalDateTime createdAt;

	@Version
	private long version;

	protected EnterpriseEntity() {
	}

	EnterpriseEntity(EnterpriseForms.EnterpriseForm form, LocalDateTime now) {
		this.id = UUID.randomUUID();
		this.name = form.name().strip();
		this.creditCode = CreditCodes.normalise(form.creditCode());
		this.industry = blankToNull(form.industry());
		this.city = blankToNull(form.city());
		this.size = form.size();
		this.contactName = blankToNull(form.contactName());
		this.contactPhone = blankToNull(form.contactPhone()) == null ? null : PhoneNumbers.normalise(form.contactPhone());
		this.patents = form.patents() == null ? 0 : form.patents();
		this.trademarks = form.trademarks() == null ? 0 : form.trademarks();
		this.ipcFields = blankToNull(form.ipcFields());
		this.createdAt = now;
	}

	UUID id() {
		return id;
	}

	String name() {
		return name;
	}

	String creditCode() {
		return creditCode;
	}

	EnterpriseForms.EnterpriseView toView(boolean wholePhone) {
		return new EnterpriseForms.EnterpriseView(id, name, creditCode, industry, city, size, contactName,
				wholePhone ? contactPhone : Masking.phone(contactPhone), patents, trademarks, ipcFields);
	}

	/** The row of the export, in the import template's column order. */
	Object[] exportRow(boolean wholePhone) {
		return new Object[] { name, creditCode, industry, city, size.label(), contactName,
				wholePhone ? contactPhone : Masking.phone(contactPhone), patents, trademarks, ipcFields };
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
