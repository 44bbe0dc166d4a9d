/**
 * E-commerce cases, a nested module of cases (work item 8, the Zhejiang cooperation agreement):
 * platforms send cases through the intake API, the regional centre dispatches them to sub-centres (a
 * saga over two schemas), the handler determines them, and the determination goes back to the
 * platform as a signed webhook and to its designated contact as a one-time link, all on a 24-hour
 * clock. Its own tables ({@code ecommerce_*}, the platform's client register), not the case file's:
 * an e-commerce case is not a case of the case file and has no timeline there.
 * <p>
 * Its API is its events ({@code EcommerceCase*}). It uses core (tenancy, security, web, files,
 * personal data), the unit directory, the expert pool's matching, and from its parent only the
 * issuing of the determination opinion through the parent's API ({@code cases.DeterminationOpinions}).
 * Boundaries are checked by {@code ModularityTests}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cases :: e-commerce",
		allowedDependencies = { "cases", "core :: tenancy", "core :: security", "core :: web", "core :: files",
				"core :: personaldata", "tenants", "experts" })
package org.iprassist.cases.ecommerce;
