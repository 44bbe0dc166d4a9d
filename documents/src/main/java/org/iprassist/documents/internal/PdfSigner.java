package org.iprassist.documents.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Calendar;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.springframework.stereotype.Component;

/**
 * Signs a PDF with the unit's key: a detached CMS (PKCS #7) signature over the document's byte
 * range, embedded as an {@code adbe.pkcs7.detached} signature that any PDF reader can check.
 */
@Component
class PdfSigner {

	byte[] sign(byte[] pdf, UnitSealManagement.Seal seal, String signerName, String reason, Calendar at) {
		try (PDDocument document = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDSignature signature = new PDSignature();
			signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
			signature.setSubFilter(PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED);
			signature.setName(signerName);
			signature.setReason(reason);
			signature.setSignDate(at);
			document.addSignature(signature, content -> {
				try {
					CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
					generator.addSignerInfoGenerator(
							new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build()).build(
									new JcaContentSignerBuilder("SHA256withRSA").build(seal.privateKey()),
									seal.certificate()));
					generator.addCertificates(new JcaCertStore(List.of(seal.certificate())));
					return generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false).getEncoded();
				}
				catch (OperatorCreationException | CMSException | java.security.cert.CertificateEncodingException ex) {
					throw new IOException("The document could not be signed", ex);
				}
			});
			document.saveIncremental(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
