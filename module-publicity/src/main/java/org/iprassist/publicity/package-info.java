/**
 * Publicity: themed publicity events, news posts published to official accounts and websites,
 * and the public news pages (work items 22 and 23 of the work plan).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Publicity")
package org.iprassist.publicity;
