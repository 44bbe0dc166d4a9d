package org.iprassist.core.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page under a unit portal or regional console the menu of that portal, built from
 * the {@link PortalLink} beans the modules declare, with {@code active} set on the link the
 * request is under.
 */
@ControllerAdvice
class PortalMenu {

	private static final Pattern PORTAL = Pattern.compile("^/(t|r)/([a-z][a-z0-9-]{1,40})/(.*)$");

	private final List<PortalLink> links;

	PortalMenu(List<PortalLink> links) {
		this.links = links.stream().sorted(Comparator.comparingInt(PortalLink::order)).toList();
	}

	@ModelAttribute("portalMenu")
	List<Map<String, Object>> portalMenu(HttpServletRequest request) {
		Matcher matcher = PORTAL.matcher(request.getRequestURI().substring(request.getContextPath().length()));
		if (!matcher.matches()) {
			return List.of();
		}
		PortalLink.Area area = matcher.group(1).equals("t") ? PortalLink.Area.UNIT : PortalLink.Area.REGIONAL;
		String root = request.getContextPath() + area.prefix() + matcher.group(2) + "/";
		String rest = matcher.group(3);
		return this.links.stream()
			.filter(link -> link.area() == area)
			.map(link -> Map.<String, Object>of("labelKey", link.labelKey(), "href", root + link.path(), "active",
					isActive(link.path(), rest)))
			.toList();
	}

	private static boolean isActive(String path, String rest) {
		return path.isEmpty() ? rest.isEmpty() : rest.equals(path) || rest.startsWith(path + "/");
	}
}
