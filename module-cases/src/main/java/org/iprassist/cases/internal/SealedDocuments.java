package org.iprassist.cases.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.iprassist.tenants.UnitView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues a document in the unit's name: renders its template with the unit's seal and a QR code
 * linking to the public verification page, signs the PDF with the unit's key and stores it with
 * its SHA-256 and verification code. Every issued kind of every case type goes through here.
 */
@Service
class SealedDocuments {

	private final PdfRenderer renderer;

	private final PdfSigner signer;

	private final UnitSeals seals;

	private final CaseDocuments documents;

	private final CurrentUnit unit;

	private final Clock clock;

	private final String publicBaseUrl;

	SealedDocuments(PdfRenderer renderer, PdfSigner signer, UnitSeals seals, CaseDocuments documents,
			CurrentUnit unit, Clock clock, @Value("${ipr.public-base-url:http://localhost:8080}") String publicBaseUrl) {
		this.renderer = renderer;
		this.signer = signer;
		this.seals = seals;
		this.documents = documents;
		this.unit = unit;
		this.clock = clock;
		this.publicBaseUrl = publicBaseUrl;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	DocumentView issue(UUID caseId, DocumentKind kind, String template, String fileName, Map<String, Object> fields,
			String by) {
		UnitView issuer = unit.view();
		UnitSeals.Seal seal = seals.sealOf();
		String code = VerificationCodes.next(issuer.code(), 12);
		String verifyUrl = publicBaseUrl + "/p/verify/" + code;
		ZonedDateTime now = ZonedDateTime.now(clock);
		Map<String, Object> variables = new HashMap<>(fields);
		variables.put("unitName", issuer.name());
		variables.put("issuedOn", now.toLocalDate());
		variables.put("verificationCode", code);
		variables.put("verifyUrl", verifyUrl);
		variables.put("publicBaseUrl", publicBaseUrl);
		variables.put("seal", dataUri(seal.image()));
		variables.put("qr", dataUri(QrCodes.png(verifyUrl, 240)));
		byte[] rendered = renderer.render(template, variables);
		byte[] signed = signer.sign(rendered, seal, issuer.name(), kind.name(), GregorianCalendar.from(now));
		CaseDocumentEntity document = documents.save(CaseDocumentEntity.issued(caseId, kind, fileName, signed,
				Sha256.of(signed), code, by, LocalDateTime.now(clock)));
		return documents.viewByCode(code).orElseThrow(() -> new IllegalStateException(document.id().toString()));
	}

	private static String dataUri(byte[] png) {
		return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
	}
}
