package iprassist.testsupport;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;

/**
 * Reads issued PDFs the way an outside party would: the text with PDFBox, the signature with
 * BouncyCastle over the signed byte range (the signature field is zero-padded, so only its first
 * ASN.1 object is read).
 */
public final class SignedPdfs {

	private SignedPdfs() {
	}

	public static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	/**
	 * @return the signer's certificate subject when the last signature is valid over its byte range
	 * and that range covers the whole file; throws otherwise
	 */
	public static String verifiedSigner(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDSignature signature = document.getLastSignatureDictionary();
			if (signature == null) {
				throw new AssertionError("no signature");
			}
			int[] range = signature.getByteRange();
			if (range[2] + range[3] != pdf.length || range[0] != 0) {
				throw new AssertionError("the signature does not cover the whole file");
			}
			ContentInfo contents;
			try (ASN1InputStream in = new ASN1InputStream(signature.getContents(pdf))) {
				contents = ContentInfo.getInstance(in.readObject());
			}
			CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(pdf)),
					contents);
			SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
			@SuppressWarnings("unchecked")
			X509CertificateHolder certificate = (X509CertificateHolder) cms.getCertificates()
				.getMatches(signer.getSID())
				.iterator()
				.next();
			if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))) {
				throw new AssertionError("signature invalid");
			}
			return certificate.getSubject().toString();
		}
	}
}
