package org.iprassist.experts.internal;

import org.iprassist.core.web.PortalLink;
import org.iprassist.core.web.PortalLink.Area;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The module's entries in every unit portal's menu.
 */
@Configuration(proxyBeanMethods = false)
class ExpertsMenu {

	@Bean
	PortalLink expertPoolLink() {
		return new PortalLink(Area.UNIT, "nav.experts", "experts", 40);
	}

	@Bean
	PortalLink recommendationsLink() {
		return new PortalLink(Area.UNIT, "nav.recommendations", "recommendations", 41);
	}

	@Bean
	PortalLink consultationsLink() {
		return new PortalLink(Area.UNIT, "nav.consultations", "consultations", 42);
	}

	@Bean
	PortalLink myConsultationsLink() {
		return new PortalLink(Area.UNIT, "nav.my-consultations", "consultations/mine", 43);
	}

	@Bean
	PortalLink volunteersLink() {
		return new PortalLink(Area.UNIT, "nav.volunteers", "volunteers", 44);
	}
}
