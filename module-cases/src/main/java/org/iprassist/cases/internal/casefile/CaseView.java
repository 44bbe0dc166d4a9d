package org.iprassist.cases.internal.casefile;

import java.util.List;

/**
 * A case, its timeline, documents and conflicts, as its page and the API show them.
 */
public record CaseView(CaseDetail detail, List<TimelineEntry> timeline, List<DocumentView> documents,
		List<CaseConflict> conflicts) {
}
