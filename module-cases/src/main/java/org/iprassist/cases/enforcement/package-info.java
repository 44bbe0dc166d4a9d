/**
 * Assistance to patent administrative enforcement, a nested module of cases (work item 11): bureaus'
 * requests for help with on-site inspections, and their records with photos, in tables of their own.
 * (The through-train service of work item 12 is an enterprise service: see {@code enterprise}.)
 * <p>
 * Its API is its event ({@link org.iprassist.cases.enforcement.InspectionAssisted}); it uses only
 * core. Boundaries are checked by {@code ModularityTests}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cases :: enforcement assistance",
		allowedDependencies = { "core :: tenancy", "core :: files", "core :: security", "core :: web" })
package org.iprassist.cases.enforcement;
