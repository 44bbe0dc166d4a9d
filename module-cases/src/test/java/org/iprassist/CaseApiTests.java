package org.iprassist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import iprassist.testsupport.SignedPdfs;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.jayway.jsonpath.JsonPath;

/**
 * Assistance applications and complaints through the HTTP API and the public pages: bad input
 * refused field by field with nothing saved, the letter issued only after approval, the PDF signed
 * and verifiable by anyone, complaints closing only with their paperwork.
 */
@CasesIntegrationTest
@Tag("database")
class CaseApiTests {

	static final String PASSWORD = "Demo-Passw0rd";

	static final String APPLICATIONS = "/api/v1/t/gx-nanning/assistance-applications";

	static final String COMPLAINTS = "/api/v1/t/gx-nanning/complaints";

	@Autowired
	MockMvc mvc;

	static String application(String creditCode, String rightNumber, String idNumber) {
		String kind = idNumber == null ? "ENTERPRISE" : "PERSON";
		return """
				{"applicantKind":"%s","applicantName":"广西测试科技有限公司","idNumber":%s,"phone":"13800138000",
				 "creditCode":%s,"rightType":"PATENT","rightNumber":"%s","counterparty":"某仿冒企业",
				 "facts":"对方未经许可销售专利产品。"}""".formatted(kind, quoted(idNumber), quoted(creditCode), rightNumber);
	}

	static String quoted(String value) {
		return value == null ? "null" : "\"" + value + "\"";
	}

	int applicationCount() throws Exception {
		String body = mvc.perform(get(APPLICATIONS + "?size=100").with(httpBasic("nanning-staff", PASSWORD)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.<List<?>>read(body, "$").size();
	}

	@Test
	void invalidCreditCodePatentNumberOrIdNumberIsRefusedPerFieldInChineseAndNothingIsSaved() throws Exception {
		int before = applicationCount();
		mvc.perform(post(APPLICATIONS).with(httpBasic("nanning-staff", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(application("91450100MA5KB3XW4X", "ZL201920123456.5", null)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("统一社会信用代码无效")));
		mvc.perform(post(APPLICATIONS).with(httpBasic("nanning-staff", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(application("91450100MA5KB3XW44", "ZL201920123456.4", null)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("专利号格式不正确或校验位不符")));
		mvc.perform(post(APPLICATIONS).with(httpBasic("nanning-staff", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(application(null, "CN110123456A", "450102199001011235")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("身份证号码无效")));
		assertThat(applicationCount()).isEqualTo(before);
	}

	@Test
	void anApplicationIsIssuedOnlyAfterApprovalAndAnyoneCanVerifyTheSignedLetter() throws Exception {
		String id = create(application("91450100MA5KB3XW44", "ZL201920123456.5", null));
		String caseUrl = APPLICATIONS + "/" + id;
		mvc.perform(post(caseUrl + "/decision").with(httpBasic("nanning-staff", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"decision\":\"ACCEPT\",\"reasonCode\":\"IN_SCOPE\"}")).andExpect(status().isOk());
		mvc.perform(post(caseUrl + "/letter/draft").with(httpBasic("nanning-staff", PASSWORD)))
			.andExpect(status().isOk());
		mvc.perform(post(caseUrl + "/letter/issue").with(httpBasic("nanning-staff", PASSWORD)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("尚未经单位管理员审核")));
		mvc.perform(put(caseUrl + "/letter").with(httpBasic("nanning-staff", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\"广西测试科技有限公司：\\n经研究，建议协商解决。\"}")).andExpect(status().isOk());
		mvc.perform(post(caseUrl + "/letter/approval").with(httpBasic("nanning-staff", PASSWORD)))
			.andExpect(status().isNoContent());
		MvcResult issued = mvc.perform(post(caseUrl + "/letter/issue").with(httpBasic("nanning-staff", PASSWORD)))
			.andExpect(status().isOk())
			.andReturn();
		String documentId = JsonPath.read(issued.getResponse().getContentAsString(), "$.id");
		String code = JsonPath.read(issued.getResponse().getContentAsString(), "$.verificationCode");
		String number = JsonPath.read(issued.getResponse().getContentAsString(), "$.number");
		assertThat(number).as("Nanning's default opinion-letter number").startsWith("中国（广西）知识产权维权援助南宁分中心意〔")
			.endsWith("号");

		byte[] pdf = mvc.perform(get(caseUrl + "/documents/" + documentId).with(httpBasic("nanning-staff", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String caseNumber = JsonPath.read(mvc.perform(get(caseUrl).with(httpBasic("nanning-staff", PASSWORD)))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.detail.summary.caseNumber");
		assertThat(SignedPdfs.text(pdf)).contains("知识产权维权援助咨询意见书", "中国（广西）知识产权维权援助南宁分中心", caseNumber,
				"建议协商解决", "文号：" + number);
		assertThat(SignedPdfs.verifiedSigner(pdf)).contains("gx-nanning");
		mvc.perform(get(caseUrl + "/documents/" + documentId).with(httpBasic("liuzhou-staff", PASSWORD)))
			.andExpect(status().isForbidden());

		String page = mvc.perform(get("/p/verify/" + code))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("中国（广西）知识产权维权援助南宁分中心", "咨询意见书", SignedPdfsHash.of(pdf));
		assertThat(mvc.perform(multipart("/p/verify/" + code).file(new MockMultipartFile("file", "a.pdf",
				"application/pdf", pdf)).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("verify-identical");
		byte[] altered = pdf.clone();
		altered[altered.length / 2] ^= 1;
		assertThat(mvc.perform(multipart("/p/verify/" + code).file(new MockMultipartFile("file", "a.pdf",
				"application/pdf", altered)).with(csrf()))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("verify-different");
		byte[] ofd = mvc.perform(get(caseUrl + "/documents/" + documentId + "/ofd").with(httpBasic("nanning-staff", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/ofd"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		mvc.perform(get(caseUrl + "/documents/" + documentId + "/ofd").with(httpBasic("liuzhou-staff", PASSWORD)))
			.andExpect(status().isForbidden());
		assertThat(mvc.perform(multipart("/p/verify/" + code).file(new MockMultipartFile("file", "a.ofd",
				"application/ofd", ofd)).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("verify-identical", SignedPdfsHash.of(ofd));
		mvc.perform(get("/p/verify/gx-nanning.ZZZZZZZZZZZZ")).andExpect(status().isNotFound());
		mvc.perform(get("/p/verify/not-a-code")).andExpect(status().isNotFound());
	}

	@Test
	void uploadsThatAreTooLargeOrOfAForbiddenKindAreRefused() throws Exception {
		String id = create(application("91450100MA5KB3XW44", "CN201920123456.5", null));
		mvc.perform(multipart(APPLICATIONS + "/" + id + "/attachments")
			.file(new MockMultipartFile("file", "evidence.pdf", "application/pdf",
					"MZ\u0090\u0000 this is an executable".getBytes(StandardCharsets.ISO_8859_1)))
			.with(httpBasic("nanning-staff", PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("不接受此类文件")));
		mvc.perform(multipart(APPLICATIONS + "/" + id + "/attachments")
			.file(new MockMultipartFile("file", "big.txt", "text/plain", new byte[10 * 1024 * 1024 + 1]))
			.with(httpBasic("nanning-staff", PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("超过大小上限")));
		mvc.perform(multipart(APPLICATIONS + "/" + id + "/attachments")
			.file(new MockMultipartFile("file", "note.txt", "text/plain", "证据说明".getBytes(StandardCharsets.UTF_8)))
			.with(httpBasic("nanning-staff", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.kind").value("ATTACHMENT"));
	}

	@Test
	void aComplaintCannotCloseWithMissingPaperworkAndTheBureauConfirmsThroughItsOneTimeLink() throws Exception {
		MvcResult created = mvc.perform(post(COMPLAINTS).with(httpBasic("nanning-staff", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"anonymous\":true,\"reportedParty\":\"某商户\",\"rightType\":\"PATENT\",\"rightNumber\":\"CN110123456A\","
					+ "\"facts\":\"销售仿冒专利产品\",\"jurisdictionCity\":\"南宁市\"}"))
			.andExpect(status().isCreated())
			.andReturn();
		String url = COMPLAINTS + "/" + JsonPath.read(created.getResponse().getContentAsString(), "$.id");
		String closing = "{\"outcomeCode\":\"TRANSFERRED\"}";
		mvc.perform(post(url + "/closure").with(httpBasic("nanning-staff", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(closing))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.allOf(
					org.hamcrest.Matchers.containsString("受理单"), org.hamcrest.Matchers.containsString("移交函"),
					org.hamcrest.Matchers.containsString("签收回执"))));
		mvc.perform(post(url + "/registration").with(httpBasic("nanning-staff", PASSWORD))).andExpect(status().isOk());
		String bureau = JsonPath.read(mvc.perform(post("/api/v1/t/gx-nanning/bureaus").with(httpBasic("nanning-staff", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"南宁市市场监督管理局\",\"city\":\"南宁市\",\"contactPerson\":\"张科长\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");
		mvc.perform(post(url + "/transfer").with(httpBasic("nanning-staff", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"bureauId\":\"" + bureau + "\"}")).andExpect(status().isOk());
		String pageUrl = "/t/gx-nanning/cases/" + url.substring(url.lastIndexOf('/') + 1);
		assertThat(mvc.perform(get(pageUrl).with(httpBasic("nanning-staff", PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("已移交", "南宁市市场监督管理局", "/p/receipts/", "移交函",
					"文号：中国（广西）知识产权维权援助南宁分中心移〔");
		assertThat(mvc.perform(get("/t/gx-nanning/cases/inbox").with(httpBasic("nanning-staff", PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("我的待办");
		mvc.perform(get("/t/gx-nanning/cases").param("type", "COMPLAINT").param("party", "某商户")
			.with(httpBasic("nanning-staff", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("某商户")));
		mvc.perform(get("/t/gx-nanning/cases/export").param("type", "COMPLAINT").with(httpBasic("nanning-staff", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
		mvc.perform(post(url + "/closure").with(httpBasic("nanning-staff", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(closing))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.allOf(
					org.hamcrest.Matchers.containsString("签收回执"),
					org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("受理单")))));
		String token = JsonPath.read(mvc.perform(get(url).with(httpBasic("nanning-staff", PASSWORD)))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.detail.receiptToken");
		mvc.perform(post("/p/receipts/" + token).param("signedBy", "李四")).andExpect(status().isForbidden());
		mvc.perform(get("/p/receipts/" + token)).andExpect(status().isOk());
		mvc.perform(post("/p/receipts/" + token).param("signedBy", "李四").with(csrf())).andExpect(status().isOk());
		mvc.perform(get("/p/receipts/" + token)).andExpect(status().isNotFound());
		mvc.perform(post(url + "/closure").with(httpBasic("nanning-staff", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(closing))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CLOSED"));
	}

	@Test
	void thePublicFormNeedsItsCsrfTokenAndIsRateLimited() throws Exception {
		mvc.perform(get("/p/gx-nanning/apply")).andExpect(status().isOk());
		mvc.perform(get("/p/no-such-unit/apply")).andExpect(status().isNotFound());
		mvc.perform(post("/p/gx-nanning/apply").param("applicantName", "张三")).andExpect(status().isForbidden());
		int before = applicationCount();
		String page = mvc.perform(multipart("/p/gx-nanning/apply").param("applicantKind", "PERSON")
			.param("applicantName", "张三丰")
			.param("idNumber", "11010519491231002X")
			.param("rightType", "PATENT")
			.param("rightNumber", "ZL201920123456.5")
			.param("counterparty", "某公司")
			.param("facts", "被仿冒")
			.with(csrf())
			.with(request -> {
				request.setRemoteAddr("203.0.113.9");
				return request;
			}))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("申请已提交");
		assertThat(applicationCount()).isEqualTo(before + 1);
		mvc.perform(get(APPLICATIONS).param("party", "三丰").with(httpBasic("nanning-staff", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].applicantName", hasItem("张三丰")));
		for (int i = 0; i < 4; i++) {
			mvc.perform(post("/p/gx-nanning/apply").with(csrf()).with(request -> {
				request.setRemoteAddr("203.0.113.9");
				return request;
			})).andExpect(status().isOk());
		}
		mvc.perform(post("/p/gx-nanning/apply").with(csrf()).with(request -> {
			request.setRemoteAddr("203.0.113.9");
			return request;
		})).andExpect(status().isTooManyRequests());
	}

	String create(String body) throws Exception {
		MvcResult created = mvc.perform(post(APPLICATIONS).with(httpBasic("nanning-staff", PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body))
			.andExpect(status().isCreated())
			.andReturn();
		return JsonPath.read(created.getResponse().getContentAsString(), "$.id");
	}

	/** The SHA-256 shown on the verification page. */
	static final class SignedPdfsHash {

		static String of(byte[] pdf) throws Exception {
			return java.util.HexFormat.of()
				.formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(pdf));
		}
	}
}
