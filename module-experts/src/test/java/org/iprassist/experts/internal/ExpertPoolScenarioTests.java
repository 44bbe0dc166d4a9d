package org.iprassist.experts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import iprassist.testsupport.TestDatabase;
import org.iprassist.core.security.IprUser;
import org.iprassist.core.security.Membership;
import org.iprassist.core.security.Role;
import org.iprassist.core.tenancy.TenantWork;
import org.iprassist.core.web.ConflictException;
import org.iprassist.experts.ConsultationAnswered;
import org.iprassist.experts.ConsultationDeclined;
import org.iprassist.experts.ConsultationRequest;
import org.iprassist.experts.ConsultationRequested;
import org.iprassist.experts.ConsultationStatus;
import org.iprassist.experts.ExpertsApi;
import org.iprassist.experts.MatchRequest;
import org.iprassist.experts.Matching;
import org.iprassist.experts.RightType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ContextConfiguration;

/**
 * The experts module with core and tenants, on the seeded Guangxi network: a sub-centre recommends
 * and the regional centre admits; a unit asks an expert, who answers or declines, and each step is
 * published as an event naming the asking unit; matching leaves out experts with a conflict of
 * interest, whatever the width of the characters in the party's name.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@ContextConfiguration(initializers = TestDatabase.class)
class ExpertPoolScenarioTests {

	static final IprUser NANNING_STAFF = user("nanning-staff", Membership.unit("gx-nanning", Role.STAFF));

	static final IprUser LIUZHOU_STAFF = user("liuzhou-staff", Membership.unit("gx-liuzhou", Role.STAFF));

	static final IprUser CENTRE_ADMIN = user("centre-admin", Membership.unit("gx-centre", Role.UNIT_ADMIN),
			Membership.province("gx", Role.REGIONAL_ADMIN));

	@Autowired
	TenantWork tenantWork;

	@Autowired
	ExpertPoolManagement pool;

	@Autowired
	ConsultationManagement desk;

	@Autowired
	ExpertsApi api;

	@Test
	void aSubCentreRecommendsAndTheRegionalCentreAdmits() {
		ExpertView recommended = in("gx-nanning", () -> pool.recommend(form("赵一鸣", "广西大学", "11010519491231002X"),
				null, NANNING_STAFF));
		assertThat(recommended.status()).isEqualTo("RECOMMENDED");
		assertThat(recommended.idNumber()).isEqualTo("110105********002X");

		assertThatThrownBy(() -> in("gx-nanning", () -> pool.admit(recommended.id(), "ok", true, NANNING_STAFF)))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(in("gx-centre", () -> pool.awaitingDecision(CENTRE_ADMIN))).extracting(ExpertView::id)
			.contains(recommended.id());

		in("gx-centre", () -> pool.admit(recommended.id(), "资质齐全", true, CENTRE_ADMIN));

		assertThat(in("gx-nanning", () -> pool.recommendationsOfCurrentUnit())).filteredOn(e -> e.id().equals(recommended.id()))
			.singleElement()
			.satisfies(e -> assertThat(e.status()).isEqualTo("ACTIVE"));
		var detail = in("gx-liuzhou", () -> pool.detail(recommended.id(), LIUZHOU_STAFF));
		assertThat(detail.steps()).extracting(s -> s.to()).containsExactly("RECOMMENDED", "ADMITTED", "ACTIVE");
		assertThat(detail.steps().get(1).actor()).isEqualTo("centre-admin");
		assertThat(detail.steps().get(1).reason()).isEqualTo("资质齐全");
		assertThat(in("gx-centre", () -> pool.detail(recommended.id(), CENTRE_ADMIN)).expert().idNumber())
			.isEqualTo("11010519491231002X");
	}

	@Test
	void aSecondEntryWithTheSameIdNumberIsAConflictNamingTheFirst() {
		in("gx-nanning", () -> pool.recommend(form("钱二", "广西民族大学", "110105194912310037"), null, NANNING_STAFF));
		assertThatThrownBy(() -> in("gx-liuzhou",
				() -> pool.recommend(form("钱二二", "柳州某厂", " 110105194912310037 "), null, LIUZHOU_STAFF)))
			.isInstanceOfSatisfying(ConflictException.class,
					ex -> assertThat(ex.arguments()).contains("钱二"));
	}

	@Test
	void aConsultationIsRequestedAnsweredAndDeclinedWithEventsNamingTheAskingUnit(AssertablePublishedEvents events) {
		UUID expertId = activeExpert("孙三", "桂林电子科技大学", "expert-sun");
		UUID otherId = activeExpert("李四", "广西科技大学", "expert-li");
		IprUser sun = user("expert-sun", Membership.unit("gx-centre", Role.EXPERT));
		IprUser li = user("expert-li", Membership.unit("gx-centre", Role.EXPERT));

		List<UUID> ids = in("gx-liuzhou", () -> api.requestConsultation(new ConsultationRequest("LZ-2026-001",
				"该专利是否具备创造性？", LocalDate.now().plusDays(7), List.of(expertId, otherId))));
		assertThat(ids).hasSize(2);
		assertThat(events.ofType(ConsultationRequested.class)
			.matching(e -> e.matterReference().equals("LZ-2026-001") && e.unitCode().equals("gx-liuzhou")))
			.hasSize(2);

		assertThat(in("gx-centre", () -> desk.mine(sun))).singleElement()
			.satisfies(c -> assertThat(c.matterReference()).isEqualTo("LZ-2026-001"));
		UUID sunsConsultation = in("gx-centre", () -> desk.mine(sun)).get(0).id();
		UUID lisConsultation = in("gx-centre", () -> desk.mine(li)).get(0).id();
		assertThatThrownBy(() -> in("gx-centre", () -> desk.mineOne(lisConsultation, sun)))
			.isInstanceOf(org.iprassist.core.web.NotFoundException.class);

		in("gx-centre", () -> desk.answer(sunsConsultation, "具备创造性。", List.of(), sun));
		in("gx-centre", () -> desk.decline(lisConsultation, "与申请人有业务往来", li));
		assertThat(events.ofType(ConsultationAnswered.class)
			.matching(e -> e.consultationId().equals(sunsConsultation) && e.unitCode().equals("gx-liuzhou")))
			.hasSize(1);
		assertThat(events.ofType(ConsultationDeclined.class)
			.matching(e -> e.consultationId().equals(lisConsultation) && e.unitCode().equals("gx-liuzhou")))
			.hasSize(1);
		assertThatThrownBy(() -> in("gx-centre", () -> desk.decline(sunsConsultation, "late", sun)))
			.isInstanceOf(ConflictException.class);

		assertThat(in("gx-liuzhou", () -> api.consultationsOn("LZ-2026-001"))).extracting(c -> c.status())
			.containsExactlyInAnyOrder(ConsultationStatus.ANSWERED, ConsultationStatus.DECLINED);
		assertThat(in("gx-nanning", () -> api.consultationsOn("LZ-2026-001"))).isEmpty();
	}

	@Test
	void matchingExcludesExpertsWhoseEmployerOrAffiliationIsAPartyWhateverTheCharacterWidth() {
		UUID employed = activeExpert("周五", "ABC科技有限公司", null);
		UUID affiliated = activeExpertWith(form("吴六", "广西师范大学", null, "ＸＹＺ（集团）股份有限公司"));
		UUID free = activeExpert("郑七", "桂林理工大学", null);

		Matching matching = in("gx-liuzhou", () -> api.match(new MatchRequest(RightType.PATENT, "H04L",
				List.of("ＡＢＣ科技（集团）有限公司", "xyz"), 100)));

		assertThat(matching.candidates()).extracting(c -> c.expertId()).contains(free).doesNotContain(employed, affiliated);
		assertThat(matching.exclusions()).extracting(e -> e.expertId()).contains(employed, affiliated);
		assertThat(matching.exclusions()).filteredOn(e -> e.expertId().equals(employed))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.organisation()).isEqualTo("ABC科技有限公司");
				assertThat(e.party()).isEqualTo("ＡＢＣ科技（集团）有限公司");
				assertThat(e.reason()).contains("周五", "ABC科技有限公司", "ＡＢＣ科技（集团）有限公司");
			});
	}

	private UUID activeExpert(String name, String employer, String login) {
		UUID id = activeExpertWith(form(name, employer, null));
		if (login != null) {
			in("gx-centre", () -> pool.linkAccount(id, login, CENTRE_ADMIN));
		}
		return id;
	}

	private UUID activeExpertWith(ExpertForm form) {
		UUID id = in("gx-nanning", () -> pool.recommend(form, null, NANNING_STAFF)).id();
		in("gx-centre", () -> pool.admit(id, null, true, CENTRE_ADMIN));
		return id;
	}

	private <T> T in(String unit, Supplier<T> work) {
		return tenantWork.unit(unit).call(work);
	}

	static ExpertForm form(String name, String employer, String idNumber) {
		return form(name, employer, idNumber, null);
	}

	static ExpertForm form(String name, String employer, String idNumber, String affiliations) {
		return new ExpertForm(name, "教授", employer, "专利代理师", List.of(RightType.PATENT), "H04L,G06F", "英语", null,
				"13907710000", idNumber, affiliations, "熟悉通信领域专利");
	}

	static IprUser user(String username, Membership... memberships) {
		return new IprUser(UUID.randomUUID(), username, username, null, true, List.of(memberships));
	}
}
