package org.iprassist.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.iprassist.core.tenancy.TenantWork;
import org.iprassist.documents.Documents;
import org.iprassist.documents.IssueRequest;
import org.iprassist.documents.IssuedDocument;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ContextConfiguration;

import iprassist.testsupport.SignedPdfs;
import iprassist.testsupport.TestDatabase;

/**
 * Document numbers: 1, 2, 3 per unit, kind and year, again from 1 in a new year, a number given
 * back when its document is not issued after all, the admin's pattern printed on the document,
 * and distinct numbers without gaps when several people issue at once (H2, and MariaDB with
 * {@code IPR_TEST_DB=mariadb}). Each test numbers kinds of its own, so they share the context.
 * The numbered document is written to {@code target/numbered-document.pdf} and its first page to
 * {@code target/numbered-document.png}, to be looked at.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@Tag("database")
@ContextConfiguration(initializers = TestDatabase.class)
class DocumentNumberTests {

	static final String UNIT = "gx-nanning";

	@Autowired
	Documents documents;

	@Autowired
	DocumentNumberManagement numbers;

	@Autowired
	UnitSchemas schemas;

	@Autowired
	TenantWork work;

	@Autowired
	Clock clock;

	@Test
	void eachKindIsNumberedFromOneInItsYearUnderTheDefaultPattern() {
		String kind = freshKind();
		String other = freshKind();
		List<String> issued = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			issued.add(issue(kind).number());
		}
		String otherNumber = issue(other).number();

		String unitName = work.unit(UNIT).call(() -> schemas.current().name());
		int year = ZonedDateTime.now(clock).getYear();
		assertThat(issued).containsExactly(unitName + "〔" + year + "〕1号", unitName + "〔" + year + "〕2号",
				unitName + "〔" + year + "〕3号");
		assertThat(otherNumber).isEqualTo(unitName + "〔" + year + "〕1号");
		assertThat(work.unit(UNIT).call(() -> documents.of("test", ownerOf(kind)))).extracting(IssuedDocument::number)
			.containsExactlyElementsOf(issued);
	}

	@Test
	void aNewYearStartsAgainAtOne() {
		String kind = freshKind();
		issue(kind);
		issue(kind);
		ZonedDateTime nextYear = ZonedDateTime.now(clock).plusYears(1);
		DocumentNumber first = work.unit(UNIT).write(() -> numbers.assign(schemas.current(), kind, nextYear));
		DocumentNumber second = work.unit(UNIT).write(() -> numbers.assign(schemas.current(), kind, nextYear));

		assertThat(first.year()).isEqualTo(nextYear.getYear());
		assertThat(first.sequence()).isEqualTo(1);
		assertThat(second.sequence()).isEqualTo(2);
		assertThat(first.text()).contains("〔" + nextYear.getYear() + "〕1号");
		assertThat(issue(kind).number()).endsWith("〔" + ZonedDateTime.now(clock).getYear() + "〕3号");
	}

	@Test
	void aDocumentNotIssuedAfterAllGivesItsNumberBack() {
		String kind = freshKind();
		issue(kind);
		assertThatThrownBy(() -> work.unit(UNIT).write((Runnable) () -> {
			documents.issue(request(kind));
			throw new IllegalStateException("the owner's own change failed");
		})).hasMessageContaining("owner's own change");

		assertThat(issue(kind).number()).endsWith("2号");
	}

	@Test
	void theAdminsPatternIsPrintedOnTheDocumentInChinese() throws Exception {
		work.unit(UNIT).write(() -> numbers.setPattern("LETTER", "桂知援（南宁）意〔{year}〕{number}号", "admin"));
		IssuedDocument issued = issue("LETTER");
		int year = ZonedDateTime.now(clock).getYear();
		assertThat(issued.number()).startsWith("桂知援（南宁）意〔" + year + "〕").endsWith("号");

		byte[] pdf = work.unit(UNIT).call(() -> documents.pdf("test", issued.ownerId(), issued.id())).orElseThrow().content();
		assertThat(SignedPdfs.text(pdf)).contains("文号：" + issued.number());
		try (PDDocument document = Loader.loadPDF(pdf)) {
			BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 110);
			Files.createDirectories(Path.of("target"));
			ImageIO.write(page, "png", Path.of("target", "numbered-document.png").toFile());
			Files.write(Path.of("target", "numbered-document.pdf"), pdf);
		}
	}

	@Test
	void peopleIssuingAtOnceGetDistinctNumbersWithoutGaps() throws Exception {
		String kind = freshKind();
		int people = 6;
		ExecutorService pool = Executors.newFixedThreadPool(people);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<IssuedDocument>> issuing = new ArrayList<>();
			for (int i = 0; i < people; i++) {
				issuing.add(pool.submit(() -> {
					start.await();
					return issue(kind);
				}));
			}
			start.countDown();
			List<Integer> sequences = new ArrayList<>();
			for (Future<IssuedDocument> each : issuing) {
				String number = each.get(3, TimeUnit.MINUTES).number();
				sequences.add(Integer.parseInt(number.substring(number.indexOf('〕') + 1, number.length() - 1)));
			}
			assertThat(sequences).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6);
		}
		finally {
			pool.shutdownNow();
		}
	}

	private IssuedDocument issue(String kind) {
		return work.unit(UNIT).write(() -> documents.issue(request(kind)));
	}

	private static IssueRequest request(String kind) {
		return new IssueRequest("test", ownerOf(kind), kind, "documents-test/letter", "letter.pdf",
				Map.of("body", "经审查，现出具本意见。"), "tester");
	}

	private static UUID ownerOf(String kind) {
		return UUID.nameUUIDFromBytes(kind.getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	private static String freshKind() {
		return "K" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase(java.util.Locale.ROOT);
	}
}
