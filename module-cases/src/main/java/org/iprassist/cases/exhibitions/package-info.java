/**
 * Stationing at exhibitions, a nested module of cases (work item 9): the exhibition register, each
 * unit's yearly plan, stationing records and complaints received at fairs, in tables of its own.
 * <p>
 * Its API is its event ({@link org.iprassist.cases.exhibitions.ExhibitionStationed}). A complaint
 * received at a fair becomes a complaint case of its parent through the parent's
 * {@code ComplaintCases} (and reads the case's {@code CaseStatus}), the only things of the parent it
 * uses; otherwise it uses only core (tenancy, security, web). Those two are internal types of the
 * parent, which a nested module may reach but which {@code allowedDependencies = "cases"} would
 * refuse (it admits only the parent's API), so the list is not declared here; declare it once the
 * parent offers fair complaints in its API. Boundaries are checked by {@code ModularityTests}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cases :: exhibitions")
package org.iprassist.cases.exhibitions;
