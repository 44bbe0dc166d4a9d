/**
 * Assistance to patent administrative enforcement (work item 11): inspection requests and records
 * with photos; and the enterprise through-train service items (work item 12).
 */
package org.iprassist.cases.internal.enforcement;
