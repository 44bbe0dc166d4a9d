/**
 * Cases: a unit's case file and the casework on it (work items 6 and 7 of the work plan). It owns
 * the case file (cases, their timeline, search and lists), assistance applications (维权援助申请)
 * with their expert consultations and opinion letters, and complaints (举报投诉) with the bureau
 * directory, transfers to the market-regulation bureau, receipts and the statutory calendar their
 * deadlines run on. The letters and forms it issues are sealed and numbered by {@code documents}.
 * <p>
 * Four nested modules sit below it, each with its own tables and its own events, none on the case
 * file's timeline: {@code cases.ecommerce} (work item 8), {@code cases.exhibitions} (9, whose fair
 * complaints become complaint cases here), {@code cases.hotline} (10) and {@code cases.enforcement}
 * (11). The through-train service (12) belongs to {@code enterprise}. What the nested modules use of
 * this one is its API: {@link org.iprassist.cases.ComplaintCases} (exhibitions) and
 * {@link org.iprassist.cases.DeterminationOpinions} (e-commerce).
 * <p>
 * Inside, {@code internal} is grouped by flow: {@code casefile} (the case aggregate, numbers,
 * timeline, documents, search and lists, shared by the flows), {@code assistance},
 * {@code complaints} (with bureaus, receipts and the statutory calendar) and {@code web} (pages,
 * API and public forms).
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
