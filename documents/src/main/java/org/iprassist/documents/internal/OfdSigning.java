package org.iprassist.documents.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;

import org.ofdrw.reader.OFDReader;
import org.ofdrw.sign.OFDSigner;
import org.ofdrw.sign.SignMode;
import org.ofdrw.sign.stamppos.NormalStampPos;
import org.ofdrw.sign.verify.OFDValidator;
import org.ofdrw.sign.verify.container.SESV4ValidateContainer;
import org.ofdrw.sign.verify.exceptions.DocNotSignException;
import org.ofdrw.sign.verify.exceptions.FileIntegrityException;
import org.springframework.stereotype.Component;

/**
 * Stamps a laid-out OFD with the unit's electronic seal (GB/T 38540, SM2 with SM3) over its
 * signing block, protecting the whole document, and checks a signed OFD with ofdrw's own
 * validator for the public verification page.
 */
@Component
class OfdSigning {

	static final long MAX_UNPACKED_BYTES = 64L * 1024 * 1024;

	static final int MAX_ENTRIES = 2000;

	private final java.time.Clock clock;

	OfdSigning(java.time.Clock clock) {
		this.clock = clock;
	}

	byte[] sign(OfdRenderer.Rendered rendered, ElectronicSeals.Usable seal) {
		OfdRenderer.StampPlace place = rendered.stamp();
		try (OFDReader reader = new OFDReader(new ByteArrayInputStream(rendered.ofd()));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			try (OFDSigner signer = new OFDSigner(reader, out)) {
				signer.setSignMode(SignMode.WholeProtected);
				signer.setSignContainer(new SealSignatures(seal, clock));
				if (place != null) {
					signer.addApPos(new NormalStampPos(place.page(), place.x(), place.y(), place.size(), place.size()));
				}
				signer.exeSign();
			}
			return out.toByteArray();
		}
		catch (IOException | GeneralSecurityException ex) {
			throw new IllegalStateException("The OFD could not be sealed", ex);
		}
	}

	/**
	 * @return what ofdrw's validator finds in a file: every seal verifies and covers what it
	 * protects, or why not
	 */
	OfdCheck check(byte[] ofd) {
		if (!withinUnpackedLimits(ofd)) {
			return OfdCheck.NOT_OFD;
		}
		try (OFDReader reader = new OFDReader(new ByteArrayInputStream(ofd));
				OFDValidator validator = new OFDValidator(reader)) {
			validator.setValidator(new SESV4ValidateContainer());
			validator.exeValidate();
			return OfdCheck.VALID;
		}
		catch (DocNotSignException ex) {
			return OfdCheck.NOT_SEALED;
		}
		catch (FileIntegrityException ex) {
			return OfdCheck.ALTERED;
		}
		catch (GeneralSecurityException ex) {
			return OfdCheck.SEAL_INVALID;
		}
		catch (IOException | RuntimeException ex) {
			return OfdCheck.NOT_OFD;
		}
	}

	/**
	 * An uploaded file reaches this from the public verification page, and ofdrw unpacks it to
	 * disk: a small archive that unpacks to gigabytes is refused before that, by counting what it
	 * really unpacks to, not what its entries declare.
	 */
	static boolean withinUnpackedLimits(byte[] zip) {
		long unpacked = 0;
		int entries = 0;
		byte[] buffer = new byte[8192];
		try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(zip))) {
			while (in.getNextEntry() != null) {
				if (++entries > MAX_ENTRIES) {
					return false;
				}
				for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
					unpacked += read;
					if (unpacked > MAX_UNPACKED_BYTES) {
						return false;
					}
				}
			}
			return entries > 0;
		}
		catch (IOException | IllegalArgumentException ex) {
			return false;
		}
	}

	/**
	 * What the validator said about an uploaded OFD; each has a message {@code verify.ofd.<name>}.
	 */
	enum OfdCheck {
		VALID, NOT_SEALED, ALTERED, SEAL_INVALID, NOT_OFD
	}
}
