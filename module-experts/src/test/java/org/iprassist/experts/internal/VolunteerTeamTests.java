package org.iprassist.experts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import iprassist.testsupport.TestDatabase;
import org.iprassist.core.security.IprUser;
import org.iprassist.core.security.Membership;
import org.iprassist.core.security.Role;
import org.iprassist.core.tenancy.TenantWork;
import org.iprassist.core.web.BadRequestException;
import org.iprassist.core.web.NotFoundException;
import org.iprassist.experts.VolunteerActivityHeld;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.test.context.ContextConfiguration;

/**
 * A unit's volunteer team: volunteers, an activity published for the appraisal, the year's hours
 * per volunteer and per team; each unit sees only its own teams.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@ContextConfiguration(initializers = TestDatabase.class)
class VolunteerTeamTests {

	static final IprUser LIUZHOU_ADMIN = new IprUser(UUID.randomUUID(), "liuzhou-admin", "liuzhou-admin", null, true,
			List.of(Membership.unit("gx-liuzhou", Role.UNIT_ADMIN)));

	@Autowired
	TenantWork tenantWork;

	@Autowired
	VolunteerManagement volunteers;

	@Test
	void anActivityIsPublishedAndCountedPerVolunteerAndTeam(AssertablePublishedEvents events) {
		UUID team = in("gx-liuzhou", () -> volunteers.create(new VolunteerForms.Team("柳州知识产权志愿服务队", null),
				LIUZHOU_ADMIN)).id();
		UUID a = in("gx-liuzhou", () -> volunteers.addMember(team,
				new VolunteerForms.Member("韦志明", "专利检索", "13907720001", null), LIUZHOU_ADMIN)).id();
		UUID b = in("gx-liuzhou", () -> volunteers.addMember(team,
				new VolunteerForms.Member("覃丽", "商标", null, null), LIUZHOU_ADMIN)).id();
		LocalDate day = LocalDate.of(LocalDate.now().getYear(), 1, 15);
		in("gx-liuzhou", () -> volunteers.recordActivity(team,
				new VolunteerForms.Activity("4·26 知识产权宣传周咨询", day, new BigDecimal("3.5"), List.of(a, b)),
				LIUZHOU_ADMIN));
		in("gx-liuzhou", () -> volunteers.recordActivity(team,
				new VolunteerForms.Activity("企业走访", day.plusDays(1), new BigDecimal("2"), List.of(a)), LIUZHOU_ADMIN));

		assertThat(events.ofType(VolunteerActivityHeld.class)
			.matching(e -> e.unitCode().equals("gx-liuzhou") && e.teamId().equals(team) && e.volunteers() == 2
					&& e.totalHours().compareTo(new BigDecimal("7.0")) == 0))
			.hasSize(1);
		var hours = in("gx-liuzhou", () -> volunteers.hours(team, day.getYear()));
		assertThat(hours.total()).isEqualByComparingTo("9.0");
		assertThat(hours.volunteers()).extracting(h -> h.name(), h -> h.hours().stripTrailingZeros())
			.containsExactly(org.assertj.core.groups.Tuple.tuple("韦志明", new BigDecimal("5.5")),
					org.assertj.core.groups.Tuple.tuple("覃丽", new BigDecimal("3.5")));
		assertThat(in("gx-liuzhou", () -> volunteers.team(team, day.getYear(), LIUZHOU_ADMIN)).members())
			.extracting(m -> m.phone())
			.contains("13907720001");

		assertThatThrownBy(() -> in("gx-nanning", () -> volunteers.team(team, day.getYear(), LIUZHOU_ADMIN)))
			.isInstanceOf(NotFoundException.class);
		UUID stranger = UUID.randomUUID();
		assertThatThrownBy(() -> in("gx-liuzhou", () -> volunteers.recordActivity(team,
				new VolunteerForms.Activity("x", day, BigDecimal.ONE, List.of(stranger)), LIUZHOU_ADMIN)))
			.isInstanceOf(BadRequestException.class);
	}

	private <T> T in(String unit, Supplier<T> work) {
		return tenantWork.unit(unit).call(work);
	}
}
