/**
 * Appraisal: the year's work plan with its work items, targets, deadlines and responsible
 * units; a progress read model fed only by the other modules' events; appraisal sheets, grades,
 * awards and the regional centre's dashboards. It depends on no feature module's code: it binds to
 * their events by data, through the {@code <module>.<EventName>} type names its targets carry and
 * each event class declares ({@code core.tenancy.EventName}), found on the class path at start-up.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Appraisal",
		allowedDependencies = { "core :: tenancy", "core :: batching", "core :: security", "core :: web", "core :: audit",
				"core :: files", "tenants" })
package org.iprassist.appraisal;
