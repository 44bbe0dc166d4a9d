package org.iprassist.cases;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Complaint cases as the module's other casework opens and follows them: a complaint received at
 * an exhibition ({@code cases.exhibitions}) becomes a complaint case of the case file and goes
 * through the very same paperwork on the case's own pages (sealed acceptance form, sealed transfer
 * letter with its one-time receipt link or an uploaded receipt, the bureau's filing feedback,
 * closing only with all papers on file). The caller keeps the case's id and reads its progress
 * back here.
 */
public interface ComplaintCases {

	/**
	 * Receives a complaint made at an exhibition in the current unit, naming the exhibition on the
	 * case's timeline.
	 * @return the complaint case's id
	 */
	UUID receiveAtExhibition(String exhibition, String complainant, String respondent, String facts,
			String jurisdictionCity, String by);

	/**
	 * @return the progress of those of the given complaint cases that exist in the current unit
	 */
	Map<UUID, Progress> progress(Collection<UUID> caseIds);

	/** Where a complaint case stands: its number, status and when it was transferred (if it was). */
	record Progress(String caseNumber, CaseStatus status, LocalDateTime transferredAt) {
	}
}
