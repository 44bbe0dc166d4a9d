package org.iprassist.enterprise.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import com.jayway.jsonpath.JsonPath;
import org.iprassist.IprIntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A visit's follow-up and its satisfaction survey: the one-time public link can be opened any
 * number of times (link previews do), is answered once by a POST, then shows a friendly page and
 * takes no second answer; a missing score brings the form back.
 */
@IprIntegrationTest
@Tag("database")
class VisitSurveysTests {

	static final RequestPostProcessor LIUZHOU = httpBasic("liuzhou-staff", "Demo-Passw0rd");

	@Autowired
	MockMvc mvc;

	@Test
	void theSurveyLinkIsAnsweredOnceAndOpeningItUsesNothingUp() throws Exception {
		String enterprise = body(mvc.perform(post("/api/v1/t/gx-liuzhou/enterprises").with(LIUZHOU)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"柳州某汽车配件有限公司\",\"creditCode\":\"91450200MA5L00004F\",\"size\":\"MEDIUM\"}")));
		String day = LocalDate.now().minusDays(2).toString();
		String visit = body(mvc.perform(post("/api/v1/t/gx-liuzhou/visits").with(LIUZHOU)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"enterpriseId\":\"" + JsonPath.read(enterprise, "$.id") + "\",\"visitedOn\":\"" + day
					+ "\",\"staff\":\"柳州分中心\",\"services\":[\"TRAINING\"]}")));
		String visitId = JsonPath.read(visit, "$.id");
		mvc.perform(post("/api/v1/t/gx-liuzhou/visits/" + visitId + "/follow-up").with(LIUZHOU)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"followUpOn\":\"" + LocalDate.now().minusDays(5) + "\"}")).andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/t/gx-liuzhou/visits/" + visitId + "/follow-up").with(LIUZHOU)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"followUpOn\":\"" + LocalDate.now().plusDays(30) + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.followUpOn").value(LocalDate.now().plusDays(30).toString()));
		String link = JsonPath.read(body(mvc.perform(post("/api/v1/t/gx-liuzhou/visits/" + visitId + "/surveys").with(LIUZHOU))),
				"$.url");
		String path = link.substring(link.indexOf("/p/"));

		MockHttpSession contact = new MockHttpSession();
		for (int i = 0; i < 2; i++) {
			mvc.perform(get(path).session(contact))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("柳州某汽车配件有限公司")));
		}
		mvc.perform(post(path).session(contact).with(csrf()).param("comment", "讲得很清楚"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("survey-error")))
			.andExpect(content().string(containsString("讲得很清楚")));
		mvc.perform(post(path).session(contact).with(csrf()).param("score", "5").param("comment", "讲得很清楚"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("survey-thanks")));
		mvc.perform(post(path).session(contact).with(csrf()).param("score", "1"))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("survey-closed")));
		mvc.perform(get(path)).andExpect(status().isGone()).andExpect(content().string(containsString("survey-closed")));
		mvc.perform(get(path.substring(0, path.length() - 3) + "abc")).andExpect(status().isGone());
		mvc.perform(get("/api/v1/t/gx-liuzhou/visits/" + visitId + "/surveys").with(LIUZHOU))
			.andExpect(jsonPath("$[0].score").value(5));
	}

	private static String body(org.springframework.test.web.servlet.ResultActions result) throws Exception {
		return result.andExpect(status().is2xxSuccessful()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}
}
