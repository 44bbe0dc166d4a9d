package org.iprassist.core.security;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * How a token becomes memberships: organizations of the issuer's province become units, those of
 * another province are ignored even when the realm claims them, regional admin covers the issuer's
 * province only, and platform roles count only from the platform issuer.
 */
class TokenUsersTests {

	static final String GX = "https://sso.example/realms/gx";

	static final String YN = "https://sso.example/realms/yn";

	static final IdentityRealms REALMS = new IdentityRealms() {

		@Override
		public Optional<String> provinceOf(String issuer) {
			return issuersByProvince().entrySet()
				.stream()
				.filter(e -> e.getValue().equals(issuer))
				.map(Map.Entry::getKey)
				.findFirst();
		}

		@Override
		public Map<String, String> issuersByProvince() {
			return Map.of("gx", GX, "yn", YN);
		}

		@Override
		public boolean isUnitOf(String unitCode, String provinceCode) {
			return unitCode.startsWith(provinceCode + "-");
		}
	};

	final TokenUsers users = new TokenUsers(REALMS,
			new KeycloakProperties(Map.of(), GX, Duration.ofSeconds(60), null, null, null));

	@Test
	void organizationsOfTheIssuersProvinceBecomeUnitMemberships() {
		IprUser user = users.userOf(token(GX, List.of("gx-nanning"), "STAFF", "UNIT_ADMIN", "offline_access"));
		assertThat(user.memberships()).containsExactlyInAnyOrder(Membership.unit("gx-nanning", Role.STAFF),
				Membership.unit("gx-nanning", Role.UNIT_ADMIN));
		assertThat(user.getUsername()).isEqualTo("someone");
		assertThat(user.displayName()).isEqualTo("某人");
	}

	@Test
	void aRealmCannotOpenAnotherProvincesUnit() {
		IprUser user = users.userOf(token(YN, List.of("gx-nanning", "yn-kunming"), "STAFF", "REGIONAL_ADMIN"));
		assertThat(user.unitCodes()).containsExactly("yn-kunming");
		assertThat(user.regionalProvinces()).containsExactly("yn");
	}

	@Test
	void platformRolesCountOnlyFromThePlatformIssuer() {
		assertThat(users.userOf(token(YN, List.of(), "PLATFORM_ADMIN", "AUDITOR")).memberships()).isEmpty();
		assertThat(users.userOf(token(GX, List.of(), "PLATFORM_ADMIN")).memberships())
			.containsExactly(Membership.platform(Role.PLATFORM_ADMIN));
	}

	@Test
	void theOrganizationClaimMayBeAMapKeyedByAlias() {
		Jwt token = Jwt.withTokenValue("t")
			.header("alg", "RS256")
			.issuer(GX)
			.subject("s")
			.claim("organization", Map.of("gx-liuzhou", Map.of("id", "42")))
			.claim("realm_access", Map.of("roles", List.of("STAFF")))
			.build();
		assertThat(users.userOf(token).unitCodes()).containsExactly("gx-liuzhou");
	}

	@Test
	void theSameSubjectInTwoRealmsIsTwoPeople() {
		assertThat(users.userOf(token(GX, List.of(), "STAFF")))
			.isNotEqualTo(users.userOf(token(YN, List.of(), "STAFF")));
	}

	@Test
	void anUntrustedIssuerIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> users.userOf(token("https://evil.example/realms/gx", List.of("gx-nanning"), "STAFF")));
	}

	private static Jwt token(String issuer, List<String> organizations, String... roles) {
		return Jwt.withTokenValue("t")
			.header("alg", "RS256")
			.issuer(issuer)
			.subject("subject-1")
			.issuedAt(Instant.now())
			.claim("preferred_username", "someone")
			.claim("name", "某人")
			.claim("organization", organizations)
			.claim("realm_access", Map.of("roles", List.of(roles)))
			.build();
	}
}
