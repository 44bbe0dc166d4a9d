package org.iprassist;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.iprassist.core.tenancy.TenantWork;
import org.iprassist.experts.VolunteerActivityHeld;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The work plan, the progress read model and appraisal, end to end: the seeded 2020 Guangxi plan
 * against the seed's own table, events from units moving the matrix, a duplicate delivery counted
 * once, a recompute equal to the incremental result, evidence, sheets locked by publishing, and
 * who may reach the regional pages. Re-establishing needs suspended sub-centres beyond the test
 * network's Nanning: Hezhou, and Qinzhou to stay behind; each method sets up the events it counts.
 */
@IprIntegrationTest
@Tag("database")
@TestPropertySource(properties = "ipr.test.units=gx-centre,gx-nanning,gx-liuzhou,gx-hezhou,gx-qinzhou")
class AppraisalTests {

	static final String PASSWORD = "Demo-Passw0rd";

	static final RequestPostProcessor CENTRE_ADMIN = httpBasic("centre-admin", PASSWORD);

	static final RequestPostProcessor NANNING = httpBasic("nanning-staff", PASSWORD);

	static final RequestPostProcessor LIUZHOU = httpBasic("liuzhou-staff", PASSWORD);

	@Autowired
	TenantWork tenantWork;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Test
	void theSeededPlanIsTheSeedsTableItemByItem() throws Exception {
		List<List<String>> seed = seedTable();
		assertThat(seed).hasSize(23);
		String json = mvc.perform(get("/api/v1/r/gx/plans/2020").with(CENTRE_ADMIN))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<Map<String, Object>> items = JsonPath.read(json, "$.items");
		assertThat(items).hasSize(23);
		String category = "";
		for (int i = 0; i < 23; i++) {
			List<String> row = seed.get(i);
			Map<String, Object> item = items.get(i);
			category = row.get(1).isEmpty() ? category : row.get(1);
			assertThat(item.get("seq")).isEqualTo(Integer.parseInt(row.get(0)));
			assertThat(item.get("category")).isEqualTo(category);
			assertThat(List.of(item.get("title"), item.get("content"), item.get("quantityText"),
					item.get("scheduleText"), item.get("responsibleText")))
				.as("item " + row.get(0))
				.isEqualTo(row.subList(2, 7));
		}
		// figures read from the seed's 数量指标 column
		assertThat(minimum(json, 6, "REGIONAL_CENTRE")).isEqualTo(figure(seed, 6, "区中心完成(\\d+)份"));
		assertThat(minimum(json, 6, "SUB_CENTRE")).isEqualTo(figure(seed, 6, "各分中心需完成(\\d+)份"));
		assertThat(minimum(json, 7, "REGIONAL_CENTRE")).isEqualTo(figure(seed, 7, "区中心受理(\\d+)起"));
		assertThat(minimum(json, 7, "SUB_CENTRE")).isEqualTo(figure(seed, 7, "各分中心需受理(\\d+)起"));
		assertThat(minimum(json, 8, null)).isEqualTo(figure(seed, 8, "全区共计完成(\\d+)件"));
		assertThat(minimum(json, 13, "SUB_CENTRE")).isEqualTo(figure(seed, 13, "入企服务(\\d+)次"));
		assertThat(minimum(json, 19, "REGIONAL_CENTRE")).isEqualTo(figure(seed, 19, "每月召开(\\d+)-\\d+次"));
		List<Integer> seminarMax = JsonPath.read(json,
				"$.items[18].targets[?(@.unitType == 'REGIONAL_CENTRE')].maximum");
		assertThat(seminarMax).containsExactly(figure(seed, 19, "每月召开\\d+-(\\d+)次"));
		assertThat(minimum(json, 23, "SUB_CENTRE")).isEqualTo(figure(seed, 23, "各分中心需发布动态稿件(\\d+)篇"));
		List<String> kinds = JsonPath.read(json, "$.items[22].targets[?(@.unitType == 'SUB_CENTRE')].kind");
		assertThat(kinds).containsExactly("COVERAGE");
		List<String> deliverables = JsonPath.read(json, "$.items[3].targets[*].label");
		assertThat(seed.get(3).get(3)).contains(deliverables.stream().map(label -> label.replace("（修订）", "")).toList());
		List<String> dues = JsonPath.read(json, "$.items[3].targets[*].dueOn");
		assertThat(dues).containsExactly("2020-03-31", "2020-07-31", "2020-08-31");
	}

	@Test
	void eventsFromTwoUnitsMoveTheMatrixAndADuplicateCountsOnce() throws Exception {
		assertThat(cell("gx-nanning", 1)).isEqualTo("LATE");
		assertThat(cell("gx-hezhou", 1)).isEqualTo("LATE");
		establish("gx-nanning", "2020-09-18");
		establish("gx-hezhou", "2020-11-18");
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			assertThat(cell("gx-nanning", 1)).isEqualTo("MET");
			assertThat(cell("gx-hezhou", 1)).isEqualTo("MET");
		});
		assertThat(cell("gx-qinzhou", 1)).isEqualTo("LATE");

		VolunteerActivityHeld activity = new VolunteerActivityHeld("gx-centre", UUID.randomUUID(), UUID.randomUUID(),
				"世界知识产权日宣传", LocalDate.of(2020, 4, 26), 12, new BigDecimal("36.0"));
		int before = actual("gx-centre", "experts.VolunteerActivityHeld");
		publishIn("gx-centre", activity);
		publishIn("gx-centre", activity);
		awaitEveryPublicationCompleted();
		assertThat(actual("gx-centre", "experts.VolunteerActivityHeld")).isEqualTo(before + 1);
		assertThat(jdbc.sql("select count(*) from appraisal_counted_event where event_type = ? and payload like ?")
			.param("experts.VolunteerActivityHeld")
			.param("%" + activity.activityId() + "%")
			.query(Integer.class)
			.single()).isEqualTo(1);

		mvc.perform(get("/r/gx/appraisal/units/gx-centre?year=2020").with(CENTRE_ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("世界知识产权日宣传")));
	}

	@Test
	void aRecomputeFromTheEventHistoryEqualsTheIncrementalResult() throws Exception {
		publishIn("gx-centre", new VolunteerActivityHeld("gx-centre", UUID.randomUUID(), UUID.randomUUID(),
				"知识产权进企业", LocalDate.of(2020, 5, 12), 8, new BigDecimal("16.0")));
		awaitEveryPublicationCompleted();
		List<String> before = counters();
		assertThat(before).anyMatch(row -> row.startsWith("experts.VolunteerActivityHeld|gx-centre|2020|5|"));
		jdbc.sql("delete from appraisal_counter where province_code = 'gx'").update();
		String job = mvc.perform(post("/api/v1/r/gx/progress/recomputations").with(CENTRE_ADMIN))
			.andExpect(status().isAccepted())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(job, "$.id");
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc
			.perform(get("/api/v1/r/gx/progress/recomputations/" + id).with(CENTRE_ADMIN))
			.andExpect(jsonPath("$.finished").value(true)));
		assertThat(counters()).isEqualTo(before);
	}

	@Test
	void aMilestoneIsMetOnceTheRegionalCentreAcceptsItsEvidence() throws Exception {
		String target = targetId("gx-nanning", 5);
		mvc.perform(multipart("/api/v1/t/gx-nanning/plan/evidence").file(pdf()).param("targetId", target).with(NANNING))
			.andExpect(status().isCreated());
		mvc.perform(multipart("/api/v1/t/gx-nanning/plan/evidence")
			.file(new MockMultipartFile("file", "rules.pdf", "application/pdf", new byte[] { 0x4d, 0x5a, 0, 1 }))
			.param("targetId", target)
			.with(NANNING)).andExpect(status().isBadRequest());
		String pending = jdbc.sql("select id from appraisal_evidence where unit_code = 'gx-nanning'")
			.query(String.class)
			.single();
		mvc.perform(post("/api/v1/r/gx/evidence/" + pending + "/review").with(CENTRE_ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"accept\":true}")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ACCEPTED"));
		assertThat(cell("gx-nanning", 5)).isEqualTo("MET");
	}

	@Test
	void publishingLocksTheSheetAndTheUnitSeesItsResult() throws Exception {
		String item6 = itemId(6);
		mvc.perform(get("/api/v1/t/gx-liuzhou/plan/appraisal?year=2020").with(LIUZHOU)).andExpect(status().isNotFound());
		sheetCall("/marks", "{\"itemId\":\"" + item6 + "\",\"mark\":95,\"comment\":\"意见书质量高\"}").andExpect(status().isOk());
		sheetCall("/publication", "").andExpect(status().isOk()).andExpect(jsonPath("$.sheet.status").value("PUBLISHED"));
		sheetCall("/marks", "{\"itemId\":\"" + item6 + "\",\"mark\":10}").andExpect(status().isConflict());
		mvc.perform(post("/r/gx/appraisal/sheets/gx-liuzhou/workers").with(CENTRE_ADMIN).with(csrf())
			.param("name", "张三").param("grade", "EXCELLENT").param("year", "2020"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select count(*) from appraisal_worker").query(Integer.class).single()).isZero();
		sheetCall("/amendments", "{\"subject\":\"GRADE\",\"value\":\"PASS\",\"reason\":\"复核后调整\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.grade").value("PASS"))
			.andExpect(jsonPath("$.amendments[0].reason").value("复核后调整"));
		mvc.perform(get("/api/v1/t/gx-liuzhou/plan/appraisal?year=2020").with(LIUZHOU))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.grade").value("PASS"))
			.andExpect(jsonPath("$.sheet.status").value("PUBLISHED"));
		mvc.perform(get("/t/gx-liuzhou/plan?year=2020").with(LIUZHOU))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("my-appraisal")));
		mvc.perform(get("/api/v1/t/gx-liuzhou/plan/appraisal?year=2020").with(NANNING)).andExpect(status().isForbidden());
	}

	@Test
	void badTargetsAndPublishedPlansAreRefusedWithTheReason() throws Exception {
		String plan = JsonPath.read(mvc.perform(get("/api/v1/r/gx/plans/2020").with(CENTRE_ADMIN))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.plan.id");
		mvc.perform(post("/api/v1/r/gx/plan-versions/" + plan + "/targets").with(CENTRE_ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")).andExpect(status().isConflict());
		String copy = mvc.perform(post("/api/v1/r/gx/plans/2020/copies").with(CENTRE_ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"toYear\":2021}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String draft = JsonPath.read(copy, "$.id");
		String items = mvc.perform(get("/api/v1/r/gx/plans/2021").with(CENTRE_ADMIN))
			.andExpect(jsonPath("$.items.length()").value(23))
			.andExpect(jsonPath("$.items[3].targets[0].dueOn").value("2021-03-31"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String item = JsonPath.read(items, "$.items[5].id");
		mvc.perform(post("/api/v1/r/gx/plan-versions/" + draft + "/targets").with(CENTRE_ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"itemId\":\"" + item + "\",\"kind\":\"COUNT\",\"eventType\":\"cases.NoSuchThing\","
					+ "\"scope\":\"PROVINCE\",\"minimum\":3,\"dueOn\":\"2021-12-31\",\"label\":\"x\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("cases.NoSuchThing")));
		mvc.perform(post("/api/v1/r/gx/plan-versions/" + draft + "/targets").with(CENTRE_ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"itemId\":\"" + item + "\",\"kind\":\"COUNT\",\"eventType\":\"cases.OpinionLetterIssued\","
					+ "\"scope\":\"UNITS\",\"unitCodes\":\"gx-nowhere\",\"minimum\":3,\"dueOn\":\"2021-12-31\",\"label\":\"x\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("gx-nowhere")));
		mvc.perform(post("/api/v1/r/gx/plan-versions/" + draft + "/targets").with(CENTRE_ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"itemId\":\"" + item + "\",\"kind\":\"COUNT\",\"eventType\":\"cases.OpinionLetterIssued\","
					+ "\"scope\":\"UNIT_TYPE\",\"unitType\":\"WORKSTATION\",\"minimum\":1,\"dueOn\":\"2021-12-31\","
					+ "\"label\":\"工作站意见书\"}"))
			.andExpect(status().isCreated());
		mvc.perform(post("/api/v1/r/gx/plan-versions/" + draft + "/publication").with(CENTRE_ADMIN))
			.andExpect(status().isOk());
		mvc.perform(post("/api/v1/r/gx/plans/2021/versions").with(CENTRE_ADMIN))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.version").value(2));
	}

	@Test
	void theExportFollowsTheSeedsColumnsAndUnitUsersStayOutOfTheRegionalConsole() throws Exception {
		byte[] workbook = mvc.perform(get("/r/gx/plan/export.xlsx?year=2020").with(CENTRE_ADMIN))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (InputStream in = new ByteArrayInputStream(workbook); Workbook book = WorkbookFactory.create(in)) {
			Row header = book.getSheetAt(0).getRow(0);
			List<String> names = new ArrayList<>();
			header.forEach(cell -> names.add(cell.getStringCellValue()));
			assertThat(names.subList(0, 7)).isEqualTo(seedHeader());
			assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(23);
			assertThat(book.getSheetAt(0).getRow(1).getCell(7).getStringCellValue()).contains("分中心重新挂牌：");
		}
		mvc.perform(get("/r/gx/appraisal").with(CENTRE_ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("echarts.min.js")));
		mvc.perform(get("/r/gx/plan").with(CENTRE_ADMIN)).andExpect(status().isOk());
		mvc.perform(get("/t/gx-nanning/plan").with(NANNING)).andExpect(status().isOk());
		mvc.perform(get("/r/gx/").with(NANNING)).andExpect(status().isForbidden());
		mvc.perform(get("/r/gx/appraisal").with(NANNING)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/r/gx/progress").with(NANNING)).andExpect(status().isForbidden());
		mvc.perform(get("/webjars/echarts/dist/echarts.min.js")).andExpect(status().isOk());
	}

	private org.springframework.test.web.servlet.ResultActions sheetCall(String path, String body) throws Exception {
		var request = post("/api/v1/r/gx/sheets/gx-liuzhou" + path + "?year=2020").with(CENTRE_ADMIN);
		return mvc.perform(body.isEmpty() ? request : request.contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private void establish(String unit, String day) throws Exception {
		mvc.perform(post("/api/v1/r/gx/units/" + unit + "/establishment").with(CENTRE_ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"staffInPlace\":true,\"premises\":\"市场监管局大楼\",\"signHungOn\":\"" + day + "\"}"))
			.andExpect(status().isOk());
	}

	private void publishIn(String unit, Object event) {
		tenantWork.unit(unit).write(() -> events.publishEvent(event));
	}

	/**
	 * Waits until every event published so far, in the platform and in every unit, has been handled:
	 * then the read model holds all of them, and no late delivery can change it.
	 */
	private void awaitEveryPublicationCompleted() {
		await().atMost(Duration.ofSeconds(30)).until(() -> incompletePublications() == 0);
	}

	private int incompletePublications() {
		String sql = "select count(*) from EVENT_PUBLICATION where COMPLETION_DATE is null";
		return jdbc.sql(sql).query(Integer.class).single() + tenantWork
			.eachReadyUnit(unit -> unit.call(() -> jdbc.sql(sql).query(Integer.class).single()))
			.values()
			.stream()
			.mapToInt(Integer::intValue)
			.sum();
	}

	private String progress() throws Exception {
		return mvc.perform(get("/api/v1/r/gx/progress?year=2020").with(CENTRE_ADMIN))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private String cell(String unit, int seq) throws Exception {
		return JsonPath.read(progress(), "$.matrix['" + unit + "']['" + itemId(seq) + "']");
	}

	private int actual(String unit, String eventType) throws Exception {
		List<Integer> actuals = JsonPath.read(progress(),
				"$.targets[?(@.unitCode == '" + unit + "' && @.target.eventType == '" + eventType + "')].actual");
		return actuals.get(0);
	}

	private String targetId(String unit, int seq) throws Exception {
		List<String> ids = JsonPath.read(progress(),
				"$.targets[?(@.unitCode == '" + unit + "' && @.itemId == '" + itemId(seq) + "')].target.id");
		return ids.get(0);
	}

	private String itemId(int seq) {
		return jdbc.sql("""
				select i.id from appraisal_work_item i join appraisal_plan p on p.id = i.plan_id
				where p.province_code = 'gx' and p.plan_year = 2020 and p.version = 1 and i.seq = ?""")
			.param(seq)
			.query(String.class)
			.single();
	}

	private List<String> counters() {
		return jdbc.sql("select event_type, unit_code, plan_year, month_of_year, total from appraisal_counter "
				+ "where province_code = 'gx' order by event_type, unit_code, plan_year, month_of_year")
			.query((rs, n) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getInt(3) + "|" + rs.getInt(4) + "|"
					+ rs.getInt(5))
			.list();
	}

	private static Integer minimum(String json, int seq, String unitType) {
		List<Integer> minima = JsonPath.read(json, "$.items[" + (seq - 1) + "].targets[?(@.unitType "
				+ (unitType == null ? "== null && @.scope == 'PROVINCE'" : "== '" + unitType + "'")
				+ " && @.kind != 'MILESTONE')].minimum");
		return minima.get(0);
	}

	private static Integer figure(List<List<String>> seed, int seq, String regex) {
		Matcher matcher = Pattern.compile(regex).matcher(seed.get(seq - 1).get(4));
		assertThat(matcher.find()).as(regex).isTrue();
		return Integer.valueOf(matcher.group(1));
	}

	private static MockMultipartFile pdf() {
		return new MockMultipartFile("file", "南宁分中心规章制度.pdf", "application/pdf",
				"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
	}

	/** The seed's plan table: rows of tab-indented cells separated by blank lines. */
	static List<List<String>> seedTable() throws IOException {
		List<List<String>> rows = rawTable();
		return rows.subList(1, rows.size());
	}

	static List<String> seedHeader() throws IOException {
		return rawTable().get(0);
	}

	private static List<List<String>> rawTable() throws IOException {
		String text;
		try (InputStream in = AppraisalTests.class.getResourceAsStream("/seed/2020-gx-work-plan.txt")) {
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		String table = text.substring(text.indexOf("\t序号"), text.indexOf("附件2"));
		List<List<String>> rows = new ArrayList<>();
		List<String> current = new ArrayList<>();
		for (String line : table.split("\n", -1)) {
			if (line.startsWith("\t")) {
				current.add(line.substring(1).strip());
			}
			else if (line.isBlank() && !current.isEmpty()) {
				rows.add(current);
				current = new ArrayList<>();
			}
		}
		if (!current.isEmpty()) {
			rows.add(current);
		}
		return rows;
	}
}
