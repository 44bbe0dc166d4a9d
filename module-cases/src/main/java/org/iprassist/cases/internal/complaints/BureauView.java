package org.iprassist.cases.internal.complaints;

import java.util.UUID;

import org.iprassist.core.personaldata.Masking;

/**
 * A bureau of the unit's directory; a deactivated one stays for the complaints already transferred
 * to it but is no longer offered for new transfers.
 */
public record BureauView(UUID id, String name, String city, String contactPerson, String contactPhone,
		String contactEmail, boolean active) {

	/**
	 * @return this bureau with its contact phone masked, as lists show it
	 */
	BureauView masked() {
		return new BureauView(id, name, city, contactPerson, Masking.phone(contactPhone), contactEmail, active);
	}

	public BureauForm toForm() {
		return new BureauForm(name, city, contactPerson, contactPhone, contactEmail);
	}
}
