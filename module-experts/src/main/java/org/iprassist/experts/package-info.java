/**
 * Experts and volunteers: the province's expert pool under dynamic management, recommendations
 * from sub-centres and workstations, matching experts to cases with conflict checks, and the
 * volunteer teams of each unit (work items 20 and 21 of the work plan).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Experts and volunteers")
package org.iprassist.experts;
