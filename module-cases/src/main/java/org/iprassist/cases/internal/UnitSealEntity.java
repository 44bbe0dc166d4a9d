package org.iprassist.cases.internal;

import java.time.LocalDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A unit's electronic seal: the seal image stamped on its documents and the key pair and
 * self-signed certificate that sign them. One row per unit schema; the private key is stored
 * encrypted with the platform's personal-data key, never in clear.
 */
@Entity
@Table(name = "unit_seal")
class UnitSealEntity {

	static final int THE_SEAL = 1;

	@Id
	private int id;

	private String privateKey;

	private String certificate;

	private byte[] sealImage;

	private boolean sealUploaded;

	private LocalDateTime createdAt;

	protected UnitSealEntity() {
	}

	UnitSealEntity(String encryptedPrivateKey, String certificate, byte[] sealImage, LocalDateTime at) {
		this.id = THE_SEAL;
		this.privateKey = encryptedPrivateKey;
		this.certificate = certificate;
		this.sealImage = sealImage;
		this.createdAt = at;
	}

	void replaceImage(byte[] image) {
		this.sealImage = image;
		this.sealUploaded = true;
	}

	String privateKey() {
		return privateKey;
	}

	String certificate() {
		return certificate;
	}

	byte[] sealImage() {
		return sealImage;
	}

	boolean sealUploaded() {
		return sealUploaded;
	}
}
