package org.iprassist.cases.ecommerce.internal;

import org.iprassist.core.web.PortalLink;
import org.iprassist.core.web.PortalLink.Area;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The e-commerce cases in the unit portal's menu, and the breach board in the regional console's.
 */
@Configuration(proxyBeanMethods = false)
class EcommerceMenu {

	@Bean
	PortalLink ecommerceCasesLink() {
		return new PortalLink(Area.UNIT, "nav.ecommerce", "ecommerce", 40);
	}

	@Bean
	PortalLink ecommerceBoardLink() {
		return new PortalLink(Area.REGIONAL, "nav.ecommerce.board", "ecommerce", 40);
	}
}
