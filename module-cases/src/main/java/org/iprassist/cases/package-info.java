/**
 * Cases: the casework of a unit. It owns assistance applications (维权援助申请) ending in sealed,
 * signed opinion letters, complaints (举报投诉) and their transfer to the market-regulation bureau
 * with acceptance forms, transfer letters and receipts, issued through {@code documents}
 * (work items 6 and 7 of the work plan; e-commerce cases, exhibitions, 12315 and
 * enforcement assistance, items 8 to 12, will reuse its timeline, documents and sealing).
 * <p>
 * Its data lives in each unit's own schema; the facts it establishes (an opinion letter issued,
 * a complaint transferred) leave the module as events carrying the unit code. Expert
 * consultations go through {@code experts}' API; units are read through {@code tenants}' directory.
 * Boundaries are checked by {@code ModularityTests}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cases",
		allowedDependencies = { "core :: tenancy", "core :: security", "core :: web", "core :: audit",
				"core :: files", "core :: personaldata", "tenants", "documents", "experts" })
package org.iprassist.cases;
