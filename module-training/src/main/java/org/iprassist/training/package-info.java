/**
 * Training: the course catalogue and the year's training plan, the region-wide
 * capacity-building class, thematic trainings with attendance, and case seminars where experts
 * and staff agree consultation opinions (work items 16 to 19 of the work plan).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Training")
package org.iprassist.training;
