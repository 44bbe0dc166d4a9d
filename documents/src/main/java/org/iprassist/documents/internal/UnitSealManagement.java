package org.iprassist.documents.internal;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.Date;

import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.iprassist.core.personaldata.PersonalDataCipher;
import org.iprassist.core.tenancy.TenantWork;
import org.iprassist.core.web.BadRequestException;
import org.iprassist.core.web.ConflictException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each unit's electronic seal: a fresh RSA key pair, a self-signed certificate naming the unit and
 * a drawn default seal image, made once by {@link #ensure} when the unit is provisioned (or by the
 * start-up backfill for units older than that), never on the way to issuing a document: key
 * generation takes up to a second, which a handler's click must not pay. The private key is kept
 * encrypted under the platform's personal-data key.
 */
@Service
class UnitSealManagement {

	static final String SEAL_PURPOSE = "维权援助专用章";

	private final UnitSeals seals;

	private final PersonalDataCipher cipher;

	private final SealImages images;

	private final Clock clock;

	private final TenantWork work;

	private final ElectronicSeals electronic;

	private final UnitSchemas schemas;

	UnitSealManagement(UnitSeals seals, PersonalDataCipher cipher, SealImages images, Clock clock,
			TenantWork work, ElectronicSeals electronic, UnitSchemas schemas) {
		this.seals = seals;
		this.electronic = electronic;
		this.schemas = schemas;
		this.work = work;
		this.cipher = cipher;
		this.images = images;
		this.clock = clock;
	}

	/**
	 * Makes the current unit's seal unless it has one, and draws a default seal image again when an
	 * older drawing made it (see {@link SealImages#DRAWING}). The only place seals are made;
	 * serialised so that the provisioning listener and the start-up backfill never both generate a
	 * key for a unit on this node, and a second node's duplicate loses on the primary key.
	 *
	 * @return whether a seal was made
	 */
	synchronized boolean ensure(String unitCode, String unitName) {
		try {
			return Boolean.TRUE.equals(work.write(() -> {
				UnitSealEntity existing = seals.findById(UnitSealEntity.THE_SEAL).orElse(null);
				if (existing == null) {
					seals.saveAndFlush(create(unitCode, unitName));
					return true;
				}
				boolean redrawn = existing.drawnBefore(SealImages.DRAWING);
				if (redrawn) {
					existing.redraw(images.defaultSeal(unitName, SEAL_PURPOSE), SealImages.DRAWING);
				}
				if (existing.lacksElectronicSeal()) {
					existing.attach(electronic.create(unitCode, unitName, existing.sealImage()));
				}
				else if (redrawn) {
					resealAround(existing, unitName);
				}
				return false;
			}));
		}
		catch (DataIntegrityViolationException ex) {
			return false;
		}
	}

	/**
	 * @return the current unit's seal
	 * @throws ConflictException if the unit has none yet (its provisioning has not finished)
	 */
	@Transactional(readOnly = true)
	Seal sealOf() {
		return toSeal(existing());
	}

	@Transactional
	void replaceImage(byte[] png) {
		UnitSealEntity seal = existing();
		seal.replaceImage(png);
		resealAround(seal, schemas.current().name());
	}

	private void resealAround(UnitSealEntity seal, String unitName) {
		if (!seal.lacksElectronicSeal()) {
			ElectronicSeals.Stored stored = seal.electronic();
			seal.attach(new ElectronicSeals.Stored(stored.encryptedKey(), stored.certificate(),
					electronic.reseal(stored, unitName, seal.sealImage())));
		}
	}

	private UnitSealEntity existing() {
		return seals.findById(UnitSealEntity.THE_SEAL).orElseThrow(() -> new ConflictException("error.seal.not-ready"));
	}

	private UnitSealEntity create(String unitCode, String unitName) {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048, new SecureRandom());
			KeyPair pair = generator.generateKeyPair();
			ZonedDateTime now = ZonedDateTime.now(clock);
			var subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, unitName)
				.addRDN(BCStyle.OU, unitCode)
				.addRDN(BCStyle.O, "IPR Assist")
				.addRDN(BCStyle.C, "CN")
				.build();
			var builder = new JcaX509v3CertificateBuilder(subject, new BigInteger(63, new SecureRandom()),
					Date.from(now.minusDays(1).toInstant()), Date.from(now.plusYears(10).toInstant()), subject,
					pair.getPublic());
			builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
			builder.addExtension(Extension.keyUsage, true,
					new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
			X509Certificate certificate = new JcaX509CertificateConverter()
				.getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
			String key = cipher.encrypt(Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
			byte[] image = images.defaultSeal(unitName, SEAL_PURPOSE);
			return new UnitSealEntity(key, Base64.getEncoder().encodeToString(certificate.getEncoded()), image,
					electronic.create(unitCode, unitName, image), LocalDateTime.now(clock));
		}
		catch (GeneralSecurityException | OperatorCreationException | java.io.IOException ex) {
			throw new IllegalStateException("The unit's seal could not be made", ex);
		}
	}

	private Seal toSeal(UnitSealEntity entity) {
		try {
			PrivateKey key = KeyFactory.getInstance("RSA")
				.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(cipher.decrypt(entity.privateKey()))));
			X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
				.generateCertificate(new java.io.ByteArrayInputStream(Base64.getDecoder().decode(entity.certificate())));
			ElectronicSeals.Usable ofd = entity.lacksElectronicSeal() ? null : electronic.usable(entity.electronic());
			return new Seal(key, certificate, entity.sealImage(), entity.sealUploaded(), ofd);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("The unit's seal cannot be read", ex);
		}
	}

	static byte[] requirePng(org.iprassist.core.files.CheckedFile file) {
		if (file.type() != org.iprassist.core.files.AllowedType.PNG) {
			throw new BadRequestException("error.seal.png-only");
		}
		return file.content();
	}

	/**
	 * A unit's seal ready to use: its key, certificate and image (PNG), and its electronic seal for
	 * OFD ({@code null} until the start-up backfill made it for a seal older than OFD copies).
	 */
	record Seal(PrivateKey privateKey, X509Certificate certificate, byte[] image, boolean uploaded,
			ElectronicSeals.Usable electronic) {
	}
}
