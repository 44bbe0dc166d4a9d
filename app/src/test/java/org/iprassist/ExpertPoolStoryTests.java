package org.iprassist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.iprassist.core.files.Spreadsheets;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * The expert pool's story across units, through the API and the portal: Nanning recommends, the
 * regional centre admits, Liuzhou finds the expert and asks for an opinion, the expert logs in,
 * sees only that consultation and answers; matching leaves out an expert whose employer is a party;
 * personal data is masked for those who do not need it; an import with one bad row imports nothing.
 */
@IprIntegrationTest
@Tag("database")
class ExpertPoolStoryTests {

	static final String PASSWORD = "Demo-Passw0rd";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void recommendedAdmittedFoundConsultedAndAnsweredWhileOtherUnitsAndExpertsSeeNothingOfIt() throws Exception {
		String expertId = recommend("nanning-staff", "gx-nanning", "覃海峰", "广西北部湾港科技有限公司", "450102198001011237");
		call(post("/api/v1/t/gx-nanning/recommendations/" + expertId + "/admit"), "nanning-staff", "{\"reason\":\"x\"}")
			.andExpect(status().isForbidden());
		call(post("/api/v1/t/gx-centre/recommendations/" + expertId + "/admit"), "nanning-staff", "{\"reason\":\"x\"}")
			.andExpect(status().isForbidden());
		call(get("/api/v1/t/gx-centre/recommendations/queue"), "centre-admin", null)
			.andExpect(content().string(containsString(expertId)));
		call(post("/api/v1/t/gx-centre/recommendations/" + expertId + "/admit"), "centre-admin",
				"{\"reason\":\"资质齐全，同意入库\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACTIVE"));
		call(get("/api/v1/t/gx-nanning/recommendations"), "nanning-staff", null)
			.andExpect(jsonPath("$[?(@.id == '" + expertId + "')].status").value("ACTIVE"));

		newExpertLogin("expert-qin");
		call(put("/api/v1/t/gx-centre/experts/" + expertId + "/account"), "centre-admin", "{\"username\":\"expert-qin\"}")
			.andExpect(status().isOk());

		call(get("/api/v1/t/gx-liuzhou/experts?text=覃海峰&rightType=PATENT&field=H04"), "liuzhou-staff", null)
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].idNumber").value("450102********1237"))
			.andExpect(jsonPath("$.content[0].phone").value("139****0000"));
		call(get("/api/v1/t/gx-centre/experts/" + expertId), "centre-admin", null)
			.andExpect(jsonPath("$.expert.idNumber").value("450102198001011237"))
			.andExpect(jsonPath("$.steps[*].to").value(org.hamcrest.Matchers.contains("RECOMMENDED", "ADMITTED", "ACTIVE")));

		String ask = "{\"matterReference\":\"LZ-2026-017\",\"question\":\"涉案港口装卸设备专利是否侵权？\",\"expertIds\":[\""
				+ expertId + "\"]}";
		String consultationId = JsonPath.read(call(post("/api/v1/t/gx-liuzhou/consultations"), "liuzhou-staff", ask)
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.ids[0]");
		String wangsId = demoExpertId("expert-wang");
		String othersId = JsonPath.read(call(post("/api/v1/t/gx-nanning/consultations"), "nanning-staff",
				"{\"matterReference\":\"NN-2026-003\",\"question\":\"商标近似判断\",\"expertIds\":[\"" + wangsId + "\"]}")
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.ids[0]");

		call(get("/api/v1/t/gx-centre/consultations/mine"), "expert-qin", null)
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].matterReference").value("LZ-2026-017"));
		call(get("/api/v1/t/gx-centre/consultations/mine/" + othersId), "expert-qin", null).andExpect(status().isNotFound());
		call(post("/api/v1/t/gx-centre/consultations/mine/" + othersId + "/answer"), "expert-qin", "{\"text\":\"x\"}")
			.andExpect(status().isNotFound());
		call(get("/api/v1/t/gx-centre/experts"), "expert-qin", null).andExpect(status().isForbidden());
		call(get("/api/v1/t/gx-centre/consultations/" + consultationId), "expert-qin", null)
			.andExpect(status().isForbidden());
		call(get("/t/gx-centre/"), "expert-qin", null).andExpect(status().isForbidden());
		call(get("/t/gx-centre/experts"), "expert-qin", null).andExpect(status().isForbidden());
		call(get("/"), "expert-qin", null).andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
				.redirectedUrl("/t/gx-centre/consultations/mine"));
		call(get("/t/gx-centre/consultations/mine"), "expert-qin", null).andExpect(status().isOk())
			.andExpect(content().string(containsString("LZ-2026-017")))
			.andExpect(content().string(not(containsString("NN-2026-003"))));

		call(multipart("/t/gx-centre/consultations/mine/" + consultationId + "/answer")
			.file(new MockMultipartFile("files", "意见.txt", "text/plain", "附：比对表".getBytes()))
			.param("answer", "经比对，被控设备落入权利要求1的保护范围。"), "expert-qin", null)
			.andExpect(status().is3xxRedirection());
		call(get("/api/v1/t/gx-liuzhou/consultations?matter=LZ-2026-017"), "liuzhou-staff", null)
			.andExpect(jsonPath("$[0].status").value("ANSWERED"))
			.andExpect(jsonPath("$[0].answer").value("经比对，被控设备落入权利要求1的保护范围。"));
		call(get("/api/v1/t/gx-liuzhou/consultations/" + consultationId), "liuzhou-staff", null)
			.andExpect(jsonPath("$.files[0].fileName").value("意见.txt"));
		call(get("/api/v1/t/gx-nanning/consultations/" + consultationId), "nanning-staff", null)
			.andExpect(status().isNotFound());
		call(post("/api/v1/t/gx-liuzhou/consultations/" + consultationId + "/rating"), "liuzhou-staff", "{\"score\":5}")
			.andExpect(status().isNoContent());

		call(post("/api/v1/t/gx-liuzhou/experts/match"), "liuzhou-staff",
				"{\"rightType\":\"PATENT\",\"technicalField\":\"H04L\",\"partyNames\":[\"广西北部湾港科技（集团）有限公司\"],\"limit\":100}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.candidates[?(@.expertId == '" + expertId + "')]").isEmpty())
			.andExpect(jsonPath("$.exclusions[?(@.expertId == '" + expertId + "')].organisation")
				.value("广西北部湾港科技有限公司"))
			.andExpect(jsonPath("$.exclusions[?(@.expertId == '" + expertId + "')].reason")
				.value(org.hamcrest.Matchers.hasItem(containsString("回避"))));
	}

	@Test
	void aDuplicateIdNumberIsAConflictNamingTheExistingEntry() throws Exception {
		recommend("nanning-staff", "gx-nanning", "蒙小燕", "广西民族大学", "450102198202023453");
		call(post("/api/v1/t/gx-liuzhou/recommendations"), "liuzhou-staff", form("蒙晓燕", "柳州某厂", "450102198202023453"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("蒙小燕")));
		call(post("/api/v1/t/gx-liuzhou/recommendations"), "liuzhou-staff", form("某人", "某单位", "450102198202023457"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void anImportWithABadRowImportsNothingAndSaysWhichRowAndWhy() throws Exception {
		byte[] workbook = Spreadsheets.write("experts",
				List.of("姓名", "职称", "工作单位", "资质", "权利类型", "技术领域", "语言", "邮箱", "手机", "身份证号码", "关联单位"),
				List.of(List.of("导入甲", "教授", "广西大学", "律师", "PATENT", "H04L", "", "", "", "", ""),
						List.of("导入乙", "", "", "", "WOOD", "", "", "", "12345", "450102198202023450", "")));
		MockMultipartFile file = new MockMultipartFile("file", "experts.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook);
		call(multipart("/api/v1/t/gx-centre/experts/import").file(file), "centre-admin", null)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.imported").value(0))
			.andExpect(jsonPath("$.problems[*].row").value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is(3))))
			.andExpect(content().string(containsString("WOOD")));
		call(multipart("/t/gx-centre/experts/import").file(file), "centre-admin", null)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("未导入任何专家")));
		call(get("/api/v1/t/gx-centre/experts?text=导入甲"), "centre-admin", null)
			.andExpect(jsonPath("$.totalElements").value(0));
		call(multipart("/api/v1/t/gx-liuzhou/experts/import").file(file), "liuzhou-staff", null)
			.andExpect(status().isForbidden());

		byte[] clean = Spreadsheets.write("experts", List.of("h"),
				List.of(List.of("导入甲", "教授", "广西大学", "律师", "patent、trademark", "H04L", "", "", "", "", "")));
		call(multipart("/api/v1/t/gx-centre/experts/import").file(new MockMultipartFile("file", "ok.xlsx",
				"application/octet-stream", clean)), "centre-admin", null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(1));
		call(get("/api/v1/t/gx-centre/experts?text=导入甲"), "centre-admin", null)
			.andExpect(jsonPath("$.totalElements").value(1));
	}

	@Test
	void thePoolPagesAndTheExportWork() throws Exception {
		call(get("/t/gx-liuzhou/experts?rightType=PATENT"), "liuzhou-staff", null).andExpect(status().isOk())
			.andExpect(content().string(containsString("广西大学")));
		call(get("/t/gx-liuzhou/experts/export"), "liuzhou-staff", null).andExpect(status().isOk())
			.andExpect(result -> {
				List<List<String>> rows = Spreadsheets.read(result.getResponse().getContentAsByteArray());
				assertThat(rows).isNotEmpty();
				assertThat(rows).allSatisfy(row -> assertThat(row.get(9)).matches("|450102\\*{8}\\d{3}[\\dX]"));
				assertThat(rows).anySatisfy(row -> assertThat(row.get(9)).isNotEmpty());
			});
		call(get("/t/gx-nanning/recommendations"), "nanning-staff", null).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"queue\""))));
		call(get("/t/gx-centre/recommendations"), "centre-admin", null).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"queue\"")));
		call(get("/t/gx-centre/experts/import-template"), "centre-admin", null).andExpect(status().isOk());
	}

	@Test
	void aUnitKeepsItsVolunteerTeamAndItsHoursInItsOwnSchema() throws Exception {
		String teamPage = call(post("/t/gx-liuzhou/volunteers").param("name", "柳州知识产权志愿服务队"), "liuzhou-staff", null)
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String teamId = teamPage.substring(teamPage.lastIndexOf('/') + 1);
		String volunteerId = JsonPath.read(call(post("/api/v1/t/gx-liuzhou/volunteer-teams/" + teamId + "/members"),
				"liuzhou-staff", "{\"name\":\"韦志明\",\"skills\":\"专利检索\",\"phone\":\"13907720001\"}")
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		int year = java.time.LocalDate.now().getYear();
		call(post("/t/gx-liuzhou/volunteers/" + teamId + "/activities").param("theme", "知识产权宣传周咨询")
			.param("heldOn", year + "-01-15")
			.param("hoursEach", "3.5")
			.param("volunteerIds", volunteerId), "liuzhou-staff", null)
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("saved", true));
		call(post("/t/gx-liuzhou/volunteers/" + teamId + "/activities").param("theme", "无人参加")
			.param("heldOn", year + "-01-16")
			.param("hoursEach", "2"), "liuzhou-staff", null)
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("invalid", true));
		call(get("/api/v1/t/gx-liuzhou/volunteer-teams/" + teamId + "/hours?year=" + year), "liuzhou-staff", null)
			.andExpect(jsonPath("$.total").value(3.5))
			.andExpect(jsonPath("$.volunteers[0].name").value("韦志明"));
		call(get("/t/gx-liuzhou/volunteers/" + teamId), "centre-admin", null).andExpect(status().isOk())
			.andExpect(content().string(containsString("知识产权宣传周咨询")))
			.andExpect(content().string(containsString("139****0001")))
			.andExpect(content().string(not(containsString("13907720001"))));
		call(get("/api/v1/t/gx-nanning/volunteer-teams/" + teamId), "nanning-staff", null)
			.andExpect(status().isNotFound());
	}

	@Test
	void listsIgnoreSortingByUnknownColumnsOrPersonalDataInsteadOfFailing() throws Exception {
		call(get("/api/v1/t/gx-liuzhou/experts?sort=idNumber,desc&sort=nonsense&size=500"), "liuzhou-staff", null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.size").value(100));
		call(get("/api/v1/t/gx-liuzhou/consultations?sort=nonsense"), "liuzhou-staff", null).andExpect(status().isOk());
		call(get("/api/v1/t/gx-liuzhou/experts?status=RECOMMENDED"), "liuzhou-staff", null)
			.andExpect(status().isBadRequest());
	}

	private String recommend(String user, String unit, String name, String employer, String idNumber) throws Exception {
		return JsonPath.read(call(post("/api/v1/t/" + unit + "/recommendations"), user, form(name, employer, idNumber))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
	}

	private static String form(String name, String employer, String idNumber) {
		return """
				{"name":"%s","title":"高级工程师","employer":"%s","qualifications":"专利代理师","rightTypes":["PATENT"],
				"technicalFields":"H04L, B65G","phone":"13900000000","idNumber":"%s","reason":"长期从事港口机械研发"}"""
			.formatted(name, employer, idNumber);
	}

	private void newExpertLogin(String username) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into account (id, username, display_name, password_hash, enabled, password_changed_at, version)
				select ?, ?, ?, password_hash, enabled, password_changed_at, 0 from account where username = 'liuzhou-staff'""")
			.params(id.toString(), username, username)
			.update();
		jdbc.sql("insert into membership (account_id, scope, code, role) values (?, 'UNIT', 'gx-centre', 'EXPERT')")
			.param(id.toString())
			.update();
	}

	private String demoExpertId(String login) throws Exception {
		String page = call(get("/api/v1/t/gx-centre/experts?size=100"), "centre-admin", null).andReturn()
			.getResponse()
			.getContentAsString();
		List<String> ids = JsonPath.read(page, "$.content[?(@.accountUsername == '" + login + "')].id");
		return ids.get(0);
	}

	private ResultActions call(AbstractMockHttpServletRequestBuilder<?> request, String user, String json) throws Exception {
		request.with(httpBasic(user, PASSWORD)).with(csrf());
		if (json != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(json);
		}
		return mvc.perform(request);
	}
}
