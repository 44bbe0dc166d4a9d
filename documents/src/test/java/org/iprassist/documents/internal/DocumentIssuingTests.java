package org.iprassist.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.iprassist.core.tenancy.TenantWork;
import org.iprassist.core.tenancy.TenantDescriptor;
import org.iprassist.core.tenancy.TenantDirectory;
import org.iprassist.core.tenancy.UnitCode;
import org.iprassist.documents.DocumentFile;
import org.iprassist.documents.Documents;
import org.iprassist.documents.IssueRequest;
import org.iprassist.documents.IssuedDocument;
import org.iprassist.documents.VerificationCodes;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ContextConfiguration;

import iprassist.testsupport.SignedPdfs;
import iprassist.testsupport.TestDatabase;

/**
 * A module issues a document for one of its records: it comes back with its verification code and
 * hash, signed by the unit, listed under its owner and only there. The first page is written to
 * {@code target/issued-document.png} to be looked at.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@Tag("database")
@ContextConfiguration(initializers = TestDatabase.class)
class DocumentIssuingTests {

	@Autowired
	Documents documents;

	@Autowired
	TenantDirectory tenants;

	@Autowired
	TenantWork work;

	@Test
	void issuesASignedDocumentForItsOwnerAndListsItThere() throws Exception {
		TenantDescriptor nanning = tenants.find(new UnitCode("gx-nanning")).orElseThrow();
		UUID owner = UUID.randomUUID();
		IssuedDocument issued = work.unit(nanning.code())
			.write(() -> documents.issue(new IssueRequest("test", owner, "LETTER", "documents-test/letter",
					"letter.pdf", Map.of("body", "经审查，现出具本意见。"), "tester")));

		assertThat(VerificationCodes.unitOf(issued.verificationCode())).contains("gx-nanning");
		DocumentFile pdf = work.unit(nanning.code()).call(() -> documents.pdf("test", owner, issued.id())).orElseThrow();
		assertThat(pdf.sha256()).isEqualTo(issued.sha256());
		assertThat(SignedPdfs.verifiedSigner(pdf.content())).contains("gx-nanning");
		assertThat(SignedPdfs.text(pdf.content())).contains("经审查，现出具本意见。", issued.verificationCode());
		assertThat(work.unit(nanning.code()).call(() -> documents.of("test", owner))).containsExactly(issued);
		assertThat(work.unit(nanning.code()).call(() -> documents.pdf("other", owner, issued.id()))).isEmpty();

		try (PDDocument document = Loader.loadPDF(pdf.content())) {
			BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 110);
			Files.createDirectories(Path.of("target"));
			ImageIO.write(page, "png", Path.of("target", "issued-document.png").toFile());
		}
	}
}
