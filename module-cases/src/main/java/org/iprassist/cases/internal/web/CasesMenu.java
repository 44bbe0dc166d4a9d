package org.iprassist.cases.internal.web;

import org.iprassist.core.web.PortalLink;
import org.iprassist.core.web.PortalLink.Area;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The casework entries of the unit portal's menu.
 */
@Configuration(proxyBeanMethods = false)
class CasesMenu {

	@Bean
	PortalLink casesLink() {
		return new PortalLink(Area.UNIT, "nav.cases", "cases", 10);
	}

	@Bean
	PortalLink inboxLink() {
		return new PortalLink(Area.UNIT, "nav.cases.inbox", "cases/inbox", 11);
	}

	@Bean
	PortalLink bureausLink() {
		return new PortalLink(Area.UNIT, "nav.cases.bureaus", "bureaus", 12);
	}
}
