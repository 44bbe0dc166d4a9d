package org.iprassist.core.web;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Finds a request's handler method testing each mapping's path before its other conditions.
 * Spring MVC looks up a path with variables ({@code /t/{unit}/…}, nearly every path here) by
 * testing every mapping, and tests a mapping's request method, parameters, headers and media types
 * before its path, each through the request's stack of wrappers (security, session, observation).
 * With some 250 mappings that lookup was a quarter of a case-list request's CPU (JFR under
 * {@code bench/cases}); a path pattern rejects all but a few mappings at their first literal
 * segment. The answer is the same as Spring's: a mapping matches only when every one of its
 * conditions does, the path condition is the one Spring evaluates itself, and none of them has
 * side effects that another depends on. Best-match sorting, ambiguity and the 405/406/415
 * diagnostics for no match stay Spring's own.
 */
class PathFirstRequestMappingHandlerMapping extends RequestMappingHandlerMapping {

	@Override
	protected @Nullable RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
		PathPatternsRequestCondition paths = info.getPathPatternsCondition();
		if (paths != null && paths.getMatchingCondition(request) == null) {
			return null;
		}
		return super.getMatchingMapping(info, request);
	}
}
