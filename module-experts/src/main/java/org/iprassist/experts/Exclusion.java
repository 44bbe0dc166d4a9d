package org.iprassist.experts;

import java.util.UUID;

/**
 * An expert left out of a match because an organisation they belong to (their employer or a
 * declared affiliation) is, once names are normalised, one of the parties.
 *
 * @param organisation the expert's organisation as recorded
 * @param party the party name it matched, as given
 * @param reason a sentence in the caller's language saying why
 */
public record Exclusion(UUID expertId, String name, String organisation, String party, String reason) {
}
