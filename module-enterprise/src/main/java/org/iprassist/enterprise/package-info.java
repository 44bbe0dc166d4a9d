/**
 * Enterprise services (work items 12 to 15 of the work plan), each unit in its own schema: the
 * enterprise register (企业名录, keyed by the unified social credit code, contacts' phones
 * encrypted), the year's visit plan (计划服务企业名单) that a unit submits and the regional centre
 * reviews, enterprise visits (入企服务) with the services delivered and the enterprise's needs
 * (需求清单), each owned, due and answered; and the through-train service (直通车服务, work
 * item 12), which moved here from cases and keeps its event name {@code cases.ThroughTrainServiceGiven}.
 * <p>
 * Facts leave as {@link org.iprassist.enterprise.VisitPlanSubmitted} and
 * {@link org.iprassist.enterprise.VisitMade}, which the seeded 2020 plan binds to item 13. The
 * regional centre sees the plans of its province's units through {@code TenantWork}, one unit's
 * schema at a time, never by reading another schema's tables. {@code EnterpriseServicesScenarioTests}
 * is the module's test.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Enterprise services",
		allowedDependencies = { "core :: security", "core :: web", "core :: personaldata", "core :: tenancy",
				"core :: files", "tenants" })
package org.iprassist.enterprise;
