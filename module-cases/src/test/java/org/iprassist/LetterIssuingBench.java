package org.iprassist;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.jayway.jsonpath.JsonPath;

/**
 * Bench (run by {@code bench/letters}, {@code -Dipr.bench=letters}): issuing one opinion letter the
 * way a handler does, through the API as a logged-in user — render, number, seal and sign the PDF,
 * lay out and seal the OFD, store both — warm, against reading the same case through the same
 * stack in the same run. Prints the medians and their ratio; 3 warm-up issues, then 20 measured.
 */
@CasesIntegrationTest
@EnabledIfSystemProperty(named = "ipr.bench", matches = "letters")
class LetterIssuingBench {

	private static final int WARM_UP = 3;

	private static final int MEASURED = 20;

	@Autowired
	MockMvc mvc;

	@Test
	void issuingOneLetterWarm() throws Exception {
		List<Long> issuing = new ArrayList<>();
		List<Long> reading = new ArrayList<>();
		for (int i = 0; i < WARM_UP + MEASURED; i++) {
			String caseUrl = approvedCase(i);
			long read = System.nanoTime();
			mvc.perform(get(caseUrl).with(staff())).andExpect(status().isOk());
			read = System.nanoTime() - read;
			long issue = System.nanoTime();
			mvc.perform(post(caseUrl + "/letter/issue").with(staff()))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.verificationCode").exists());
			issue = System.nanoTime() - issue;
			if (i >= WARM_UP) {
				issuing.add(issue / 1_000_000);
				reading.add(read / 1_000_000);
			}
		}
		long issued = median(issuing);
		long read = Math.max(1, median(reading));
		System.out.printf("[bench] issuing one opinion letter (PDF + OFD) through the API, warm: median %d ms "
				+ "(min %d, max %d, n=%d); reading the case through the API: median %d ms; ratio %.1f%n", issued,
				issuing.stream().min(Long::compare).orElseThrow(), issuing.stream().max(Long::compare).orElseThrow(),
				MEASURED, read, (double) issued / read);
	}

	private String approvedCase(int i) throws Exception {
		MvcResult created = mvc.perform(post(CaseApiTests.APPLICATIONS).with(staff())
			.contentType(MediaType.APPLICATION_JSON)
			.content(CaseApiTests.application("91450100MA5KB3XW44", "ZL201920123456.5", null)
				.replace("广西测试科技有限公司", "计时申请人" + i)))
			.andExpect(status().isCreated())
			.andReturn();
		String caseUrl = CaseApiTests.APPLICATIONS + "/" + JsonPath.read(created.getResponse().getContentAsString(), "$.id");
		mvc.perform(post(caseUrl + "/decision").with(staff())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"decision\":\"ACCEPT\",\"reasonCode\":\"IN_SCOPE\"}")).andExpect(status().isOk());
		mvc.perform(post(caseUrl + "/letter/draft").with(staff())).andExpect(status().isOk());
		mvc.perform(post(caseUrl + "/letter/approval").with(staff())).andExpect(status().isNoContent());
		return caseUrl;
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor staff() {
		return httpBasic("nanning-staff", CaseApiTests.PASSWORD);
	}

	private static long median(List<Long> values) {
		List<Long> sorted = values.stream().sorted().toList();
		return (sorted.get((sorted.size() - 1) / 2) + sorted.get(sorted.size() / 2)) / 2;
	}
}
