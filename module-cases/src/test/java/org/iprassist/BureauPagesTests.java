package org.iprassist;

import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import org.iprassist.core.tenancy.TenancyProperties;
import org.iprassist.core.tenancy.UnitCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The bureau directory in Nanning's portal: adding, editing and deactivating a bureau through the
 * pages, the contact phone encrypted at rest and masked in the list, a deactivated bureau no
 * longer offered for (or accepted in) a transfer, and bad input answered field by field in Chinese
 * (or English) with nothing saved.
 */
@CasesIntegrationTest
@Tag("database")
class BureauPagesTests {

	static final String PASSWORD = "Demo-Passw0rd";

	static final String PAGE = "/t/gx-nanning/bureaus";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TenancyProperties tenancy;

	@Test
	void aBureauIsAddedEditedAndDeactivatedThroughThePortal() throws Exception {
		String name = "测试市市场监督管理局" + UUID.randomUUID().toString().substring(0, 6);
		mvc.perform(post(PAGE).with(staff()).with(csrf())
			.param("name", name)
			.param("city", "南宁市")
			.param("contactPerson", "赵科长")
			.param("contactPhone", "13912345678")
			.param("contactEmail", "zhao@example.cn"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(PAGE));
		String id = idOf(name);
		assertThat(jdbc.sql("select contact_phone from " + schema() + ".bureau where id = ?").param(id)
			.query(String.class)
			.single()).as("phone at rest").doesNotContain("13912345678");
		mvc.perform(get(PAGE).with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(name)))
			.andExpect(content().string(containsString("139****5678")))
			.andExpect(content().string(not(containsString("13912345678"))))
			.andExpect(content().string(containsString("/t/gx-nanning/bureaus/" + id + "/edit")));

		mvc.perform(get(PAGE + "/" + id + "/edit").with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"13912345678\"")));
		mvc.perform(post(PAGE + "/" + id).with(staff()).with(csrf())
			.param("name", name)
			.param("city", "邕宁区")
			.param("contactPerson", "钱科长")
			.param("contactPhone", "0771-5551234"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/t/gx-nanning/bureaus/" + id).with(staff()))
			.andExpect(jsonPath("$.city").value("邕宁区"))
			.andExpect(jsonPath("$.contactPerson").value("钱科长"))
			.andExpect(jsonPath("$.contactPhone").value("0771-5551234"))
			.andExpect(jsonPath("$.contactEmail").doesNotExist())
			.andExpect(jsonPath("$.active").value(true));

		String complaint = transferableComplaint();
		mvc.perform(get("/t/gx-nanning/cases/" + complaint).with(staff()))
			.andExpect(content().string(containsString(id)));
		mvc.perform(post(PAGE + "/" + id + "/deactivate").with(staff()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get(PAGE).with(staff())).andExpect(content().string(containsString("已停用")));
		mvc.perform(get("/t/gx-nanning/cases/" + complaint).with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(id))));
		mvc.perform(post("/api/v1/t/gx-nanning/complaints/" + complaint + "/transfer").with(staff())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"bureauId\":\"" + id + "\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("已停用")));
	}

	@Test
	void badInputIsRefusedFieldByFieldAndNothingIsSaved() throws Exception {
		int before = bureauCount();
		mvc.perform(post(PAGE).with(staff()).with(csrf())
			.param("name", " ")
			.param("city", "南宁市")
			.param("contactPhone", "12345")
			.param("contactEmail", "not-an-email"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is-invalid")))
			.andExpect(content().string(containsString("电话号码格式不正确")))
			.andExpect(content().string(containsString("不能为空")));
		mvc.perform(post(PAGE).with(staff()).with(csrf()).param("name", "x".repeat(101)).param("city", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is-invalid")));
		assertThat(bureauCount()).isEqualTo(before);

		mvc.perform(post(PAGE + "?lang=en").with(staff()).with(csrf()).param("name", "").param("city", "x")
			.param("contactPhone", "12345"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Invalid phone number")));
		assertThat(bureauCount()).isEqualTo(before);

		String name = "原名市场监督管理局" + UUID.randomUUID().toString().substring(0, 6);
		mvc.perform(post(PAGE).with(staff()).with(csrf()).param("name", name).param("city", "南宁市"))
			.andExpect(status().is3xxRedirection());
		String id = idOf(name);
		mvc.perform(post(PAGE + "/" + id).with(staff()).with(csrf()).param("name", "").param("city", "柳州市")
			.param("contactPhone", "abc"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("电话号码格式不正确")));
		mvc.perform(get("/api/v1/t/gx-nanning/bureaus/" + id).with(staff()))
			.andExpect(jsonPath("$.name").value(name))
			.andExpect(jsonPath("$.city").value("南宁市"));
		mvc.perform(post(PAGE + "/" + UUID.randomUUID() + "/deactivate").with(staff()).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post(PAGE).with(staff()).param("name", "无令牌").param("city", "南宁市"))
			.andExpect(status().isForbidden());
		assertThat(bureauCount()).isEqualTo(before + 1);
	}

	private String transferableComplaint() throws Exception {
		String created = mvc.perform(post("/api/v1/t/gx-nanning/complaints").with(staff())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"anonymous":true,"reportedParty":"某店铺","rightType":"PATENT","facts":"销售仿冒产品。",
					 "jurisdictionCity":"南宁市"}"""))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = JsonPath.read(created, "$.id");
		mvc.perform(post("/api/v1/t/gx-nanning/complaints/" + id + "/registration").with(staff()))
			.andExpect(status().isOk());
		return id;
	}

	private String idOf(String name) throws Exception {
		String body = mvc.perform(get("/api/v1/t/gx-nanning/bureaus").with(staff()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> ids = JsonPath.read(body, "$[?(@.name == '" + name + "')].id");
		assertThat(ids).hasSize(1);
		return ids.get(0);
	}

	private int bureauCount() {
		return jdbc.sql("select count(*) from " + schema() + ".bureau").query(Integer.class).single();
	}

	private String schema() {
		return new UnitCode("gx-nanning").schemaName(tenancy.schemaPrefix());
	}

	@Test
	void onlyTheUnitAdminSeesTheLinkToTheDocumentNumberSettingsNextToTheSeal() throws Exception {
		mvc.perform(get("/t/gx-centre/bureaus").with(httpBasic("centre-admin", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/t/gx-centre/document-numbers\"")));
		mvc.perform(get("/t/gx-liuzhou/bureaus").with(httpBasic("liuzhou-staff", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("document-numbers"))));
		mvc.perform(get("/t/gx-liuzhou/document-numbers").with(httpBasic("liuzhou-staff", PASSWORD)))
			.andExpect(status().isForbidden());
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor staff() {
		return httpBasic("nanning-staff", PASSWORD);
	}
}
