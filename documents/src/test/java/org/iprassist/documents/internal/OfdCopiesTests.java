package org.iprassist.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.iprassist.core.tenancy.TenantWork;
import org.iprassist.core.tenancy.UnitCode;
import org.iprassist.documents.DocumentFile;
import org.iprassist.documents.Documents;
import org.iprassist.documents.IssueRequest;
import org.iprassist.documents.IssuedDocument;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.ofdrw.reader.ContentExtractor;
import org.ofdrw.reader.OFDReader;
import org.ofdrw.sign.verify.OFDValidator;
import org.ofdrw.sign.verify.container.SESV4ValidateContainer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

import iprassist.testsupport.TestDatabase;

/**
 * Every issued document also comes as an OFD sealed with the unit's GB/T 38540 electronic seal:
 * ofdrw's own validator accepts it, it says what the PDF says, and the public verification page
 * tells the issued OFD from an altered one and from another document's. The OFD is written to
 * {@code target/issued-document.ofd} to be looked at.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@AutoConfigureMockMvc
@Tag("database")
@ContextConfiguration(initializers = TestDatabase.class)
class OfdCopiesTests {

	private static final UnitCode LIUZHOU = new UnitCode("gx-liuzhou");

	@Autowired
	Documents documents;

	@Autowired
	TenantWork work;

	@Autowired
	OfdSigning ofd;

	@Autowired
	MockMvc mvc;

	@Test
	void anIssuedDocumentHasASealedOfdThatOfdrwValidatesAndThatSaysWhatThePdfSays() throws Exception {
		Issued letter = issue("经审查，现出具本意见。OFD 版与 PDF 版内容一致。");

		assertThat(letter.document().hasOfd()).isTrue();
		assertThat(letter.ofd().sha256()).isEqualTo(letter.document().ofdSha256());
		assertThat(letter.ofd().fileName()).isEqualTo("letter.ofd");
		try (OFDReader reader = new OFDReader(new ByteArrayInputStream(letter.ofd().content()));
				OFDValidator validator = new OFDValidator(reader)) {
			validator.setValidator(new SESV4ValidateContainer());
			assertThatCode(validator::exeValidate).doesNotThrowAnyException();
		}
		try (OFDReader reader = new OFDReader(new ByteArrayInputStream(letter.ofd().content()))) {
			String text = String.join("", new ContentExtractor(reader).extractAll());
			assertThat(text).contains("测试文书", "OFD 版与 PDF 版内容一致", letter.document().verificationCode(),
					"中国（广西）知识产权维权援助柳州分中心");
		}
		java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
		java.nio.file.Files.write(java.nio.file.Path.of("target", "issued-document.ofd"), letter.ofd().content());
	}

	@Test
	void theVerificationPageAcceptsTheIssuedOfdAndSaysWhyAnotherOneIsNot() throws Exception {
		Issued letter = issue("第一份文书。");
		Issued other = issue("第二份文书。");
		String code = letter.document().verificationCode();

		assertThat(upload(code, letter.ofd().content())).contains("verify-identical", "有效，与出具的文书一致");
		assertThat(upload(code, other.ofd().content())).contains("verify-different", "不是以此核验码出具的文书");
		byte[] altered = replaceInContent(letter.ofd().content(), "第一份", "第二份");
		assertThat(ofd.check(altered)).isEqualTo(OfdSigning.OfdCheck.ALTERED);
		assertThat(upload(code, altered)).contains("verify-different", "签章后被修改过");
		byte[] unsealed = withoutSignatures(letter.ofd().content());
		assertThat(ofd.check(unsealed)).isEqualTo(OfdSigning.OfdCheck.NOT_SEALED);
		mvc.perform(multipart("/p/verify/" + code)
			.file(new MockMultipartFile("file", "x.ofd", "application/ofd", "PK not a zip".getBytes(StandardCharsets.UTF_8)))
			.with(csrf())).andExpect(status().isBadRequest());
		byte[] bomb = zipOfZeros(OfdSigning.MAX_UNPACKED_BYTES + 1);
		assertThat(bomb.length).isLessThan(1024 * 1024);
		assertThat(OfdSigning.withinUnpackedLimits(bomb)).as("refused before ofdrw unpacks it to disk").isFalse();
		assertThat(OfdSigning.withinUnpackedLimits(letter.ofd().content())).isTrue();
		assertThat(ofd.check(bomb)).isEqualTo(OfdSigning.OfdCheck.NOT_OFD);
		mvc.perform(multipart("/p/verify/" + code)
			.file(new MockMultipartFile("file", "bomb.ofd", "application/ofd", bomb))
			.with(csrf())).andExpect(status().isBadRequest());
	}

	private Issued issue(String body) {
		UUID owner = UUID.randomUUID();
		return work.unit(LIUZHOU).write(() -> {
			IssuedDocument issued = documents.issue(new IssueRequest("test", owner, "LETTER", "documents-test/letter",
					"letter.pdf", Map.of("body", body), "tester"));
			return new Issued(issued, documents.ofd("test", owner, issued.id()).orElseThrow());
		});
	}

	private String upload(String code, byte[] file) throws Exception {
		return mvc.perform(multipart("/p/verify/" + code)
			.file(new MockMultipartFile("file", "letter.ofd", "application/ofd", file))
			.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private static byte[] replaceInContent(byte[] ofd, String from, String to) throws IOException {
		return rezip(ofd, (name, bytes) -> name.endsWith("Content.xml")
				? new String(bytes, StandardCharsets.UTF_8).replace(from, to).getBytes(StandardCharsets.UTF_8) : bytes);
	}

	private static byte[] withoutSignatures(byte[] ofd) throws IOException {
		return rezip(ofd, (name, bytes) -> name.contains("/Signs/") ? null
				: name.equals("OFD.xml") ? new String(bytes, StandardCharsets.UTF_8)
					.replaceAll("<ofd:Signatures>[^<]*</ofd:Signatures>", "").getBytes(StandardCharsets.UTF_8)
				: bytes);
	}

	private static byte[] zipOfZeros(long size) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("OFD.xml"));
			byte[] zeros = new byte[1024 * 1024];
			for (long written = 0; written < size; written += zeros.length) {
				zip.write(zeros, 0, (int) Math.min(zeros.length, size - written));
			}
			zip.closeEntry();
		}
		return out.toByteArray();
	}

	private static byte[] rezip(byte[] zip, java.util.function.BiFunction<String, byte[], byte[]> change)
			throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
				ZipOutputStream rezipped = new ZipOutputStream(out)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] bytes = change.apply(entry.getName(), in.readAllBytes());
				if (bytes != null) {
					rezipped.putNextEntry(new ZipEntry(entry.getName()));
					rezipped.write(bytes);
					rezipped.closeEntry();
				}
			}
		}
		return out.toByteArray();
	}

	private record Issued(IssuedDocument document, DocumentFile ofd) {
	}
}
