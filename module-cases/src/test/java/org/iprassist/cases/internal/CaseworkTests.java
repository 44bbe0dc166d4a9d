package org.iprassist.cases.internal;

import java.time.LocalDate;
import java.util.UUID;

import org.iprassist.CasesIntegrationTest;
import org.iprassist.cases.enforcement.InspectionAssisted;
import org.iprassist.cases.exhibitions.ExhibitionStationed;
import org.iprassist.cases.hotline.HotlineCaseReplied;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The smaller casework of a unit through its pages: 12315 hotline work orders, assistance to
 * enforcement inspections with photos, and exhibitions (register,
 * stationing plan, stationing, fair complaints transferred through the complaint paperwork of
 * Cases I), each fact leaving as its event.
 */
@CasesIntegrationTest
@Tag("database")
@RecordApplicationEvents
class CaseworkTests {

	static final String PASSWORD = "Demo-Passw0rd";

	/** The smallest valid PNG: one transparent pixel. */
	static final byte[] PNG = java.util.Base64.getDecoder()
		.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationEvents events;

	@Autowired
	java.time.Clock clock;

	@Test
	void aHotlineOrderIsRegisteredOnceAndReplied() throws Exception {
		String number = "12315-" + UUID.randomUUID().toString().substring(0, 8);
		register(number).andExpect(flash().attribute("saved", true));
		register(number).andExpect(flash().attribute("error", containsString(number)));
		String page = mvc.perform(get("/t/gx-liuzhou/hotline").with(httpBasic("liuzhou-staff", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("order-" + number)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String replyPath = page.substring(page.indexOf("/t/gx-liuzhou/hotline/"), page.indexOf("/reply\"") + 6);
		mvc.perform(post(replyPath).with(httpBasic("liuzhou-staff", PASSWORD)).with(csrf()).param("reply", "已联系权利人并答复。"))
			.andExpect(flash().attribute("saved", true));
		mvc.perform(post(replyPath).with(httpBasic("liuzhou-staff", PASSWORD)).with(csrf()).param("reply", "再次答复"))
			.andExpect(flash().attributeExists("error"));
		assertThat(events.stream(HotlineCaseReplied.class)).singleElement()
			.satisfies(e -> assertThat(e.unitCode()).isEqualTo("gx-liuzhou"))
			.satisfies(e -> assertThat(e.onTime()).isTrue());
		mvc.perform(get("/t/gx-nanning/hotline").with(httpBasic("nanning-staff", PASSWORD)))
			.andExpect(content().string(not(containsString(number))));
	}

	@Test
	void anInspectionIsRecordedWithPhotosCheckedByContent() throws Exception {
		MvcResult requested = mvc.perform(post("/t/gx-liuzhou/enforcement/inspections").with(httpBasic("liuzhou-staff", PASSWORD))
			.with(csrf())
			.param("bureau", "柳州市市场监督管理局")
			.param("bureauCaseNumber", "柳市监专利〔2026〕12号")
			.param("site", "柳州市某工业园 3 号厂房")
			.param("requestedOn", LocalDate.now().toString()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String inspection = requested.getResponse().getRedirectedUrl();
		mvc.perform(multipart(inspection + "/record").file(new MockMultipartFile("photos", "photo.png", "image/png",
				"this is not a picture".getBytes()))
			.with(httpBasic("liuzhou-staff", PASSWORD))
			.with(csrf())
			.param("inspectedOn", LocalDate.now().toString())
			.param("participants", "王五、赵六")
			.param("findings", "现场发现涉嫌侵权产品 200 件。"))
			.andExpect(flash().attributeExists("error"));
		assertThat(events.stream(InspectionAssisted.class)).isEmpty();
		mvc.perform(multipart(inspection + "/record").file(new MockMultipartFile("photos", "scene.png", "image/png", PNG))
			.with(httpBasic("liuzhou-staff", PASSWORD))
			.with(csrf())
			.param("inspectedOn", LocalDate.now().toString())
			.param("participants", "王五、赵六")
			.param("findings", "现场发现涉嫌侵权产品 200 件。"))
			.andExpect(flash().attribute("saved", true));
		String page = mvc.perform(get(inspection).with(httpBasic("liuzhou-staff", PASSWORD)))
			.andExpect(content().string(containsString("现场发现涉嫌侵权产品 200 件。")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String photo = page.substring(page.indexOf(inspection + "/photos/"), page.indexOf("\"", page.indexOf(inspection + "/photos/")));
		assertThat(mvc.perform(get(photo).with(httpBasic("liuzhou-staff", PASSWORD))).andReturn().getResponse().getContentAsByteArray())
			.isEqualTo(PNG);
		assertThat(events.stream(InspectionAssisted.class)).singleElement()
			.satisfies(e -> assertThat(e.bureauCaseNumber()).isEqualTo("柳市监专利〔2026〕12号"));
	}

	@Test
	void exhibitionsStationingPlansAndSameDayComplaints() throws Exception {
		LocalDate today = LocalDate.now(clock);
		mvc.perform(post("/t/gx-liuzhou/exhibitions").with(httpBasic("liuzhou-staff", PASSWORD))
			.with(csrf())
			.param("name", "中国—东盟博览会")
			.param("venue", "南宁国际会展中心")
			.param("startsOn", today.toString())
			.param("endsOn", today.plusDays(3).toString())).andExpect(flash().attribute("saved", true));
		mvc.perform(post("/t/gx-liuzhou/exhibitions/plan").with(httpBasic("liuzhou-staff", PASSWORD))
			.with(csrf())
			.param("content", "全年入驻展会 3 次")).andExpect(flash().attribute("saved", true));
		String page = mvc.perform(get("/t/gx-liuzhou/exhibitions").with(httpBasic("liuzhou-staff", PASSWORD)))
			.andExpect(content().string(containsString("全年入驻展会 3 次")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String stationing = page.substring(page.indexOf("/t/gx-liuzhou/exhibitions/", page.indexOf("exhibition-form")),
				page.indexOf("/stationing\"") + 11);
		String exhibitionPath = stationing.substring(0, stationing.length() - "/stationing".length());
		mvc.perform(post(stationing).with(httpBasic("liuzhou-staff", PASSWORD))
			.with(csrf())
			.param("staff", "李明")
			.param("firstDay", today.minusDays(1).toString())
			.param("lastDay", today.toString())).andExpect(flash().attributeExists("error"));
		mvc.perform(post(stationing).with(httpBasic("liuzhou-staff", PASSWORD))
			.with(csrf())
			.param("staff", "李明、张华")
			.param("firstDay", today.toString())
			.param("lastDay", today.plusDays(1).toString())).andExpect(flash().attribute("saved", true));
		assertThat(events.stream(ExhibitionStationed.class)).singleElement().satisfies(e -> assertThat(e.days()).isEqualTo(2));
		mvc.perform(post(exhibitionPath + "/complaints").with(httpBasic("liuzhou-staff", PASSWORD))
			.with(csrf())
			.param("complainant", "某外观设计专利权人")
			.param("respondent", "展位 A-12")
			.param("facts", "展出产品与外观设计专利相同。")).andExpect(flash().attribute("error", containsString("管辖城市")));
		mvc.perform(post(exhibitionPath + "/complaints").with(httpBasic("liuzhou-staff", PASSWORD))
			.with(csrf())
			.param("complainant", "某外观设计专利权人")
			.param("respondent", "展位 A-12")
			.param("facts", "展出产品与外观设计专利相同。")
			.param("jurisdictionCity", "柳州市")).andExpect(flash().attribute("saved", true));
		page = mvc.perform(get("/t/gx-liuzhou/exhibitions").with(httpBasic("liuzhou-staff", PASSWORD)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		int anchor = page.indexOf("/t/gx-liuzhou/cases/", page.indexOf("fair-complaint-case"));
		String caseLink = page.substring(anchor, page.indexOf("\"", anchor));
		assertThat(page).doesNotContain("fair-complaint-met").doesNotContain("fair-complaint-late");
		String complaint = "/api/v1/t/gx-liuzhou/complaints/" + caseLink.substring(caseLink.lastIndexOf('/') + 1);
		mvc.perform(get(caseLink).with(httpBasic("liuzhou-staff", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("在展会现场受理")))
			.andExpect(content().string(containsString("展位 A-12")));
		closeFairComplaint(complaint).andExpect(status().isConflict());

		mvc.perform(post(complaint + "/registration").with(httpBasic("liuzhou-staff", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.kind").value("ACCEPTANCE_FORM"));
		String bureau = JsonPath.read(mvc.perform(post("/api/v1/t/gx-liuzhou/bureaus").with(httpBasic("liuzhou-staff", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"柳州市市场监督管理局\",\"city\":\"柳州市\",\"contacts\":\"王科长\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		mvc.perform(post(complaint + "/transfer").with(httpBasic("liuzhou-staff", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"bureauId\":\"" + bureau + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.kind").value("TRANSFER_LETTER"));
		mvc.perform(get("/t/gx-liuzhou/exhibitions").with(httpBasic("liuzhou-staff", PASSWORD)))
			.andExpect(content().string(containsString("fair-complaint-met")))
			.andExpect(content().string(not(containsString("fair-complaint-late"))));
		closeFairComplaint(complaint).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("签收回执")));

		String token = JsonPath.read(mvc.perform(get(complaint).with(httpBasic("liuzhou-staff", PASSWORD)))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.detail.receiptToken");
		mvc.perform(post("/p/receipts/" + token).param("signedBy", "王科长").with(csrf())).andExpect(status().isOk());
		mvc.perform(get("/p/receipts/" + token)).andExpect(status().isNotFound());
		mvc.perform(post(complaint + "/filing").with(httpBasic("liuzhou-staff", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"filed\":true,\"bureauCaseNumber\":\"柳市监立〔2026〕7号\"}")).andExpect(status().isNoContent());
		closeFairComplaint(complaint).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLOSED"));
		mvc.perform(get("/t/gx-liuzhou/exhibitions").with(httpBasic("liuzhou-staff", PASSWORD)))
			.andExpect(content().string(containsString("已结案")));
		mvc.perform(get("/t/gx-nanning/exhibitions").with(httpBasic("nanning-staff", PASSWORD)))
			.andExpect(content().string(not(containsString("展位 A-12"))));
	}

	private org.springframework.test.web.servlet.ResultActions closeFairComplaint(String complaint) throws Exception {
		return mvc.perform(post(complaint + "/closure").with(httpBasic("liuzhou-staff", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"outcomeCode\":\"TRANSFERRED\"}"));
	}

	private org.springframework.test.web.servlet.ResultActions register(String number) throws Exception {
		return mvc.perform(post("/t/gx-liuzhou/hotline").with(httpBasic("liuzhou-staff", PASSWORD))
			.with(csrf())
			.param("orderNumber", number)
			.param("receivedAt", "2026-11-20T09:30")
			.param("content", "消费者反映网购商品涉嫌假冒专利")
			.param("replyDue", LocalDate.now().plusDays(5).toString()));
	}
}
