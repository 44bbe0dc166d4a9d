package org.iprassist.core.security;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;

/**
 * The issuers whose tokens the API accepts: exactly the province realms the tenant store knows,
 * asked on every call, so a province whose realm is removed is refused at once. For each trusted
 * issuer it keeps one decoder, which fetches the realm's keys from its discovery document and checks
 * signature, issuer, lifetime and that the API is in the audience. Used by Spring Security's
 * {@code JwtIssuerAuthenticationManagerResolver} for bearer tokens and by the portal login for the
 * access token it receives.
 */
final class TrustedIssuers implements AuthenticationManagerResolver<String> {

	private final IdentityRealms realms;

	private final KeycloakProperties properties;

	private final TokenUsers users;

	private final Map<String, JwtDecoder> decoders = new ConcurrentHashMap<>();

	private final Map<String, AuthenticationManager> managers = new ConcurrentHashMap<>();

	TrustedIssuers(IdentityRealms realms, KeycloakProperties properties, TokenUsers users) {
		this.realms = realms;
		this.properties = properties;
		this.users = users;
	}

	/**
	 * @return the manager for a trusted issuer, {@code null} (which Spring Security answers with 401)
	 *         for any other
	 */
	@Override
	public AuthenticationManager resolve(String issuer) {
		if (issuer == null || realms.provinceOf(issuer).isEmpty()) {
			return null;
		}
		return managers.computeIfAbsent(issuer, this::manager);
	}

	/**
	 * @throws IllegalArgumentException if the issuer is not trusted
	 */
	JwtDecoder decoder(String issuer) {
		if (realms.provinceOf(issuer).isEmpty()) {
			throw new IllegalArgumentException("Untrusted issuer " + issuer);
		}
		return decoders.computeIfAbsent(issuer, this::newDecoder);
	}

	private AuthenticationManager manager(String issuer) {
		JwtAuthenticationProvider provider = new JwtAuthenticationProvider(decoder(issuer));
		provider.setJwtAuthenticationConverter(jwt -> new TokenAuthentication(users.userOf(jwt), jwt));
		return provider::authenticate;
	}

	private JwtDecoder newDecoder(String issuer) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(issuer).build();
		String audience = properties.api().audience();
		List<OAuth2TokenValidator<Jwt>> validators = List.of(new JwtTimestampValidator(properties.clockSkew()),
				new JwtIssuerValidator(issuer), new JwtClaimValidator<List<String>>("aud",
						aud -> aud != null && aud.contains(audience)));
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
		return decoder;
	}
}
