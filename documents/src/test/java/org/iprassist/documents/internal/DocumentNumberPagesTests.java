package org.iprassist.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.iprassist.core.security.IprUser;
import org.iprassist.core.security.Membership;
import org.iprassist.core.security.Role;
import org.iprassist.core.tenancy.TenantWork;
import org.iprassist.documents.Documents;
import org.iprassist.documents.IssueRequest;
import org.iprassist.documents.IssuedDocument;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import iprassist.testsupport.TestDatabase;

/**
 * The document-number settings of Guangxi's regional centre, page and API: the unit admin sees
 * every declared kind by name with its pattern, next number and this year's count and changes a
 * pattern; a bad pattern shows the form again with the input and the reason (page) or answers
 * problem details (API); staff who are not unit admins get 403. The public verification page shows
 * a document's number.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@AutoConfigureMockMvc
@Tag("database")
@ContextConfiguration(initializers = TestDatabase.class)
class DocumentNumberPagesTests {

	static final String PAGE = "/t/gx-centre/document-numbers";

	static final String API = "/api/v1/t/gx-centre/document-numbers";

	@Autowired
	MockMvc mvc;

	@Autowired
	Clock clock;

	@Autowired
	Documents documents;

	@Autowired
	TenantWork work;

	@Test
	void theUnitAdminSetsAPatternAndSeesTheNextNumber() throws Exception {
		int year = ZonedDateTime.now(clock).getYear();
		mvc.perform(get(PAGE).with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("测试函")))
			.andExpect(content().string(not(containsString(">LETTER<"))));

		mvc.perform(post(PAGE + "/LETTER").with(admin()).with(csrf()).param("pattern", "桂知援意〔{year}〕{number}号"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(PAGE));
		mvc.perform(get(PAGE).with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"桂知援意〔{year}〕{number}号\"")))
			.andExpect(content().string(containsString("桂知援意〔" + year + "〕")));

		mvc.perform(put(API + "/LETTER").with(admin()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"pattern\":\"桂知援（区中心）意〔{year}〕{number}号\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.pattern").value("桂知援（区中心）意〔{year}〕{number}号"))
			.andExpect(jsonPath("$.custom").value(true))
			.andExpect(jsonPath("$.next").value(containsString("桂知援（区中心）意〔" + year + "〕")));
		mvc.perform(get(API).with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[0].kind").value("LETTER"))
			.andExpect(jsonPath("$.content[0].nameKey").value("documents-test.kind.LETTER"));

		mvc.perform(put(API + "/LETTER").with(admin()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"pattern\":\"\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.custom").value(false));
	}

	@Test
	void aBadPatternShowsTheFormAgainWithTheInputOrAnswersProblemDetails() throws Exception {
		mvc.perform(post(PAGE + "/LETTER").with(admin()).with(csrf()).param("pattern", "桂知援意〔{year}〕号"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("value=\"桂知援意〔{year}〕号\"")))
			.andExpect(content().string(containsString("is-invalid")))
			.andExpect(content().string(containsString("文号格式须包含且只包含一个 {number}")));
		mvc.perform(post(PAGE + "/LETTER").with(admin()).with(csrf()).param("lang", "en").param("pattern", "{yaer}-{number}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("may only use the placeholders")));

		mvc.perform(put(API + "/LETTER").with(admin()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"pattern\":\"桂知援意〔{year}〕号\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.detail").value(containsString("{number}")));
		mvc.perform(put(API + "/OPINION_LETTER").with(admin()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"pattern\":\"{number}\"}"))
			.andExpect(status().isNotFound());
	}

	@Test
	void thePublicVerificationPageShowsTheNumber() throws Exception {
		IssuedDocument issued = work.unit("gx-centre")
			.write(() -> documents.issue(new IssueRequest("test", UUID.randomUUID(), "LETTER", "documents-test/letter",
					"letter.pdf", Map.of("body", "核验页显示文号"), "tester")));
		assertThat(issued.number()).isNotBlank();
		mvc.perform(get("/p/verify/" + issued.verificationCode()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("文号")))
			.andExpect(content().string(containsString(issued.number())));
	}

	@Test
	void staffWhoAreNotUnitAdminsAreRefused() throws Exception {
		mvc.perform(get(PAGE).with(staff())).andExpect(status().isForbidden());
		mvc.perform(post(PAGE + "/LETTER").with(staff()).with(csrf()).param("pattern", "{number}"))
			.andExpect(status().isForbidden());
		mvc.perform(get(API).with(staff())).andExpect(status().isForbidden());
		mvc.perform(put(API + "/LETTER").with(staff()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"pattern\":\"{number}\"}"))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	private static RequestPostProcessor admin() {
		return user(new IprUser(UUID.randomUUID(), "centre-admin", "区中心管理员", "", true,
				List.of(Membership.unit("gx-centre", Role.UNIT_ADMIN), Membership.unit("gx-centre", Role.STAFF))));
	}

	private static RequestPostProcessor staff() {
		return user(new IprUser(UUID.randomUUID(), "centre-staff", "区中心工作人员", "", true,
				List.of(Membership.unit("gx-centre", Role.STAFF))));
	}
}
