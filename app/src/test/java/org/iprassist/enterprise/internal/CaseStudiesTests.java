package org.iprassist.enterprise.internal;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.iprassist.IprIntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Service case studies on the whole application: Nanning writes one and submits it over the API,
 * the regional centre accepts it on its page and makes it public, and it appears on the
 * province's public page of typical cases without a login; until then it does not.
 */
@IprIntegrationTest
@Tag("database")
class CaseStudiesTests {

	static final String PASSWORD = "Demo-Passw0rd";

	static final RequestPostProcessor NANNING = httpBasic("nanning-staff", PASSWORD);

	static final RequestPostProcessor LIUZHOU = httpBasic("liuzhou-staff", PASSWORD);

	static final RequestPostProcessor CENTRE_ADMIN = httpBasic("centre-admin", PASSWORD);

	@Autowired
	MockMvc mvc;

	@Test
	void aNanningCaseStudyAcceptedByTheCentreAppearsOnThePublicPage() throws Exception {
		String title = "南宁某企业展会专利纠纷快速处理 " + UUID.randomUUID().toString().substring(0, 8);
		mvc.perform(post("/api/v1/t/gx-nanning/case-studies").with(NANNING)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"" + title + "\",\"summary\":\"s\",\"body\":\"b\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		String written = mvc.perform(post("/api/v1/t/gx-nanning/case-studies").with(NANNING)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"" + title + "\",\"caseReference\":\"GX-NN-2026-0031\",\"summary\":\"展会期间24小时内出具侵权判定意见\","
					+ "\"body\":\"2026年5月，中国—东盟博览会期间……\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String id = JsonPath.read(written, "$.id");
		mvc.perform(post("/api/v1/t/gx-nanning/case-studies/" + id + "/submission").with(NANNING))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED"));
		mvc.perform(post("/api/v1/t/gx-nanning/case-studies/" + id + "/submission").with(NANNING))
			.andExpect(status().isConflict());
		mvc.perform(get("/p/gx/typical-cases")).andExpect(status().isOk()).andExpect(content().string(not(containsString(title))));
		mvc.perform(get("/api/v1/t/gx-liuzhou/case-studies/network").with(LIUZHOU)).andExpect(status().isForbidden());

		mvc.perform(get("/t/gx-centre/case-studies/network").with(CENTRE_ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(title)));
		mvc.perform(post("/t/gx-centre/case-studies/network/reviews").with(CENTRE_ADMIN)
			.with(csrf())
			.param("unitCode", "gx-nanning")
			.param("caseStudyId", id)
			.param("accept", "true")
			.param("makePublic", "true")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/t/gx-nanning/case-studies/" + id).with(NANNING))
			.andExpect(jsonPath("$.status").value("ACCEPTED"))
			.andExpect(jsonPath("$.published").value(true));
		mvc.perform(get("/p/gx/typical-cases")).andExpect(status().isOk()).andExpect(content().string(containsString(title)));
		mvc.perform(get("/p/gx/typical-cases/" + id)).andExpect(status().isOk())
			.andExpect(content().string(containsString("中国—东盟博览会")));
		mvc.perform(get("/p/zz/typical-cases")).andExpect(status().isNotFound());
		mvc.perform(get("/p/gx/typical-cases/" + UUID.randomUUID())).andExpect(status().isNotFound());
	}
}
