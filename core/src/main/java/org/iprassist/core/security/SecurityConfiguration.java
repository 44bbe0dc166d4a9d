package org.iprassist.core.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach which URL. Everything but the login page, static assets, health and the public
 * pages needs a login; the platform console needs a platform admin; a province's regional console
 * needs a regional admin of that province. Which unit a user may enter is decided per request by
 * the tenancy interceptor, from the URL and the user's memberships.
 * <p>
 * CSRF protection stays on for every browser request. Only API calls that carry their own
 * credentials in an {@code Authorization} header (HTTP Basic here, bearer tokens with Keycloak) are
 * exempt, because a browser never adds that header to a forged cross-site request by itself.
 * <p>
 * This class sets up local accounts ({@code ipr.auth.mode=local}, the default);
 * {@link KeycloakSecurityConfiguration} sets up Keycloak on the same rules.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	private static final RequestMatcher API = request -> request.getRequestURI()
		.startsWith(request.getContextPath() + "/api/");

	private static final RequestMatcher API_WITH_OWN_CREDENTIALS = request -> API.matches(request)
			&& request.getHeader("Authorization") != null;

	/**
	 * Local accounts: form login for the portal, HTTP Basic for the API.
	 */
	@Bean
	@ConditionalOnProperty(name = "ipr.auth.mode", havingValue = "local", matchIfMissing = true)
	SecurityFilterChain securityFilterChain(HttpSecurity http, ApiProblemHandlers api) throws Exception {
		commonRules(http, api).formLogin(form -> form.loginPage("/login")
			.defaultSuccessUrl("/", false)
			.failureHandler(new LoginFailureHandler()))
			.httpBasic(basic -> basic.authenticationEntryPoint(api))
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"));
		return http.build();
	}

	/**
	 * What every authentication mode shares: which URLs need which role, how refusals are answered,
	 * CSRF and the user in the logging context.
	 */
	static HttpSecurity commonRules(HttpSecurity http, ApiProblemHandlers api) throws Exception {
		AccessDeniedHandlerImpl deniedPage = new AccessDeniedHandlerImpl();
		deniedPage.setErrorPage("/access-denied");
		return http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/login", "/access-denied", "/error", "/webjars/**", "/css/**", "/js/**", "/favicon.ico",
					"/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**",
					"/swagger-ui.html", "/p/**")
			.permitAll()
			.requestMatchers("/platform/**", "/api/v1/platform/**")
			.hasRole(Role.PLATFORM_ADMIN.name())
			.requestMatchers("/r/{province}/**", "/api/v1/r/{province}/**")
			.access(regionalAdminOfProvince())
			.requestMatchers("/actuator/**")
			.hasAnyRole(Role.PLATFORM_ADMIN.name(), Role.SECURITY_ADMIN.name())
			.anyRequest()
			.authenticated())
			.exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(api, API)
				.defaultAccessDeniedHandlerFor(api, API)
				.defaultAccessDeniedHandlerFor(deniedPage, AnyRequestMatcher.INSTANCE))
			.csrf(csrf -> csrf.ignoringRequestMatchers(API_WITH_OWN_CREDENTIALS))
			.addFilterAfter(new UserLogContext(), AuthorizationFilter.class);
	}

	private static AuthorizationManager<RequestAuthorizationContext> regionalAdminOfProvince() {
		return (authentication, context) -> {
			Authentication current = authentication.get();
			boolean granted = current != null && current.getPrincipal() instanceof IprUser user
					&& user.regionalProvinces().contains(context.getVariables().get("province"));
			return new AuthorizationDecision(granted);
		};
	}

	/**
	 * With an observation registry present, Spring Security observes each of its filters and every
	 * authorization of every request: measured on the case list, that was a sizeable share of a
	 * request's CPU for no figure anyone reads. Each request is still observed once, as
	 * {@code http.server.requests}, and logins still as authentications.
	 */
	@Bean
	static SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.withDefaults()
			.shouldObserveRequests(false)
			.shouldObserveAuthorizations(false)
			.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}
}
