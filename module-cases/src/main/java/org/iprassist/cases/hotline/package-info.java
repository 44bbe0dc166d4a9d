/**
 * Cases forwarded by the 12315 hotline, a nested module of cases (work item 10): work orders in a
 * table of their own, handled and replied by their due day.
 * <p>
 * Its API is its event ({@link org.iprassist.cases.hotline.HotlineCaseReplied}); it uses only core.
 * Boundaries are checked by {@code ModularityTests}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cases :: 12315 hotline",
		allowedDependencies = { "core :: tenancy", "core :: security", "core :: web" })
package org.iprassist.cases.hotline;
