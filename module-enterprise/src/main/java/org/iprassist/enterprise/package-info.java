/**
 * Enterprise services: the enterprise register of a unit, its visit plan (计划服务企业名单) and
 * enterprise visits (入企服务), early-warning analyses and risk-warning notices, and the service
 * case studies units submit to the regional centre (work items 12 to 15 of the work plan).
 * <p>
 * Today it holds the through-train service (直通车服务, work item 12): the items a unit gave
 * enterprises, each against the enterprise's unified social credit code, announced as
 * {@link org.iprassist.enterprise.ThroughTrainServiceGiven}. It moved here from cases, where it had
 * shared a page with enforcement assistance; its event keeps the name
 * {@code cases.ThroughTrainServiceGiven} that work plans bind.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Enterprise services",
		allowedDependencies = { "core :: security", "core :: web", "core :: personaldata", "core :: tenancy" })
package org.iprassist.enterprise;
