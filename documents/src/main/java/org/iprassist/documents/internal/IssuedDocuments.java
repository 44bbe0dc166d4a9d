package org.iprassist.documents.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.iprassist.documents.IssuedDocument;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * The documents the current unit issued.
 */
interface IssuedDocuments extends JpaRepository<IssuedDocumentEntity, UUID> {

	String VIEW = """
			select new org.iprassist.documents.IssuedDocument(d.id, d.ownerModule, d.ownerId, d.kind, d.fileName,
			  d.mediaType, d.sizeBytes, d.sha256, d.verificationCode, d.issuedAt, d.issuedBy, d.number, d.ofdSha256)
			from IssuedDocumentEntity d""";

	@Query(VIEW + " where d.ownerModule = ?1 and d.ownerId = ?2 order by d.issuedAt, d.id")
	List<IssuedDocument> viewsOf(String ownerModule, UUID ownerId);

	@Query(VIEW + " where d.ownerModule = ?1 and d.ownerId = ?2 and d.kind = ?3 order by d.issuedAt, d.id")
	List<IssuedDocument> viewsOf(String ownerModule, UUID ownerId, String kind);

	@Query(VIEW + " where d.verificationCode = ?1")
	Optional<IssuedDocument> viewByCode(String verificationCode);

	@Query("select d from IssuedDocumentEntity d where d.id = ?3 and d.ownerModule = ?1 and d.ownerId = ?2")
	Optional<IssuedDocumentEntity> findOwned(String ownerModule, UUID ownerId, UUID id);
}
