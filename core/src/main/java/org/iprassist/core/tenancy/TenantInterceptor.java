package org.iprassist.core.tenancy;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.iprassist.core.audit.AuditTrail;
import org.iprassist.core.security.ExpertAccess;
import org.iprassist.core.security.IprUser;
import org.iprassist.core.security.UnitAccess;
import org.iprassist.core.web.NotFoundException;
import org.iprassist.core.web.UnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.http.server.PathContainer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Sets the tenant of a request to the unit named in its URL ({@code /t/{unit}/…} or
 * {@code /api/v1/t/{unit}/…}), and only after checking that the authenticated user may enter that
 * unit with that HTTP method. Never reads the tenant from a header or parameter. A refused attempt
 * is logged and written to the audit trail. A member who is only an expert in the unit reaches
 * only handlers marked {@link ExpertAccess}.
 */
final class TenantInterceptor implements HandlerInterceptor {

	private static final Logger log = LoggerFactory.getLogger(TenantInterceptor.class);

	/** The MDC key under which log lines carry the unit code. */
	static final String LOG_KEY = "unit";

	private static final PathPattern PORTAL = PathPatternParser.defaultInstance.parse("/t/{unit}/**");

	private static final PathPattern API = PathPatternParser.defaultInstance.parse("/api/v1/t/{unit}/**");

	private final TenantDirectory directory;

	private final AuditTrail audit;

	TenantInterceptor(TenantDirectory directory, AuditTrail audit) {
		this.directory = directory;
		this.audit = audit;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String code = unitIn(request);
		if (code == null) {
			return true;
		}
		UnitCode unit = new UnitCode(code);
		TenantDescriptor tenant = directory.find(unit).orElseThrow(() -> new NotFoundException("error.unit.not-found", code));
		IprUser user = currentUser();
		if (user == null || !UnitAccess.permits(user, code, tenant.provinceCode(), request.getMethod())) {
			String who = user == null ? "anonymous" : user.getUsername();
			log.warn("Refused {} {} to {} (not a member of {})", request.getMethod(), request.getRequestURI(), who, code);
			audit.record(who, "tenant.access-denied", code, request.getMethod() + " " + request.getRequestURI());
			throw new AccessDeniedException("Not a member of " + code);
		}
		if (UnitAccess.onlyExpertIn(user, code) && !ExpertAccess.Check.allows(handler)) {
			log.warn("Refused {} {} to {} (expert outside their own pages)", request.getMethod(),
					request.getRequestURI(), user.getUsername());
			audit.record(user.getUsername(), "tenant.expert-denied", code, request.getMethod() + " " + request.getRequestURI());
			throw new AccessDeniedException("Experts reach only their own consultations");
		}
		if (!tenant.ready()) {
			throw new UnavailableException("error.unit.not-ready", code);
		}
		TenantContext.set(tenant);
		MDC.put(LOG_KEY, code);
		return true;
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		TenantContext.clear();
		MDC.remove(LOG_KEY);
	}

	private static String unitIn(HttpServletRequest request) {
		PathContainer path = PathContainer.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
		PathPattern.PathMatchInfo match = PORTAL.matchAndExtract(path);
		if (match == null) {
			match = API.matchAndExtract(path);
		}
		return match == null ? null : match.getUriVariables().get("unit");
	}

	private static IprUser currentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof IprUser user ? user : null;
	}
}
