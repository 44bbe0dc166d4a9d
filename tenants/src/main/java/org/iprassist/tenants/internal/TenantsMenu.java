package org.iprassist.tenants.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.iprassist.core.web.PortalLink;
import org.iprassist.core.web.PortalLink.Area;

/**
 * The first entries of the unit portal's and the regional console's menus: their home pages.
 */
@Configuration(proxyBeanMethods = false)
class TenantsMenu {

	@Bean
	PortalLink unitHomeLink() {
		return new PortalLink(Area.UNIT, "nav.unit.home", "", 0);
	}

	@Bean
	PortalLink regionalHomeLink() {
		return new PortalLink(Area.REGIONAL, "nav.regional.home", "", 0);
	}
}
