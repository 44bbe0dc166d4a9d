package org.iprassist.cases.internal.complaints;

import java.time.LocalDate;

import com.jayway.jsonpath.JsonPath;

import org.iprassist.CasesIntegrationTest;
import org.iprassist.core.tenancy.TenantWork;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
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
 * The handler's side of an overdue receipt on the whole application: once the sweep has found it,
 * the my-work inbox carries a reminder banner naming the complaint and the case page's timeline
 * the reminder step, in Chinese or English; the bureau's confirmation clears the banner. The
 * receipt's due day is moved into the past in the database instead of moving the clock, which
 * {@code ReceiptSweepTests} does for the working-day arithmetic.
 */
@CasesIntegrationTest
@Tag("database")
class ReceiptReminderPageTests {

	static final String COMPLAINTS = "/api/v1/t/gx-nanning/complaints";

	static final String INBOX = "/t/gx-nanning/cases/inbox";

	@Autowired
	TenantWork tenantWork;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReceiptSweep sweep;

	@Test
	void theInboxRemindsTheHandlerOfAnOverdueReceiptUntilTheBureauConfirms() throws Exception {
		String id = JsonPath.read(mvc.perform(post(COMPLAINTS).with(staff())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"anonymous":true,"reportedParty":"某批发商","rightType":"PATENT","facts":"销售仿冒产品。",
					 "jurisdictionCity":"南宁市"}"""))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		String caseNumber = JsonPath.read(mvc.perform(get(COMPLAINTS + "/" + id).with(staff()))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.detail.summary.caseNumber");
		mvc.perform(post(COMPLAINTS + "/" + id + "/registration").with(staff())).andExpect(status().isOk());
		String bureau = JsonPath.read(mvc.perform(post("/api/v1/t/gx-nanning/bureaus").with(staff())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"青秀区市场监督管理局\",\"city\":\"南宁市\"}"))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		mvc.perform(post(COMPLAINTS + "/" + id + "/transfer").with(staff())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"bureauId\":\"" + bureau + "\"}")).andExpect(status().isOk());

		sweep.sweep(nanning());
		mvc.perform(get(INBOX).with(staff())).andExpect(content().string(not(containsString("receipt-reminders"))));

		nanning().run(() -> jdbc.sql("update case_file set receipt_due_on = ? where id = ?")
			.params(LocalDate.now().minusDays(1), id)
			.update());
		assertThat(sweep.sweep(nanning())).isPositive();
		mvc.perform(get(INBOX).with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"receipt-reminders\"")))
			.andExpect(content().string(containsString("请跟进")))
			.andExpect(content().string(containsString(caseNumber)))
			.andExpect(content().string(containsString("青秀区市场监督管理局")));
		mvc.perform(get(INBOX + "?lang=en").with(staff()))
			.andExpect(content().string(containsString("please follow up")));
		mvc.perform(get("/t/gx-nanning/cases/" + id).with(staff()))
			.andExpect(content().string(containsString("已标记逾期并提醒经办人")));

		String token = JsonPath.read(mvc.perform(get(COMPLAINTS + "/" + id).with(staff()))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.detail.receiptToken");
		mvc.perform(post("/p/receipts/" + token).param("signedBy", "李四").with(csrf())).andExpect(status().isOk());
		mvc.perform(get(INBOX).with(staff())).andExpect(content().string(containsString(caseNumber)))
			.andExpect(content().string(not(containsString("receipt-reminders"))));
		mvc.perform(get(COMPLAINTS + "/" + id).with(staff())).andExpect(jsonPath("$.detail.summary.overdue").value(false));
	}

	private TenantWork.Scope nanning() {
		return tenantWork.unit("gx-nanning");
	}

	private static RequestPostProcessor staff() {
		return httpBasic("nanning-staff", "Demo-Passw0rd");
	}
}
