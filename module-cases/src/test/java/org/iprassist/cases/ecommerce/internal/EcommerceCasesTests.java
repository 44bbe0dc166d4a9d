package org.iprassist.cases.ecommerce.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import iprassist.testsupport.SignedPdfs;
import iprassist.testsupport.WebhookReceiver;

import org.iprassist.CasesIntegrationTest;
import org.iprassist.core.tenancy.TenantWork;
import org.iprassist.experts.ExpertsApi;
import org.iprassist.experts.Matching;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.jayway.jsonpath.JsonPath;

import static iprassist.testsupport.EcommerceIntakeSample.one;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * E-commerce cases end to end on the whole application: platform intake (authentication,
 * idempotency, batches, bad input, SSRF), dispatch to a sub-centre and back, determination,
 * the signed webhook against a receiver on loopback, and the 24-hour clock with a clock the test
 * moves.
 */
@CasesIntegrationTest
@Tag("database")
@RecordApplicationEvents
@TestPropertySource(properties = { "ipr.ecommerce.callbacks.allow-loopback=true",
		"ipr.ecommerce.delivery-interval=PT1H", "ipr.ecommerce.clock-sweep-interval=PT1H",
		"ipr.ecommerce.dispatch.redrive-interval=PT1H", "ipr.test.units=gx-centre,gx-liuzhou,gx-beihai" })
class EcommerceCasesTests {

	static final String PASSWORD = "Demo-Passw0rd";

	@Autowired
	MockMvc mvc;

	@Autowired
	PlatformClientManagement clients;

	@Autowired
	EcommerceUnits units;

	@Autowired
	EcommerceCases cases;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WebhookDelivery webhooks;

	@Autowired
	ClockSweep sweep;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationEvents events;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@TestConfiguration
	static class Config {

		@Bean
		@Primary
		MutableClock mutableClock(@Qualifier("clock") Clock system) {
			return new MutableClock(system.getZone());
		}

		/** A pool with one known conflict, preferred over the demo pool so the dispatch warning is predictable. */
		@Bean
		@Primary
		ExpertsApi conflictedExperts() {
			return new ExpertsApi() {
				@Override
				public Matching match(org.iprassist.experts.MatchRequest request) {
					return new Matching(List.of(), List.of(new org.iprassist.experts.Exclusion(UUID.randomUUID(), "王专家",
							"被诉科技有限公司", request.partyNames().get(1), "conflict")));
				}

				@Override
				public List<UUID> requestConsultation(org.iprassist.experts.ConsultationRequest request) {
					return List.of();
				}

				@Override
				public List<org.iprassist.experts.ConsultationView> consultationsOn(String matterReference) {
					return List.of();
				}
			};
		}
	}

	@Test
	void theSameReferenceTwiceMakesOneCaseEvenWhenRacing() throws Exception {
		var client = clients.register("淘宝", "gx", "gx-centre", "test");
		String reference = "TB-" + UUID.randomUUID();
		MvcResult first = mvc.perform(intake(client, one(reference, "https://93.184.215.14/hook")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.outcome").value("ACCEPTED"))
			.andReturn();
		String caseId = JsonPath.read(first.getResponse().getContentAsString(), "$.caseId");
		mvc.perform(intake(client, one(reference, "https://93.184.215.14/hook")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.outcome").value("DUPLICATE"))
			.andExpect(jsonPath("$.caseId").value(caseId));

		String raced = "TB-" + UUID.randomUUID();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Future<Integer>> answers = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			answers.add(pool.submit((Callable<Integer>) () -> mvc.perform(intake(client, one(raced, "https://93.184.215.14/hook")))
				.andReturn()
				.getResponse()
				.getStatus()));
		}
		List<Integer> statuses = new ArrayList<>();
		for (Future<Integer> answer : answers) {
			statuses.add(answer.get());
		}
		pool.shutdown();
		assertThat(statuses).containsOnly(200, 201).filteredOn(s -> s == 201).hasSize(1);
		assertThat(count("gx-centre", "client_id = '" + client.clientId() + "'")).isEqualTo(2);
	}

	@Test
	void aBatchAcceptsTheGoodCasesAndRejectsEachBadOneWithItsReason() throws Exception {
		var client = clients.register("京东", "gx", "gx-centre", "test");
		String good = "JD-" + UUID.randomUUID();
		String batch = "{\"cases\":[" + one(good, "https://93.184.215.14/hook") + ","
				+ "{\"reference\":\"bad-types\",\"claims\":5,\"listingUrls\":{}},"
				+ one("bad-patent", "https://93.184.215.14/hook").replace("ZL201910123456.7", "not a patent") + ","
				+ one("private-callback", "https://10.0.0.8/hook") + ","
				+ one("metadata-callback", "https://169.254.169.254/latest") + ","
				+ one("plain-http", "http://93.184.215.14/hook") + ","
				+ one("too-long", "https://93.184.215.14/hook").replace("\"权利要求1\"", "\"" + "长".repeat(400) + "\"") + ","
				+ one(good, "https://93.184.215.14/hook") + "]}";
		mvc.perform(post("/api/v1/intake/ecommerce-cases").with(basic(client))
			.contentType(MediaType.APPLICATION_JSON)
			.content(batch))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.results.length()").value(8))
			.andExpect(jsonPath("$.results[0].outcome").value("ACCEPTED"))
			.andExpect(jsonPath("$.results[1].outcome").value("REJECTED"))
			.andExpect(jsonPath("$.results[1].problem.status").value(400))
			.andExpect(jsonPath("$.results[2].problem.errors[0]").value(org.hamcrest.Matchers.startsWith("patentNumber")))
			.andExpect(jsonPath("$.results[3].problem.detail").value(org.hamcrest.Matchers.containsString("callbackUrl")))
			.andExpect(jsonPath("$.results[4].outcome").value("REJECTED"))
			.andExpect(jsonPath("$.results[5].outcome").value("REJECTED"))
			.andExpect(jsonPath("$.results[6].outcome").value("REJECTED"))
			.andExpect(jsonPath("$.results[7].outcome").value("DUPLICATE"));
		assertThat(count("gx-centre", "client_id = '" + client.clientId() + "'")).isEqualTo(1);

		StringBuilder tooMany = new StringBuilder("[");
		for (int i = 0; i <= IntakeApiController.MAX_BATCH; i++) {
			tooMany.append(i == 0 ? "" : ",").append(one("many-" + i, "https://93.184.215.14/hook"));
		}
		mvc.perform(post("/api/v1/intake/ecommerce-cases").with(basic(client))
			.contentType(MediaType.APPLICATION_JSON)
			.content(tooMany.append(']').toString()))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(post("/api/v1/intake/ecommerce-cases").with(basic(client))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{not json"))
			.andExpect(status().isBadRequest());
		assertThat(count("gx-centre", "client_id = '" + client.clientId() + "'")).isEqualTo(1);
	}

	@Test
	void unknownRevokedOrWrongClientsGet401AndStaffAccountsDoNotWork() throws Exception {
		var client = clients.register("拼多多", "gx", "gx-centre", "test");
		String body = one("PDD-1", "https://93.184.215.14/hook");
		mvc.perform(post("/api/v1/intake/ecommerce-cases").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isUnauthorized());
		mvc.perform(post("/api/v1/intake/ecommerce-cases")
			.header("Authorization", basicHeader("ec-nobody", "secret"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(401));
		mvc.perform(post("/api/v1/intake/ecommerce-cases")
			.header("Authorization", basicHeader(client.clientId(), client.secret() + "x"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body))
			.andExpect(status().isUnauthorized());
		mvc.perform(post("/api/v1/intake/ecommerce-cases")
			.header("Authorization", basicHeader("centre-admin", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body))
			.andExpect(status().isUnauthorized());
		mvc.perform(intake(client, body)).andExpect(status().isCreated());

		mvc.perform(post("/t/gx-centre/ecommerce/clients/{id}/revoke", client.clientId())
			.with(httpBasic("centre-admin", PASSWORD))
			.with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(intake(client, one("PDD-2", "https://93.184.215.14/hook"))).andExpect(status().isUnauthorized());
		assertThat(count("gx-centre", "client_id = '" + client.clientId() + "'")).isEqualTo(1);
	}

	@Test
	void theCentreAdminRegistersAPlatformAndSeesItsSecretsOnce() throws Exception {
		MvcResult registered = mvc.perform(post("/t/gx-centre/ecommerce/clients").with(httpBasic("centre-admin", PASSWORD))
			.with(csrf())
			.param("name", "抖音电商"))
			.andExpect(status().isOk())
			.andReturn();
		var credentials = (PlatformClientManagement.Registered) registered.getModelAndView().getModel().get("registered");
		assertThat(registered.getResponse().getContentAsString()).contains(credentials.secret());
		assertThat(clients.authenticate(credentials.clientId(), credentials.secret())).isPresent();
		String stored = jdbc.sql("select secret_hash, webhook_secret from ecommerce_platform_client where client_id = ?")
			.param(credentials.clientId())
			.query((rs, n) -> rs.getString(1) + " " + rs.getString(2))
			.single();
		assertThat(stored).startsWith("sha256:")
			.doesNotContain(credentials.secret())
			.doesNotContain(credentials.webhookSecret());
		assertThat(clients.authenticate(credentials.clientId(), credentials.secret() + "0")).isEmpty();
		jdbc.sql("update ecommerce_platform_client set secret_hash = ? where client_id = ?")
			.params(new BCryptPasswordEncoder().encode(credentials.secret()), credentials.clientId())
			.update();
		assertThat(clients.authenticate(credentials.clientId(), credentials.secret()))
			.as("a secret stored as BCrypt before the switch still authenticates")
			.isPresent();
		assertThat(clients.authenticate(credentials.clientId(), "wrong")).isEmpty();
		mvc.perform(get("/t/gx-centre/ecommerce/clients").with(httpBasic("centre-admin", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(credentials.clientId())))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(credentials.secret()))));
	}

	@Test
	void assignedToBeihaiDeterminedThereAndDeliveredSignedEvenAfterTheReceiverWasDown() throws Exception {
		var client = clients.register("闲鱼", "gx", "gx-centre", "test");
		try (WebhookReceiver receiver = new WebhookReceiver(Map.of("/hook", client.webhookSecret()))) {
			MvcResult received = mvc.perform(intake(client, one("XY-" + UUID.randomUUID(), receiver.url("/hook"))))
				.andExpect(status().isCreated())
				.andReturn();
			UUID caseId = UUID.fromString(JsonPath.read(received.getResponse().getContentAsString(), "$.caseId"));

			mvc.perform(get("/t/gx-centre/ecommerce/{id}", caseId).with(httpBasic("centre-admin", PASSWORD)))
				.andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("target-gx-beihai")))
				.andExpect(content().string(org.hamcrest.Matchers.containsString("王专家")));
			mvc.perform(post("/t/gx-centre/ecommerce/{id}/assignment", caseId).with(httpBasic("centre-admin", PASSWORD))
				.with(csrf())
				.param("targetUnit", "gx-beihai")).andExpect(status().is3xxRedirection());
			EcommerceCase tracking = centreCase(caseId);
			assertThat(tracking.status()).isEqualTo(EcommerceCase.Status.ASSIGNED);
			assertThat(tracking.assignedUnit()).isEqualTo("gx-beihai");
			List<EcommerceCase> copies = copiesOf("gx-beihai", caseId);
			assertThat(copies).hasSize(1);
			assertThat(copies.get(0).receivedAt()).isEqualTo(tracking.receivedAt());
			assertThat(copies.get(0).contactEmail()).isNull();

			receiver.down = true;
			UUID copyId = copies.get(0).id();
			mvc.perform(post("/t/gx-beihai/ecommerce/{id}/determination", copyId).with(httpBasic("beihai-staff", PASSWORD))
				.with(csrf())
				.param("within0", "YES")
				.param("note0", "技术特征全部覆盖")
				.param("within1", "NO")
				.param("conclusion", "INFRINGING")
				.param("reasons", "被诉产品落入权利要求1的保护范围。"))
				.andExpect(status().is3xxRedirection())
				.andExpect(flash().attributeExists("message"));
			await().atMost(Duration.ofSeconds(30))
				.until(() -> centreCase(caseId).status() == EcommerceCase.Status.DETERMINED);
			assertThat(events.stream(org.iprassist.cases.ecommerce.EcommerceCaseReceived.class)).singleElement()
				.satisfies(e -> assertThat(e.unitCode()).isEqualTo("gx-centre"));
			assertThat(events.stream(org.iprassist.cases.ecommerce.EcommerceCaseAssigned.class)).singleElement()
				.satisfies(e -> assertThat(e.assignedUnitCode()).isEqualTo("gx-beihai"))
				.satisfies(e -> assertThat(e.assignedCaseId()).isEqualTo(copyId));
			assertThat(events.stream(org.iprassist.cases.ecommerce.EcommerceCaseDetermined.class)).singleElement().satisfies(e -> {
				assertThat(e.unitCode()).isEqualTo("gx-beihai");
				assertThat(e.sourceCaseId()).isEqualTo(caseId);
				assertThat(e.withinClock()).isTrue();
				assertThat(e.minutesTaken()).isLessThan(5);
				assertThat(e.findings()).extracting(f -> f.within()).containsExactly("YES", "NO");
			});

			TenantWork.Scope centre = units.in("gx-centre");
			webhooks.deliverDue(centre);
			assertThat(receiver.received).hasSize(1);
			assertThat(centreCase(caseId).status()).isEqualTo(EcommerceCase.Status.DETERMINED);
			webhooks.deliverDue(centre);
			assertThat(receiver.received).as("not retried before its back-off").hasSize(1);

			receiver.down = false;
			clock.advance(Duration.ofMinutes(2));
			assertThat(webhooks.deliverDue(centre)).isEqualTo(1);
			assertThat(receiver.received).hasSize(2);
			WebhookReceiver.Received delivered = receiver.received.get(1);
			assertThat(delivered.signatureValid()).isTrue();
			assertThat(delivered.body()).contains("\"conclusion\":\"INFRINGING\"", "\"withinClock\":true", "权利要求1",
					"/p/ecommerce/gx-centre/determinations/");
			assertThat(centreCase(caseId).status()).isEqualTo(EcommerceCase.Status.DELIVERED);
			assertThat(centre.call(() -> jdbc.sql(
					"select count(*) from ecommerce_delivery_attempt a join ecommerce_delivery d on d.id = a.delivery_id where d.case_id = ?")
				.param(caseId.toString())
				.query(Long.class)
				.single())).isEqualTo(2L);

			String caseNumber = JsonPath.read(delivered.body(), "$.caseNumber");
			String sha256 = JsonPath.read(delivered.body(), "$.opinion.sha256");
			String code = JsonPath.read(delivered.body(), "$.opinion.verificationCode");
			String pdfUrl = JsonPath.read(delivered.body(), "$.opinion.url");
			String number = JsonPath.read(delivered.body(), "$.opinion.number");
			assertThat(number).as("the centre's default document number").startsWith("中国（广西）知识产权维权援助中心判〔").endsWith("号");
			byte[] pdf = mvc.perform(get(pdfUrl.substring(pdfUrl.indexOf("/p/"))))
				.andExpect(status().isOk())
				.andExpect(content().contentType(MediaType.APPLICATION_PDF))
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			assertThat(sha256(pdf)).isEqualTo(sha256);
			assertThat(SignedPdfs.text(pdf)).contains("咨询判定意见书", "中国（广西）知识产权维权援助中心", caseNumber,
					"ZL201910123456.7", "北海", "落入", "构成侵权", "文号：" + number);
			assertThat(SignedPdfs.verifiedSigner(pdf)).contains("gx-centre");
			mvc.perform(get("/p/verify/{code}", code)).andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString(sha256)))
				.andExpect(content().string(org.hamcrest.Matchers.containsString(number)));
			for (String[] staff : new String[][] { { "gx-centre", caseId.toString(), "centre-admin" },
					{ "gx-beihai", copyId.toString(), "beihai-staff" } }) {
				mvc.perform(get("/t/{unit}/ecommerce/{id}", staff[0], staff[1]).with(httpBasic(staff[2], PASSWORD)))
					.andExpect(status().isOk())
					.andExpect(content().string(org.hamcrest.Matchers.containsString("/ecommerce/" + staff[1] + "/opinion.pdf")))
					.andExpect(content().string(org.hamcrest.Matchers.containsString(code)))
					.andExpect(content().string(org.hamcrest.Matchers.containsString(number)));
				byte[] staffCopy = mvc.perform(get("/t/{unit}/ecommerce/{id}/opinion.pdf", staff[0], staff[1])
						.with(httpBasic(staff[2], PASSWORD)))
					.andExpect(status().isOk())
					.andExpect(content().contentType(MediaType.APPLICATION_PDF))
					.andReturn()
					.getResponse()
					.getContentAsByteArray();
				assertThat(sha256(staffCopy)).as("the opinion as %s's staff download it", staff[0]).isEqualTo(sha256);
				mvc.perform(get("/t/{unit}/ecommerce/{id}/opinion.ofd", staff[0], staff[1]).with(httpBasic(staff[2], PASSWORD)))
					.andExpect(status().isOk())
					.andExpect(content().contentType("application/ofd"));
			}
			mvc.perform(get("/t/gx-beihai/ecommerce/{id}/opinion.ofd", copyId).with(httpBasic("liuzhou-staff", PASSWORD)))
				.andExpect(status().isForbidden());
			mvc.perform(get("/t/gx-beihai/ecommerce/{id}/opinion.pdf", copyId).with(httpBasic("liuzhou-staff", PASSWORD)))
				.andExpect(status().isForbidden());
			String forged = pdfUrl.substring(pdfUrl.indexOf("/p/")).replaceFirst("expires=(\\d+)", "expires=9$1");
			mvc.perform(get(forged)).andExpect(status().isNotFound());
			clock.advance(OpinionLinks.VALID_FOR.plusMinutes(1));
			mvc.perform(get(pdfUrl.substring(pdfUrl.indexOf("/p/")))).andExpect(status().isNotFound());

			String link = JsonPath.read(delivered.body(), "$.contactLink");
			String token = link.substring(link.lastIndexOf('/') + 1);
			assertThat(centre.call(() -> jdbc.sql("select contact_link from ecommerce_delivery where case_id = ?")
				.param(caseId.toString())
				.query(String.class)
				.single())).as("the stored delivery holds no usable link").doesNotContain(token).startsWith("v1:");
			String path = link.substring(link.indexOf("/p/"));
			for (int preview = 0; preview < 2; preview++) {
				mvc.perform(get(path)).andExpect(status().isOk())
					.andExpect(content().string(org.hamcrest.Matchers.containsString("中国（广西）知识产权维权援助中心")))
					.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("构成侵权"))))
					.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(sha256))));
			}
			mvc.perform(post(path)).andExpect(status().isForbidden());
			jakarta.servlet.http.Cookie contactBrowser = mvc.perform(post(path).with(csrf()))
				.andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrl(path))
				.andReturn()
				.getResponse()
				.getCookie("SESSION");
			assertThat(contactBrowser).as("the browser that opened the link keeps it in its session").isNotNull();
			for (String reload : new String[] { path, path + "?lang=en" }) {
				mvc.perform(get(reload).cookie(contactBrowser)).andExpect(status().isOk())
					.andExpect(content().string(org.hamcrest.Matchers.containsString(caseNumber)))
					.andExpect(content().string(org.hamcrest.Matchers.containsString(sha256)))
					.andExpect(content().string(org.hamcrest.Matchers.containsString(code)));
			}
			mvc.perform(get(path)).andExpect(status().isNotFound());
			mvc.perform(post(path).cookie(contactBrowser).with(csrf())).andExpect(status().isNotFound());
			mvc.perform(post(path).with(csrf())).andExpect(status().isNotFound());
		}
	}

	@Test
	void aSubCentreDeclinesAndTheCaseIsBackInTheRegionalQueue() throws Exception {
		var client = clients.register("唯品会", "gx", "gx-centre", "test");
		MvcResult received = mvc.perform(intake(client, one("VIP-" + UUID.randomUUID(), "https://93.184.215.14/hook")))
			.andExpect(status().isCreated())
			.andReturn();
		UUID caseId = UUID.fromString(JsonPath.read(received.getResponse().getContentAsString(), "$.caseId"));
		mvc.perform(post("/t/gx-centre/ecommerce/{id}/assignment", caseId).with(httpBasic("centre-admin", PASSWORD))
			.with(csrf())
			.param("targetUnit", "gx-liuzhou")).andExpect(status().is3xxRedirection());
		UUID copyId = copiesOf("gx-liuzhou", caseId).get(0).id();
		mvc.perform(post("/t/gx-liuzhou/ecommerce/{id}/decline", copyId).with(httpBasic("liuzhou-staff", PASSWORD))
			.with(csrf())
			.param("reason", "与被投诉方存在利益冲突")).andExpect(status().is3xxRedirection());
		await().atMost(Duration.ofSeconds(10))
			.until(() -> centreCase(caseId).status() == EcommerceCase.Status.RECEIVED);
		assertThat(centreCase(caseId).declineReason()).contains("利益冲突");
		assertThat(centreCase(caseId).assignedUnit()).isNull();
		mvc.perform(post("/t/gx-liuzhou/ecommerce/{id}/assignment", copyId).with(httpBasic("liuzhou-staff", PASSWORD)).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void theClockWarnsAt18HoursAndBreachesAt24() throws Exception {
		var client = clients.register("当当", "gx", "gx-centre", "test");
		MvcResult received = mvc.perform(intake(client, one("DD-" + UUID.randomUUID(), "https://93.184.215.14/hook")))
			.andExpect(status().isCreated())
			.andReturn();
		UUID caseId = UUID.fromString(JsonPath.read(received.getResponse().getContentAsString(), "$.caseId"));
		String number = JsonPath.read(received.getResponse().getContentAsString(), "$.caseNumber");
		mvc.perform(post("/t/gx-centre/ecommerce/{id}/assignment", caseId).with(httpBasic("centre-admin", PASSWORD))
			.with(csrf())
			.param("targetUnit", "gx-beihai")).andExpect(status().is3xxRedirection());
		TenantWork.Scope centre = units.in("gx-centre");
		TenantWork.Scope beihai = units.in("gx-beihai");

		clock.advance(Duration.ofHours(17).plusMinutes(59));
		sweep.sweep(centre);
		sweep.sweep(beihai);
		assertThat(alerts(centre, caseId)).isEmpty();
		mvc.perform(get("/t/gx-centre/ecommerce").with(httpBasic("centre-admin", PASSWORD)))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<span>6:00</span>")));

		clock.advance(Duration.ofMinutes(1));
		sweep.sweep(centre);
		sweep.sweep(beihai);
		assertThat(alerts(centre, caseId)).containsExactly("WARNING");
		assertThat(alerts(beihai, copiesOf("gx-beihai", caseId).get(0).id())).containsExactly("WARNING");
		mvc.perform(get("/t/gx-beihai/ecommerce").with(httpBasic("beihai-staff", PASSWORD)))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("alert-" + number + "-WARNING")));

		clock.advance(Duration.ofHours(5).plusMinutes(59));
		sweep.sweep(centre);
		assertThat(alerts(centre, caseId)).containsExactly("WARNING");
		clock.advance(Duration.ofMinutes(1));
		sweep.sweep(centre);
		sweep.sweep(centre);
		assertThat(alerts(centre, caseId)).containsExactlyInAnyOrder("WARNING", "BREACH");
		assertThat(centreCase(caseId).breachedAt()).isNotNull();
		mvc.perform(get("/t/gx-centre/ecommerce/board").with(httpBasic("centre-admin", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("open-" + number)))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("alert-" + number + "-BREACH")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("北海分中心")));
		mvc.perform(get("/r/gx/ecommerce").with(httpBasic("centre-admin", PASSWORD)))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void staffEnterACaseByHandAndExportTheList() throws Exception {
		mvc.perform(post("/t/gx-liuzhou/ecommerce/new").with(httpBasic("liuzhou-staff", PASSWORD))
			.with(csrf())
			.param("platform", "线下转来")
			.param("shop", "某店")
			.param("listingUrls", "https://item.example.com/1")
			.param("product", "折叠椅")
			.param("rightHolder", "某家具公司")
			.param("patentNumber", "ZL201910123456.7")
			.param("patentType", "UTILITY_MODEL")
			.param("complainedParty", "某店主")
			.param("claims", "权利要求1\n权利要求2")
			.param("contactName", "张三")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/t/gx-liuzhou/ecommerce/new").with(httpBasic("liuzhou-staff", PASSWORD)).with(csrf()).param("platform", "x"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("entry-errors")));
		mvc.perform(get("/t/gx-liuzhou/ecommerce/export.xlsx").with(httpBasic("liuzhou-staff", PASSWORD)))
			.andExpect(status().isOk());
	}

	private EcommerceCase centreCase(UUID id) {
		return units.in("gx-centre").call(() -> cases.find(id).orElseThrow());
	}

	private List<EcommerceCase> copiesOf(String unit, UUID sourceCaseId) {
		return units.in(unit).call(() -> jdbc.sql("select " + EcommerceCases.COLUMNS
				+ " from ecommerce_case where source_case_id = ?")
			.param(sourceCaseId.toString())
			.query(EcommerceCases::map)
			.list());
	}

	private List<String> alerts(TenantWork.Scope tenant, UUID caseId) {
		return tenant.call(() -> jdbc.sql("select kind from ecommerce_alert where case_id = ?")
			.param(caseId.toString())
			.query(String.class)
			.list());
	}

	private long count(String unit, String where) {
		return units.in(unit).call(() -> jdbc.sql("select count(*) from ecommerce_case where " + where).query(Long.class).single());
	}

	static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder intake(
			PlatformClientManagement.Registered client, String body) {
		return post("/api/v1/intake/ecommerce-cases").with(basic(client))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body);
	}

	static org.springframework.test.web.servlet.request.RequestPostProcessor basic(PlatformClientManagement.Registered client) {
		return request -> {
			request.addHeader("Authorization", basicHeader(client.clientId(), client.secret()));
			return request;
		};
	}

	static String basicHeader(String id, String secret) {
		return "Basic " + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes());
	}

	static String sha256(byte[] bytes) throws java.security.NoSuchAlgorithmException {
		return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
	}
}
