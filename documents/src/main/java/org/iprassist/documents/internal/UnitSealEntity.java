package org.iprassist.documents.internal;

import java.time.LocalDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;

/**
 * A unit's electronic seal: the seal image stamped on its documents and the key pair and
 * self-signed certificate that sign them. One row per unit schema; the private key is stored
 * encrypted with the platform's personal-data key, never in clear. A new seal is always inserted,
 * never merged: if two nodes make a unit's seal at once, the second fails on the key instead of
 * overwriting the first one's key pair.
 */
@Entity
@Table(name = "unit_seal")
class UnitSealEntity implements Persistable<Integer> {

	static final int THE_SEAL = 1;

	@Id
	private int id;

	private String privateKey;

	private String certificate;

	private byte[] sealImage;

	private boolean sealUploaded;

	private int sealDrawing;

	private LocalDateTime createdAt;

	private String sm2PrivateKey;

	private String sm2Certificate;

	private byte[] electronicSeal;

	@Transient
	private boolean fresh;

	protected UnitSealEntity() {
	}

	UnitSealEntity(String encryptedPrivateKey, String certificate, byte[] sealImage,
			ElectronicSeals.Stored electronic, LocalDateTime at) {
		this.id = THE_SEAL;
		attach(electronic);
		this.privateKey = encryptedPrivateKey;
		this.certificate = certificate;
		this.sealImage = sealImage;
		this.sealDrawing = SealImages.DRAWING;
		this.createdAt = at;
		this.fresh = true;
	}

	@Override
	public Integer getId() {
		return id;
	}

	@Override
	public boolean isNew() {
		return fresh;
	}

	@PostLoad
	@PostPersist
	void stored() {
		this.fresh = false;
	}

	/**
	 * @return whether the image is a default seal drawn by an older version of the drawing
	 */
	boolean drawnBefore(int drawing) {
		return !sealUploaded && sealDrawing < drawing;
	}

	void redraw(byte[] image, int drawing) {
		this.sealImage = image;
		this.sealDrawing = drawing;
	}

	void replaceImage(byte[] image) {
		this.sealImage = image;
		this.sealUploaded = true;
	}

	boolean lacksElectronicSeal() {
		return electronicSeal == null;
	}

	void attach(ElectronicSeals.Stored electronic) {
		this.sm2PrivateKey = electronic.encryptedKey();
		this.sm2Certificate = electronic.certificate();
		this.electronicSeal = electronic.seal();
	}

	ElectronicSeals.Stored electronic() {
		return new ElectronicSeals.Stored(sm2PrivateKey, sm2Certificate, electronicSeal);
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
