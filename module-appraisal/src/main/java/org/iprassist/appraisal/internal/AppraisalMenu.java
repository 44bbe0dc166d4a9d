package org.iprassist.appraisal.internal;

import org.iprassist.core.web.PortalLink;
import org.iprassist.core.web.PortalLink.Area;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Appraisal's menu entries: the work plan in each unit's portal; the plan and the progress and
 * appraisal pages in the regional console.
 */
@Configuration(proxyBeanMethods = false)
class AppraisalMenu {

	@Bean
	PortalLink unitPlanLink() {
		return new PortalLink(Area.UNIT, "nav.appraisal.unit-plan", "plan", 60);
	}

	@Bean
	PortalLink regionalPlanLink() {
		return new PortalLink(Area.REGIONAL, "nav.appraisal.plan", "plan", 60);
	}

	@Bean
	PortalLink regionalAppraisalLink() {
		return new PortalLink(Area.REGIONAL, "nav.appraisal.progress", "appraisal", 61);
	}
}
