package org.iprassist.cases.internal.casefile;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * The uploaded and recorded files of the current unit's cases (issued documents: {@link SealedDocumentManagement}).
 */
public interface CaseDocuments extends JpaRepository<CaseDocumentEntity, UUID> {

	@Query("""
			select new org.iprassist.cases.internal.casefile.DocumentView(d.id, d.caseId, d.kind, d.fileName, d.mediaType,
			  d.sizeBytes, d.sha256, d.verificationCode, d.createdAt, d.createdBy)
			from CaseDocumentEntity d where d.caseId = ?1 order by d.createdAt, d.id""")
	List<DocumentView> viewsOf(UUID caseId);

	Optional<CaseDocumentEntity> findByIdAndCaseId(UUID id, UUID caseId);

	boolean existsByCaseIdAndKind(UUID caseId, DocumentKind kind);
}
