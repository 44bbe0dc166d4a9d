/**
 * Personal data (resident ID numbers, phone numbers) under the rules auditors check: validated by
 * their national checksums, stored encrypted (AES-GCM with a key from configuration), found again
 * through a keyed blind index instead of the clear value, and masked wherever a viewer's role does
 * not need the whole value. Nothing here ever logs a value.
 */
@org.springframework.modulith.NamedInterface("personaldata")
package org.iprassist.core.personaldata;
