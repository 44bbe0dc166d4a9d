package org.iprassist.documents.internal;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The document-number patterns the current unit's admin set, by kind.
 */
interface DocumentNumberPatterns extends JpaRepository<DocumentNumberPatternEntity, String> {
}
