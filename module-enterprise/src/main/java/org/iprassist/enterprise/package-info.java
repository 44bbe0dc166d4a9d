/**
 * Enterprise services: the enterprise register of a unit, its visit plan (计划服务企业名单) and
 * enterprise visits (入企服务), early-warning analyses and risk-warning notices, and the service
 * case studies units submit to the regional centre (work items 12 to 15 of the work plan).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Enterprise services")
package org.iprassist.enterprise;
