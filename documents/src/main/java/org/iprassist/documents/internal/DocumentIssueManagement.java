package org.iprassist.documents.internal;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.iprassist.documents.DocumentFile;
import org.iprassist.documents.Documents;
import org.iprassist.documents.IssueRequest;
import org.iprassist.documents.IssuedDocument;
import org.iprassist.documents.VerificationCodes;
import org.iprassist.tenants.UnitView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues a document in the unit's name: renders its template with the unit's seal and a QR code
 * linking to the public verification page, signs the PDF with the unit's key, lays the same
 * content out as OFD stamped with the unit's electronic seal, and stores both with their SHA-256,
 * the verification code and the document number (文号, see {@link DocumentNumberManagement}).
 * Every issued document of every module goes through here.
 */
@Service
class DocumentIssueManagement implements Documents {

	private final PdfRenderer renderer;

	private final PdfSigner signer;

	private final OfdRenderer ofdRenderer;

	private final OfdSigning ofdSigning;

	private final UnitSealManagement seals;

	private final IssuedDocuments documents;

	private final UnitSchemas schemas;

	private final DocumentNumberManagement numbers;

	private final Clock clock;

	private final String publicBaseUrl;

	DocumentIssueManagement(PdfRenderer renderer, PdfSigner signer, OfdRenderer ofdRenderer, OfdSigning ofdSigning,
			UnitSealManagement seals, IssuedDocuments documents, UnitSchemas schemas, DocumentNumberManagement numbers,
			Clock clock,
			@Value("${ipr.public-base-url:http://localhost:8080}") String publicBaseUrl) {
		this.renderer = renderer;
		this.signer = signer;
		this.ofdRenderer = ofdRenderer;
		this.ofdSigning = ofdSigning;
		this.seals = seals;
		this.documents = documents;
		this.schemas = schemas;
		this.numbers = numbers;
		this.clock = clock;
		this.publicBaseUrl = publicBaseUrl;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public IssuedDocument issue(IssueRequest request) {
		UnitView issuer = schemas.current();
		UnitSealManagement.Seal seal = seals.sealOf();
		String code = VerificationCodes.next(issuer.code(), 12);
		String verifyUrl = publicBaseUrl + "/p/verify/" + code;
		ZonedDateTime now = ZonedDateTime.now(clock);
		DocumentNumber number = numbers.assign(issuer, request.kind(), now);
		Map<String, Object> variables = new HashMap<>(request.fields());
		variables.put("documentNumber", number.text());
		variables.put("unitName", issuer.name());
		variables.put("issuedOn", now.toLocalDate());
		variables.put("verificationCode", code);
		variables.put("verifyUrl", verifyUrl);
		variables.put("publicBaseUrl", publicBaseUrl);
		variables.put("seal", dataUri(seal.image()));
		variables.put("qr", dataUri(QrCodes.png(verifyUrl, 240)));
		String html = renderer.html(request.template(), variables);
		byte[] signed = signer.sign(renderer.pdf(html), seal, issuer.name(), request.kind(), GregorianCalendar.from(now));
		IssuedDocumentEntity document = new IssuedDocumentEntity(request.ownerModule(), request.ownerId(),
				request.kind(), request.fileName(), signed, Sha256.of(signed), code, request.issuedBy(),
				now.toLocalDateTime(), number);
		if (seal.electronic() != null) {
			document.attachOfd(ofdSigning.sign(ofdRenderer.render(html), seal.electronic()));
		}
		documents.save(document);
		return documents.viewByCode(code).orElseThrow(() -> new IllegalStateException(document.id().toString()));
	}

	@Override
	@Transactional(readOnly = true)
	public List<IssuedDocument> of(String ownerModule, UUID ownerId) {
		return documents.viewsOf(ownerModule, ownerId);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<IssuedDocument> first(String ownerModule, UUID ownerId, String kind) {
		return documents.viewsOf(ownerModule, ownerId, kind).stream().findFirst();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<DocumentFile> pdf(String ownerModule, UUID ownerId, UUID documentId) {
		return documents.findOwned(ownerModule, ownerId, documentId)
			.map(d -> new DocumentFile(d.fileName(), d.mediaType(), d.pdf(), d.sha256()));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<DocumentFile> ofd(String ownerModule, UUID ownerId, UUID documentId) {
		return documents.findOwned(ownerModule, ownerId, documentId)
			.filter(d -> d.ofd() != null)
			.map(d -> new DocumentFile(ofdName(d.fileName()), "application/ofd", d.ofd(), d.ofdSha256()));
	}

	private static String ofdName(String pdfName) {
		return (pdfName.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")
				? pdfName.substring(0, pdfName.length() - 4) : pdfName) + ".ofd";
	}

	@Override
	public DocumentFile render(String template, String fileName, Map<String, Object> fields) {
		byte[] pdf = renderer.render(template, fields);
		return new DocumentFile(fileName, "application/pdf", pdf, Sha256.of(pdf));
	}

	private static String dataUri(byte[] png) {
		return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
	}
}
