package org.iprassist.enterprise.internal;

import java.time.LocalDateTime;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What pages and the API send and show about service case studies.
 */
final class CaseStudyForms {

	private CaseStudyForms() {
	}

	/** A case study written from a visit of the unit or a case (named by its number), or both. */
	public record CaseStudyForm(@NotBlank @Size(max = 200) String title, UUID visitId,
			@Size(max = 100) String caseReference, @NotBlank @Size(max = 1000) String summary,
			@NotBlank @Size(max = 20000) String body) {
	}

	/** The regional centre's decision on a unit's case study; a return needs a comment. */
	public record CaseStudyReview(@NotBlank @Size(max = 40) String unitCode, @NotNull UUID caseStudyId,
			@NotNull Boolean accept, Boolean makePublic, @Size(max = 1000) String comment) {
	}

	/** A case study as shown. */
	public record CaseStudyView(UUID id, String unitCode, String title, UUID visitId, String caseReference,
			String summary, String body, CaseStudyStatus status, String writtenBy, LocalDateTime submittedAt,
			String reviewComment, String reviewedBy, boolean published) {
	}

	/** A case study on the province's public page. */
	public record PublicCaseStudy(UUID id, String unitName, String title, String summary, String body,
			LocalDateTime publishedAt) {
	}
}
