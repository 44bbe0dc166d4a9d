package org.iprassist.enterprise.internal;

import java.time.LocalDate;

import org.iprassist.IprIntegrationTest;
import org.iprassist.enterprise.ThroughTrainServiceGiven;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The through-train service (直通车服务) through its page in the unit portal: an item needs a valid
 * unified social credit code, is listed once logged, and leaves as its event.
 */
@IprIntegrationTest
@Tag("database")
@RecordApplicationEvents
class ThroughTrainServiceTests {

	static final String PASSWORD = "Demo-Passw0rd";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationEvents events;

	@Test
	void throughTrainServiceNeedsAValidCreditCode() throws Exception {
		serve("91350100M000100Y44").andExpect(flash().attribute("error", containsString("统一社会信用代码")));
		serve("91350100M000100Y43").andExpect(flash().attribute("saved", true));
		assertThat(events.stream(ThroughTrainServiceGiven.class)).singleElement()
			.satisfies(e -> assertThat(e.creditCode()).isEqualTo("91350100M000100Y43"));
		mvc.perform(get("/t/gx-liuzhou/enterprise/through-train").with(httpBasic("liuzhou-staff", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("91350100M000100Y43")));
	}

	private org.springframework.test.web.servlet.ResultActions serve(String creditCode) throws Exception {
		return mvc.perform(post("/t/gx-liuzhou/enterprise/through-train").with(httpBasic("liuzhou-staff", PASSWORD))
			.with(csrf())
			.param("enterprise", "柳州某机械有限公司")
			.param("creditCode", creditCode)
			.param("service", "专利侵权纠纷快速处理指导")
			.param("servedOn", LocalDate.now().toString()));
	}
}
