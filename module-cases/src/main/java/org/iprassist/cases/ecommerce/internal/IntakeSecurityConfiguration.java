package org.iprassist.cases.ecommerce.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The platform intake's own security: HTTP Basic with a registered client's id and secret, checked
 * against the client register only (never the staff accounts), no session, no CSRF (the caller is a
 * server, not a browser). It is ordered before the application's main chain and claims only
 * {@code /api/v1/intake/**}.
 */
@Configuration(proxyBeanMethods = false)
class IntakeSecurityConfiguration {

	static final String ROLE = "ECOMMERCE_PLATFORM";

	@Bean
	@Order(10)
	SecurityFilterChain intakeSecurityFilterChain(HttpSecurity http, PlatformClientManagement clients) throws Exception {
		AuthenticationEntryPoint unauthorized = (request, response, ex) -> problem(response);
		http.securityMatcher("/api/v1/intake/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().hasRole(ROLE))
			.authenticationManager(new ProviderManager(List.of(provider(clients))))
			.httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(unauthorized))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.securityContext(context -> context.requireExplicitSave(true));
		return http.build();
	}

	private static AuthenticationProvider provider(PlatformClientManagement clients) {
		return new AuthenticationProvider() {

			@Override
			public Authentication authenticate(Authentication authentication) {
				String id = authentication.getName();
				Object secret = authentication.getCredentials();
				PlatformClient client = clients.authenticate(id, secret == null ? "" : secret.toString())
					.orElseThrow(() -> new BadCredentialsException("Unknown or revoked platform client"));
				return UsernamePasswordAuthenticationToken.authenticated(client, null,
						AuthorityUtils.createAuthorityList("ROLE_" + ROLE));
			}

			@Override
			public boolean supports(Class<?> authentication) {
				return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
			}
		};
	}

	private static void problem(HttpServletResponse response) throws IOException {
		response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
		response.setContentType("application/problem+json");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
					+ "\"detail\":\"Unknown or revoked platform client, or wrong secret.\"}");
	}
}
