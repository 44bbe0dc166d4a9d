package org.iprassist;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriTemplate;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The isolation harness. It reads every handler mapping under {@code /t/{unit}/} and
 * {@code /api/v1/t/{unit}/} from the running application, so endpoints added by later modules
 * are covered without editing this class, and calls each one as a unit admin of
 * {@code gx-liuzhou}, authenticated the way the subclass says (local accounts with HTTP Basic in
 * {@link TenantIsolationHarnessTests}, Keycloak bearer tokens in
 * {@link KeycloakIsolationHarnessTests}):
 * <ol>
 * <li>against {@code gx-nanning}, with {@code gx-nanning}'s record ids: every call must be refused
 * (403, or 404) and no answer may contain Nanning's data;</li>
 * <li>against its own unit but with {@code gx-nanning}'s record ids: a call naming a record must
 * not succeed, and no answer may contain Nanning's data.</li>
 * </ol>
 * Afterwards Nanning's data must be exactly as it was.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TenantIsolationHarness {

	static final String NANNING_MARKER = "NANNING-ONLY-" + UUID.randomUUID();

	static final String NANNING_PHONE = "13800000000";

	static final String NANNING_OFFICE_PHONE = "0771-5550000";

	/**
	 * What no answer to Liuzhou may contain. Nanning's record ids are not in the list: an error
	 * answer may echo the URL the caller sent, ids included.
	 */
	static final String[] NANNING_DATA = { NANNING_MARKER, NANNING_PHONE, NANNING_OFFICE_PHONE };

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	String nanningStaffId;

	String nanningBureauId;

	String nanningBefore;

	@BeforeAll
	void nanningHasDataAndLiuzhouHasAnAdmin() throws Exception {
		mvc.perform(put("/api/v1/t/gx-nanning/profile").with(asNanningMember())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"address\":\"" + NANNING_MARKER + "\",\"phone\":\"" + NANNING_OFFICE_PHONE + "\"}"))
			.andExpect(status().isOk());
		MvcResult added = mvc.perform(post("/api/v1/t/gx-nanning/staff").with(asNanningMember())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"" + NANNING_MARKER + "\",\"phone\":\"" + NANNING_PHONE + "\"}"))
			.andExpect(status().isCreated())
			.andReturn();
		nanningStaffId = JsonPath.read(added.getResponse().getContentAsString(), "$.id");
		MvcResult bureau = mvc.perform(post("/api/v1/t/gx-nanning/bureaus").with(asNanningMember())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"" + NANNING_MARKER + "\",\"city\":\"南宁市\",\"contactPerson\":\"" + NANNING_MARKER
					+ "\",\"contactPhone\":\"" + NANNING_PHONE + "\"}"))
			.andExpect(status().isCreated())
			.andReturn();
		nanningBureauId = JsonPath.read(bureau.getResponse().getContentAsString(), "$.id");
		nanningAsksAndRecommendsExperts();
		nanningBefore = nanningData();
		prepareLiuzhouAdmin();
	}

	/**
	 * @return how a member of {@code gx-nanning} authenticates
	 */
	abstract RequestPostProcessor asNanningMember();

	/**
	 * @return how a unit admin of {@code gx-liuzhou} authenticates
	 */
	abstract RequestPostProcessor asLiuzhouAdmin();

	/**
	 * Makes sure {@link #asLiuzhouAdmin()} is a unit admin of {@code gx-liuzhou}.
	 */
	abstract void prepareLiuzhouAdmin();

	/**
	 * The expert pool lives in the regional centre's schema for the whole province: a Nanning
	 * recommendation still awaiting a decision and a Nanning consultation must not show in Liuzhou.
	 */
	private void nanningAsksAndRecommendsExperts() throws Exception {
		String pool = mvc.perform(get("/api/v1/t/gx-nanning/experts?size=1").with(asNanningMember()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String expertId = JsonPath.read(pool, "$.content[0].id");
		mvc.perform(post("/api/v1/t/gx-nanning/consultations").with(asNanningMember())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"matterReference\":\"" + NANNING_MARKER + "\",\"question\":\"" + NANNING_MARKER
					+ "\",\"expertIds\":[\"" + expertId + "\"]}"))
			.andExpect(status().isCreated());
		mvc.perform(post("/api/v1/t/gx-nanning/recommendations").with(asNanningMember())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"" + NANNING_MARKER + "\",\"employer\":\"Nanning\",\"rightTypes\":[\"PATENT\"],"
					+ "\"phone\":\"" + NANNING_PHONE + "\"}"))
			.andExpect(status().isCreated());
	}

	@TestFactory
	Stream<DynamicTest> anotherUnitsMemberIsRefusedEverywhereInNanning() {
		return endpoints().stream().map(endpoint -> DynamicTest.dynamicTest(endpoint.toString(), () -> {
			MvcResult result = mvc.perform(endpoint.requestFor("gx-nanning", this::nanningRecordId).with(asLiuzhouAdmin()))
				.andReturn();
			assertThat(result.getResponse().getStatus()).as(endpoint + " on gx-nanning").isIn(403, 404);
			assertThat(result.getResponse().getContentAsString()).doesNotContain(NANNING_DATA);
		}));
	}

	@TestFactory
	Stream<DynamicTest> nanningsRecordIdsAreUnknownInLiuzhou() {
		return endpoints().stream().map(endpoint -> DynamicTest.dynamicTest(endpoint.toString(), () -> {
			MvcResult result = mvc.perform(endpoint.requestFor("gx-liuzhou", this::nanningRecordId).with(asLiuzhouAdmin()))
				.andReturn();
			if (endpoint.namesARecord()) {
				assertThat(result.getResponse().getStatus()).as(endpoint + " with Nanning's id").isIn(400, 404);
			}
			assertThat(result.getResponse().getStatus()).as(endpoint.toString()).isLessThan(500);
			assertThat(result.getResponse().getContentAsString()).doesNotContain(NANNING_DATA);
		}));
	}

	@TestFactory
	Stream<DynamicTest> nanningIsUntouchedAfterwards() {
		return Stream.of(DynamicTest.dynamicTest("Nanning's profile, roster and bureaus are unchanged",
				() -> assertThat(nanningData()).isEqualTo(nanningBefore).contains(NANNING_MARKER)));
	}

	@TestFactory
	Stream<DynamicTest> theHarnessSeesTheTenantEndpoints() {
		List<String> found = endpoints().stream().map(Endpoint::toString).toList();
		return Stream.of(DynamicTest.dynamicTest("found " + found.size() + " endpoints", () -> assertThat(found)
			.contains("GET /t/{unit}", "POST /t/{unit}/staff/{staffId}/delete", "GET /api/v1/t/{unit}/profile",
					"DELETE /api/v1/t/{unit}/staff/{staffId}", "GET /api/v1/t/{unit}/experts",
					"POST /api/v1/t/{unit}/consultations/mine/{consultationId}/answer",
					"POST /t/{unit}/recommendations/{expertId}/admit", "GET /t/{unit}/bureaus",
					"GET /t/{unit}/bureaus/{bureauId}/edit", "POST /t/{unit}/bureaus/{bureauId}",
					"POST /t/{unit}/bureaus/{bureauId}/deactivate",
					"POST /api/v1/t/{unit}/bureaus/{bureauId}/deactivation")));
	}

	/**
	 * @return the id of Nanning's record of the kind a path variable names: its bureau for
	 *         {@code bureauId}, otherwise its staff member
	 */
	private String nanningRecordId(String variable) {
		return variable.equals("bureauId") ? nanningBureauId : nanningStaffId;
	}

	private String nanningData() throws Exception {
		return mvc.perform(get("/api/v1/t/gx-nanning/profile").with(asNanningMember()))
			.andReturn()
			.getResponse()
			.getContentAsString()
				+ mvc.perform(get("/api/v1/t/gx-nanning/staff").with(asNanningMember()))
					.andReturn()
					.getResponse()
					.getContentAsString()
				+ mvc.perform(get("/api/v1/t/gx-nanning/bureaus").with(asNanningMember()))
					.andReturn()
					.getResponse()
					.getContentAsString();
	}

	private List<Endpoint> endpoints() {
		Set<Endpoint> endpoints = new LinkedHashSet<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (!pattern.startsWith("/t/{unit}") && !pattern.startsWith("/api/v1/t/{unit}")) {
					continue;
				}
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET, RequestMethod.POST)
						: methods) {
					endpoints.add(new Endpoint(method.asHttpMethod(), pattern.endsWith("/") && pattern.length() > 1
							? pattern.substring(0, pattern.length() - 1) : pattern));
				}
			}
		}
		return new ArrayList<>(endpoints);
	}

	record Endpoint(HttpMethod method, String pattern) {

		boolean namesARecord() {
			return new UriTemplate(pattern).getVariableNames().size() > 1;
		}

		MockHttpServletRequestBuilder requestFor(String unit, UnaryOperator<String> recordIdOf) {
			List<String> names = new UriTemplate(pattern).getVariableNames();
			Object[] values = names.stream().map(name -> name.equals("unit") ? unit : recordIdOf.apply(name)).toArray();
			MockHttpServletRequestBuilder request = request(method, pattern, values).with(csrf());
			if (pattern.startsWith("/api/")) {
				return request.contentType(MediaType.APPLICATION_JSON)
					.content("{\"name\":\"Harness\",\"position\":\"tester\",\"address\":\"Harness\"}");
			}
			return request.param("name", "Harness").param("address", "Harness");
		}

		@Override
		public String toString() {
			return method + " " + pattern;
		}
	}
}
