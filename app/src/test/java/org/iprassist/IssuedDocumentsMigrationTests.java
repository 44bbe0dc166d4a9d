package org.iprassist;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.iprassist.core.tenancy.TenantWork;
import org.iprassist.documents.Documents;
import org.iprassist.documents.IssuedDocument;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import iprassist.testsupport.TestDatabase;

/**
 * A unit schema from before the documents module, holding documents cases issued in
 * {@code case_document}, is migrated at start-up: the issued ones move to {@code issued_document}
 * with their bytes, hash and verification code, still verify on {@code /p/verify/{code}}, and are
 * found under their case; uploads stay with the case; the seal table, whose change set moved to
 * the documents changelog under its old identity, is not created again. Moved documents have no
 * document number.
 */
@Tag("database")
class IssuedDocumentsMigrationTests {

	private static final String NEW_CHANGE_SETS = "'documents-issued-document', 'documents-issued-document-number', "
			+ "'documents-seal-drawing', 'documents-ofd-seal', 'documents-ofd-copy', 'cases-issued-documents-moved'";

	@Test
	void documentsIssuedBeforeMoveToTheDocumentsModuleAndKeepVerifying() throws Exception {
		Map<String, Object> database = database();
		UUID caseId = UUID.randomUUID();
		UUID letterId = UUID.randomUUID();
		UUID evidenceId = UUID.randomUUID();
		byte[] letter = "%PDF-1.7 an opinion letter issued before the documents module".getBytes();
		String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(letter));
		String code = "gx-nanning.7K3M9Q2XPA4B";
		String certificate;
		try (ConfigurableApplicationContext first = start(database)) {
			JdbcClient jdbc = first.getBean(JdbcClient.class);
			TenantWork.Scope nanning = nanning(first);
			certificate = nanning.call(() -> jdbc.sql("select certificate from unit_seal").query(String.class).single());
			nanning.run(() -> {
				assertThat(jdbc.sql("""
						select count(distinct FILENAME) from DATABASECHANGELOG
						where ID in ('cases-unit-seal', 'cases-case-file')""").query(Integer.class).single())
					.as("the seal's change set keeps the file identity it had in 200-cases.yaml")
					.isEqualTo(1);
				jdbc.sql("delete from DATABASECHANGELOG where ID in (" + NEW_CHANGE_SETS + ")").update();
				jdbc.sql("drop table issued_document").update();
				for (String column : List.of("seal_drawing", "sm2_private_key", "sm2_certificate", "electronic_seal")) {
					jdbc.sql("alter table unit_seal drop column " + column).update();
				}
				insertCaseDocument(jdbc, letterId, caseId, "OPINION_LETTER", letter, sha256, code);
				insertCaseDocument(jdbc, evidenceId, caseId, "EVIDENCE", new byte[] { 1, 2, 3 }, "e".repeat(64), null);
			});
			jdbc.sql("update unit set changelog_version = 'before-documents' where code = 'gx-nanning'").update();
		}
		try (ConfigurableApplicationContext second = start(database)) {
			JdbcClient jdbc = second.getBean(JdbcClient.class);
			TenantWork.Scope nanning = nanning(second);
			IssuedDocument moved = nanning.call(() -> second.getBean(Documents.class).of("cases", caseId))
				.get(0);
			assertThat(moved.id()).isEqualTo(letterId);
			assertThat(moved.kind()).isEqualTo("OPINION_LETTER");
			assertThat(moved.sha256()).isEqualTo(sha256);
			assertThat(moved.verificationCode()).isEqualTo(code);
			assertThat(moved.number()).as("issued before document numbers").isNull();
			assertThat(moved.hasOfd()).as("issued before OFD copies").isFalse();
			assertThat(nanning.call(() -> jdbc.sql("select count(*) from unit_seal where electronic_seal is not null")
				.query(Integer.class)
				.single())).as("the start-up backfill gave the older seal its electronic seal").isEqualTo(1);
			assertThat(nanning.call(() -> second.getBean(Documents.class).pdf("cases", caseId, letterId).orElseThrow().content()))
				.isEqualTo(letter);
			assertThat(nanning.call(() -> jdbc.sql("select id from case_document where case_id = ?")
				.param(caseId.toString())
				.query(String.class)
				.list())).containsExactly(evidenceId.toString());
			assertThat(nanning.call(() -> jdbc.sql("select certificate from unit_seal").query(String.class).single()))
				.isEqualTo(certificate);

			String port = second.getEnvironment().getProperty("local.server.port");
			HttpResponse<String> page = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/p/verify/" + code)).build(),
						HttpResponse.BodyHandlers.ofString());
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).contains(sha256);
		}
		finally {
			if (TestDatabase.isMariaDb()) {
				TestDatabase.dropMariaDbSchemas((String) database.get("platform"),
						(String) database.get("ipr.tenancy.schema-prefix"));
			}
		}
	}

	private static void insertCaseDocument(JdbcClient jdbc, UUID id, UUID caseId, String kind, byte[] content,
			String sha256, String code) {
		jdbc.sql("""
				insert into case_document (id, case_id, kind, file_name, media_type, size_bytes, sha256,
				  verification_code, created_at, created_by, content)
				values (?, ?, ?, ?, 'application/pdf', ?, ?, ?, ?, 'nanning-staff', ?)""")
			.params(id.toString(), caseId.toString(), kind, kind + ".pdf", content.length, sha256, code,
					LocalDateTime.of(2026, 11, 2, 9, 30), content)
			.update();
	}

	private static TenantWork.Scope nanning(ConfigurableApplicationContext context) {
		return context.getBean(TenantWork.class).unit("gx-nanning");
	}

	private static Map<String, Object> database() {
		String id = UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
		Map<String, Object> properties = new HashMap<>();
		if (TestDatabase.isMariaDb()) {
			properties.put("platform", "ipr_test_" + id);
			properties.put("spring.datasource.url",
					TestDatabase.mariaDbServerUrl() + "ipr_test_" + id + TestDatabase.MARIADB_OPTIONS);
			properties.put("spring.datasource.username", "root");
			properties.put("spring.datasource.password", "");
			properties.put("ipr.tenancy.schema-prefix", "t" + id + "_");
		}
		else {
			properties.put("spring.datasource.url", "jdbc:h2:mem:documents" + id
					+ ";MODE=MySQL;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;INIT=CREATE SCHEMA IF NOT EXISTS ipr_platform\\;SET SCHEMA ipr_platform");
		}
		return properties;
	}

	private static ConfigurableApplicationContext start(Map<String, Object> database) {
		String[] arguments = database.entrySet()
			.stream()
			.filter(entry -> !entry.getKey().equals("platform"))
			.map(entry -> "--" + entry.getKey() + "=" + entry.getValue())
			.toArray(String[]::new);
		return new SpringApplicationBuilder(IprAssistApplication.class).profiles("demo")
			.properties("server.port=0", "spring.jmx.enabled=false")
			.run(arguments);
	}
}
