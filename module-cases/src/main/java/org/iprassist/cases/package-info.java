/**
 * Cases: the casework of a unit. It will own assistance applications (维权援助申请) ending in sealed
 * opinion letters, complaints (举报投诉) and their transfer to the market-regulation bureau with
 * transfer letters and receipts, e-commerce cases handled on a 24-hour clock under the Zhejiang
 * cooperation agreement and dispatched by the regional centre, stationing at exhibitions, cases
 * forwarded by the 12315 hotline and assistance to patent administrative enforcement
 * (work items 6 to 12 of the work plan).
 * <p>
 * Its data lives in each unit's own schema; the facts it establishes (an opinion letter issued,
 * a complaint transferred) leave the module as events carrying the unit code.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cases")
package org.iprassist.cases;
