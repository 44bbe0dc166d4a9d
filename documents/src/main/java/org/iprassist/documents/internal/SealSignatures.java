package org.iprassist.documents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Provider;
import java.security.Signature;
import java.time.Clock;
import java.util.Date;

import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.ofdrw.core.signatures.SigType;
import org.ofdrw.gm.ses.v1.SES_Header;
import org.ofdrw.gm.ses.v4.SES_Signature;
import org.ofdrw.gm.ses.v4.TBS_Sign;
import org.ofdrw.sign.ExtendSignatureContainer;

/**
 * Produces the GB/T 38540 electronic signature (SES_Signature, version 4) over an OFD's
 * signature file: SM3 of the protected data, signed SM2 with SM3 with the unit's key, carrying the
 * unit's seal and certificate. ofdrw's own container does the same but builds a new BouncyCastle
 * provider for every signature, which cost 50–300 ms per document on our machines; this one
 * shares one provider and takes the signing time from the {@link Clock}.
 */
final class SealSignatures implements ExtendSignatureContainer {

	private static final Provider BC = new BouncyCastleProvider();

	private final ElectronicSeals.Usable seal;

	private final Clock clock;

	SealSignatures(ElectronicSeals.Usable seal, Clock clock) {
		this.seal = seal;
		this.clock = clock;
	}

	@Override
	public MessageDigest getDigestFnc() {
		try {
			return MessageDigest.getInstance("SM3", BC);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("SM3 is not available", ex);
		}
	}

	@Override
	public ASN1ObjectIdentifier getSignAlgOID() {
		return GMObjectIdentifiers.sm2sign_with_sm3;
	}

	@Override
	public byte[] sign(InputStream data, String propertyInfo) throws IOException, GeneralSecurityException {
		TBS_Sign toSign = new TBS_Sign().setVersion(SES_Header.V4)
			.setEseal(seal.seal())
			.setTimeInfo(new ASN1GeneralizedTime(Date.from(clock.instant())))
			.setDataHash(getDigestFnc().digest(data.readAllBytes()))
			.setPropertyInfo(propertyInfo);
		Signature signature = Signature.getInstance("SM3WithSM2", BC);
		signature.initSign(seal.privateKey());
		signature.update(toSign.getEncoded("DER"));
		return new SES_Signature().setToSign(toSign)
			.setCert(seal.certificate())
			.setSignatureAlgID(GMObjectIdentifiers.sm2sign_with_sm3)
			.setSignature(signature.sign())
			.getEncoded("DER");
	}

	@Override
	public byte[] getSeal() throws IOException {
		return seal.seal().getEncoded("DER");
	}

	@Override
	public SigType getSignType() {
		return SigType.Seal;
	}
}
