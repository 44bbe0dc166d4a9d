/**
 * The platform audit trail: who did what to which unit, kept in the platform schema where auditors
 * read it. Entries never carry personal data such as ID or phone numbers.
 */
@org.springframework.modulith.NamedInterface("audit")
package org.iprassist.core.audit;
