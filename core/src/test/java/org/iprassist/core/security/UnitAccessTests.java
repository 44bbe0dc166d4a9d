package org.iprassist.core.security;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.web.method.HandlerMethod;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may enter a unit: its members read and write, its province's regional admins only read,
 * platform admins and other units' members not at all.
 */
class UnitAccessTests {

	@Test
	void membersReadAndWriteRegionalAdminsOnlyReadOthersNothing() {
		IprUser member = user(Membership.unit("gx-nanning", Role.STAFF));
		IprUser regional = user(Membership.province("gx", Role.REGIONAL_ADMIN));
		IprUser otherProvince = user(Membership.province("yn", Role.REGIONAL_ADMIN));
		IprUser platform = user(Membership.platform(Role.PLATFORM_ADMIN));
		IprUser neighbour = user(Membership.unit("gx-liuzhou", Role.UNIT_ADMIN));

		assertThat(UnitAccess.permits(member, "gx-nanning", "gx", "GET")).isTrue();
		assertThat(UnitAccess.permits(member, "gx-nanning", "gx", "DELETE")).isTrue();
		assertThat(UnitAccess.permits(regional, "gx-nanning", "gx", "GET")).isTrue();
		assertThat(UnitAccess.permits(regional, "gx-nanning", "gx", "POST")).isFalse();
		for (IprUser outsider : List.of(otherProvince, platform, neighbour)) {
			assertThat(UnitAccess.permits(outsider, "gx-nanning", "gx", "GET")).isFalse();
			assertThat(UnitAccess.permits(outsider, "gx-nanning", "gx", "PUT")).isFalse();
		}
	}

	@Test
	void aMemberWhoIsOnlyAnExpertReachesOnlyHandlersMarkedForExperts() throws Exception {
		IprUser expert = user(Membership.unit("gx-centre", Role.EXPERT));
		IprUser expertAndStaff = user(Membership.unit("gx-centre", Role.EXPERT), Membership.unit("gx-centre", Role.STAFF));
		IprUser expertElsewhere = user(Membership.unit("gx-centre", Role.EXPERT), Membership.unit("gx-nanning", Role.STAFF));

		assertThat(UnitAccess.onlyExpertIn(expert, "gx-centre")).isTrue();
		assertThat(UnitAccess.onlyExpertIn(expertAndStaff, "gx-centre")).isFalse();
		assertThat(UnitAccess.onlyExpertIn(expertElsewhere, "gx-centre")).isTrue();
		assertThat(UnitAccess.onlyExpertIn(expertElsewhere, "gx-nanning")).isFalse();

		Handlers handlers = new Handlers();
		assertThat(ExpertAccess.Check.allows(new HandlerMethod(handlers, Handlers.class.getDeclaredMethod("mine"))))
			.isTrue();
		assertThat(ExpertAccess.Check.allows(new HandlerMethod(handlers, Handlers.class.getDeclaredMethod("pool"))))
			.isFalse();
		assertThat(ExpertAccess.Check.allows(new HandlerMethod(new Marked(), Marked.class.getDeclaredMethod("any"))))
			.isTrue();
		assertThat(ExpertAccess.Check.allows("not a handler method")).isFalse();
	}

	static class Handlers {

		@ExpertAccess
		void mine() {
		}

		void pool() {
		}
	}

	@ExpertAccess
	static class Marked {

		void any() {
		}
	}

	@Test
	void theSessionCopyCarriesNoPasswordHash() {
		IprUser user = new IprUser(UUID.randomUUID(), "u", "U", "$2a$hash", true, List.of());
		user.eraseCredentials();
		assertThat(user.getPassword()).isNull();
	}

	private static IprUser user(Membership... memberships) {
		return new IprUser(UUID.randomUUID(), "someone", "Someone", "hash", true, List.of(memberships));
	}
}
