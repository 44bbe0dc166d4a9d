/**
 * Experts and volunteers: the province's expert pool under dynamic management, recommendations
 * from sub-centres and workstations, consultations that any unit asks of the pool's experts,
 * matching experts to matters with conflict checks, and the volunteer teams of each unit (work
 * items 20 and 21 of the work plan).
 * <p>
 * The pool and all consultations live in the regional centre's schema; other units reach them
 * only through this module, which switches tenant with {@code core}'s tenancy runtime. Other
 * modules use {@link org.iprassist.experts.ExpertsApi} and react to the consultation events. Its
 * boundary is verified by {@code ModularityTests} in {@code app}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Experts and volunteers",
		allowedDependencies = { "core :: tenancy", "core :: security", "core :: web", "core :: audit", "core :: files",
				"core :: personaldata", "tenants" })
package org.iprassist.experts;
