package org.iprassist.core.personaldata;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.springframework.stereotype.Component;

/**
 * Put {@code @Convert(converter = EncryptedPersonalData.class)} on an entity's ID-number or phone
 * column and it is written encrypted and read back clear. Hibernate obtains the converter from
 * Spring, so the key comes from configuration. Columns need room: about 4/3 × (value + 28) + 3.
 */
@Component
@Converter
public class EncryptedPersonalData implements AttributeConverter<String, String> {

	private final PersonalDataCipher cipher;

	EncryptedPersonalData(PersonalDataCipher cipher) {
		this.cipher = cipher;
	}

	@Override
	public String convertToDatabaseColumn(String attribute) {
		return this.cipher.encrypt(attribute);
	}

	@Override
	public String convertToEntityAttribute(String column) {
		return this.cipher.decrypt(column);
	}
}
