package org.iprassist.documents.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;

import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERIA5String;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.iprassist.core.personaldata.PersonalDataCipher;
import org.ofdrw.gm.ses.v1.SES_ESPictrueInfo;
import org.ofdrw.gm.ses.v1.SES_Header;
import org.ofdrw.gm.ses.v4.SES_CertList;
import org.ofdrw.gm.ses.v4.SES_ESPropertyInfo;
import org.ofdrw.gm.ses.v4.SES_SealInfo;
import org.ofdrw.gm.ses.v4.SESeal;
import org.springframework.stereotype.Component;

/**
 * Makes a unit's electronic seal for OFD documents: an SM2 key pair, a self-signed SM2/SM3
 * certificate naming the unit, and the seal itself in the GB/T 38540 structure (SESeal, version
 * 4) carrying the unit's seal image, signed with that key. It is a software seal: the unit is its
 * own seal maker and signer, as with the PDF signature's self-signed RSA certificate; a seal from
 * a certified seal-making system would replace the key and certificate, not the documents.
 */
@Component
class ElectronicSeals {

	private static final BouncyCastleProvider BC = new BouncyCastleProvider();

	private static final String SM3_WITH_SM2 = "SM3WithSM2";

	private static final String MAKER = "IPR Assist";

	private final PersonalDataCipher cipher;

	private final Clock clock;

	ElectronicSeals(PersonalDataCipher cipher, Clock clock) {
		this.cipher = cipher;
		this.clock = clock;
	}

	/**
	 * @return a new key, certificate and seal for a unit, the key encrypted for storage
	 */
	Stored create(String unitCode, String unitName, byte[] sealPng) {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BC);
			generator.initialize(new ECGenParameterSpec("sm2p256v1"), new SecureRandom());
			KeyPair pair = generator.generateKeyPair();
			X509Certificate certificate = certificate(unitCode, unitName, pair);
			byte[] seal = seal(pair.getPrivate(), certificate, unitName, sealPng);
			return new Stored(cipher.encrypt(Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded())),
					Base64.getEncoder().encodeToString(certificate.getEncoded()), seal);
		}
		catch (GeneralSecurityException | OperatorCreationException | IOException ex) {
			throw new IllegalStateException("The unit's electronic seal could not be made", ex);
		}
	}

	/**
	 * @return the seal made again around a new seal image, with the same key and certificate
	 */
	byte[] reseal(Stored stored, String unitName, byte[] sealPng) {
		Usable usable = usable(stored);
		try {
			return seal(usable.privateKey(), usable.certificate(), unitName, sealPng);
		}
		catch (GeneralSecurityException | IOException ex) {
			throw new IllegalStateException("The unit's electronic seal could not be made", ex);
		}
	}

	Usable usable(Stored stored) {
		try {
			PrivateKey key = KeyFactory.getInstance("EC", BC)
				.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(cipher.decrypt(stored.encryptedKey()))));
			X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509", BC)
				.generateCertificate(new ByteArrayInputStream(Base64.getDecoder().decode(stored.certificate())));
			return new Usable(key, certificate, SESeal.getInstance(stored.seal()));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("The unit's electronic seal cannot be read", ex);
		}
	}

	private X509Certificate certificate(String unitCode, String unitName, KeyPair pair)
			throws OperatorCreationException, GeneralSecurityException, IOException {
		ZonedDateTime now = ZonedDateTime.now(clock);
		var subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, unitName)
			.addRDN(BCStyle.OU, unitCode)
			.addRDN(BCStyle.O, MAKER)
			.addRDN(BCStyle.C, "CN")
			.build();
		var builder = new JcaX509v3CertificateBuilder(subject, new BigInteger(63, new SecureRandom()),
				Date.from(now.minusDays(1).toInstant()), Date.from(now.plusYears(10).toInstant()), subject,
				pair.getPublic());
		builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
		builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
		return new JcaX509CertificateConverter().setProvider(BC)
			.getCertificate(builder.build(new JcaContentSignerBuilder("SM3WITHSM2").setProvider(BC).build(pair.getPrivate())));
	}

	private byte[] seal(PrivateKey key, X509Certificate certificate, String unitName, byte[] sealPng)
			throws GeneralSecurityException, IOException {
		ZonedDateTime now = ZonedDateTime.now(clock);
		ASN1EncodableVector certificates = new ASN1EncodableVector(1);
		certificates.add(new DEROctetString(certificate.getEncoded()));
		SES_ESPropertyInfo property = new SES_ESPropertyInfo().setType(new ASN1Integer(1))
			.setName(new DERUTF8String(unitName + UnitSealManagement.SEAL_PURPOSE))
			.setCertListType(SES_ESPropertyInfo.CertListType)
			.setCertList(SES_CertList.getInstance(SES_ESPropertyInfo.CertListType, new DERSequence(certificates)))
			.setCreateDate(new ASN1GeneralizedTime(Date.from(now.toInstant())))
			.setValidStart(new ASN1GeneralizedTime(Date.from(now.minusDays(1).toInstant())))
			.setValidEnd(new ASN1GeneralizedTime(Date.from(now.plusYears(10).toInstant())));
		SES_ESPictrueInfo picture = new SES_ESPictrueInfo().setType("PNG")
			.setData(sealPng)
			.setWidth((int) OfdRenderer.SEAL_SIZE)
			.setHeight((int) OfdRenderer.SEAL_SIZE);
		byte[] id = new byte[16];
		new SecureRandom().nextBytes(id);
		SES_SealInfo info = new SES_SealInfo().setHeader(new SES_Header(SES_Header.V4, new DERIA5String(MAKER)))
			.setEsID(new DERIA5String(HexFormat.of().formatHex(id)))
			.setProperty(property)
			.setPicture(picture);
		Signature signature = Signature.getInstance(SM3_WITH_SM2, BC);
		signature.initSign(key);
		signature.update(info.getEncoded("DER"));
		return new SESeal().seteSealInfo(info)
			.setCert(certificate)
			.setSignAlgID(GMObjectIdentifiers.sm2sign_with_sm3)
			.setSignedValue(signature.sign())
			.getEncoded("DER");
	}

	/**
	 * The seal as stored with the unit's seal: the SM2 private key encrypted under the platform's
	 * personal-data key, the certificate in Base64 and the DER-encoded SESeal.
	 */
	record Stored(String encryptedKey, String certificate, byte[] seal) {
	}

	/**
	 * The seal ready to sign with.
	 */
	record Usable(PrivateKey privateKey, X509Certificate certificate, SESeal seal) {
	}
}
