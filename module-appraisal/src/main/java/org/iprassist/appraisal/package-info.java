/**
 * Appraisal: the year's work plan with its work items, targets, deadlines and responsible
 * units; a progress read model fed only by the other modules' events; appraisal sheets, grades,
 * awards and the regional centre's dashboards. It depends on no feature module's code.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Appraisal")
package org.iprassist.appraisal;
