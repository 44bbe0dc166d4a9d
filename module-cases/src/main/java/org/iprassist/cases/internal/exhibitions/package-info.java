/**
 * Stationing at exhibitions (work item 9): the register, each unit's plan, stationing records and
 * complaints received at fairs.
 */
package org.iprassist.cases.internal.exhibitions;
