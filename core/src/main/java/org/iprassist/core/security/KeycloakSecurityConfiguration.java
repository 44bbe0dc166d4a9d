package org.iprassist.core.security;

import jakarta.servlet.http.HttpServletRequest;

import org.iprassist.core.web.ErrorHandling;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.server.resource.authentication.JwtIssuerAuthenticationManagerResolver;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * {@code ipr.auth.mode=keycloak}: the portal logs in through the province's Keycloak realm
 * (authorization code with PKCE, Spring Security's own OAuth2 client) and logging out ends the
 * Keycloak session too; the API takes bearer tokens from any realm the tenant store trusts
 * (Spring Security's resource server, one decoder per issuer). Both turn the token into an
 * {@link IprUser}, so URL rules and tenancy checks are the same as with local accounts.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "ipr.auth.mode", havingValue = "keycloak")
@EnableConfigurationProperties(KeycloakProperties.class)
class KeycloakSecurityConfiguration {

	private static final String AUTHORIZATION_PATH = "/oauth2/authorization";

	@Bean
	TokenUsers tokenUsers(IdentityRealms realms, KeycloakProperties properties) {
		return new TokenUsers(realms, properties);
	}

	@Bean
	TrustedIssuers trustedIssuers(IdentityRealms realms, KeycloakProperties properties, TokenUsers users) {
		return new TrustedIssuers(realms, properties, users);
	}

	@Bean
	ClientRegistrationRepository provinceClientRegistrations(IdentityRealms realms, KeycloakProperties properties) {
		return new ProvinceClientRegistrations(realms, properties);
	}

	@Bean
	IdentityProvisioning keycloakOrganizations(IdentityRealms realms, KeycloakProperties properties) {
		return new KeycloakOrganizations(realms, properties);
	}

	@Bean
	SecurityFilterChain keycloakSecurityFilterChain(HttpSecurity http, ApiProblemHandlers api, TrustedIssuers issuers,
			TokenUsers users, ClientRegistrationRepository registrations) throws Exception {
		DefaultOAuth2AuthorizationRequestResolver pkce = new DefaultOAuth2AuthorizationRequestResolver(registrations,
				AUTHORIZATION_PATH);
		pkce.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
		OidcClientInitiatedLogoutSuccessHandler endKeycloakSession = new OidcClientInitiatedLogoutSuccessHandler(
				registrations);
		endKeycloakSession.setPostLogoutRedirectUri("{baseUrl}/login?logout");
		SecurityConfiguration.commonRules(http, api)
			.oauth2Login(login -> login.loginPage("/login")
				.authorizationEndpoint(
						authorization -> authorization.authorizationRequestResolver(knownProvincesOnly(pkce, registrations)))
				.userInfoEndpoint(userInfo -> userInfo.oidcUserService(new KeycloakPortalUsers(issuers, users)))
				.authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
				.defaultSuccessUrl("/", false)
				.failureUrl("/login?error"))
			.oauth2ResourceServer(resourceServer -> resourceServer
				.authenticationManagerResolver(new JwtIssuerAuthenticationManagerResolver(issuers))
				.authenticationEntryPoint(bearerEntryPoint(api)))
			.logout(logout -> logout.logoutSuccessHandler(endKeycloakSession));
		return http.build();
	}

	/**
	 * Spring Security answers an authorization request for an unknown registration with 500; a
	 * province without a realm is simply not a login route, so the request goes on like any other
	 * (to the login page, for a browser).
	 */
	private static OAuth2AuthorizationRequestResolver knownProvincesOnly(OAuth2AuthorizationRequestResolver resolver,
			ClientRegistrationRepository registrations) {
		RequestMatcher authorization = PathPatternRequestMatcher.withDefaults()
			.matcher(AUTHORIZATION_PATH + "/{province}");
		return new OAuth2AuthorizationRequestResolver() {

			@Override
			public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
				RequestMatcher.MatchResult match = authorization.matcher(request);
				if (match.isMatch() && registrations.findByRegistrationId(match.getVariables().get("province")) == null) {
					return null;
				}
				return resolver.resolve(request);
			}

			@Override
			public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String registrationId) {
				return resolver.resolve(request, registrationId);
			}
		};
	}

	/**
	 * A refused bearer token gets the {@code WWW-Authenticate: Bearer} challenge, and under
	 * {@code /api} the same problem details as every other API error.
	 */
	private static AuthenticationEntryPoint bearerEntryPoint(ApiProblemHandlers api) {
		BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
		return (request, response, failure) -> {
			bearer.commence(request, response, failure);
			if (ErrorHandling.isApi(request)) {
				api.commence(request, response, failure);
			}
		};
	}
}
