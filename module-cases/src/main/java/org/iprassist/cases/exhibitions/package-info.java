/**
 * Stationing at exhibitions, a nested module of cases (work item 9): the exhibition register, each
 * unit's yearly plan, stationing records and complaints received at fairs, in tables of its own.
 * <p>
 * Its API is its event ({@link org.iprassist.cases.exhibitions.ExhibitionStationed}). A complaint
 * received at a fair becomes a complaint case of its parent through the parent's API
 * ({@code cases.ComplaintCases}, whose progress carries the case's {@code CaseStatus}); otherwise it
 * uses only core (tenancy, security, web). Boundaries are checked by {@code ModularityTests}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cases :: exhibitions",
		allowedDependencies = { "cases", "core :: tenancy", "core :: security", "core :: web" })
package org.iprassist.cases.exhibitions;
