package org.iprassist.documents.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.iprassist.core.tenancy.TenantWork;
import org.iprassist.core.web.ConflictException;
import org.iprassist.core.web.NotFoundException;
import org.iprassist.documents.DocumentKindName;
import org.iprassist.tenants.UnitView;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Document numbers (文号): a sequence per unit (its schema), kind and year, printed through a
 * pattern the unit admin sets per kind. The year is the issuing date's year in the network's zone
 * (the {@link Clock} bean). Numbers are taken in the issuing transaction, so a document that is
 * not issued after all gives its number back.
 */
@Service
class DocumentNumberManagement {

	private final DocumentNumberPatterns patterns;

	private final DocumentNumberSequences sequences;

	private final DocumentNumberQueries queries;

	private final DocumentKinds kinds;

	private final Clock clock;

	private final TenantWork work;

	DocumentNumberManagement(DocumentNumberPatterns patterns, DocumentNumberSequences sequences,
			DocumentNumberQueries queries, DocumentKinds kinds, Clock clock, TenantWork work) {
		this.work = work;
		this.patterns = patterns;
		this.sequences = sequences;
		this.queries = queries;
		this.kinds = kinds;
		this.clock = clock;
	}

	/**
	 * Takes the next number of a kind for a document issued now by the current unit.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	DocumentNumber assign(UnitView unit, String kind, ZonedDateTime issuedAt) {
		int year = issuedAt.getYear();
		int sequence = sequences.take(kind, year);
		return new DocumentNumber(patternOf(unit, kind).format(year, sequence), year, sequence);
	}

	/**
	 * @return every declared kind with its pattern, the number the next document would get and how
	 * many were numbered this year
	 */
	@Transactional(readOnly = true)
	List<KindNumbering> overview(UnitView unit) {
		int year = ZonedDateTime.now(clock).getYear();
		Map<String, Integer> counts = queries.lastNumbersIn(year);
		return kinds.all().stream().map(kind -> numbering(unit, kind, year, counts.getOrDefault(kind.kind(), 0))).toList();
	}

	/**
	 * @throws NotFoundException unless a module declared the kind
	 */
	@Transactional(readOnly = true)
	KindNumbering one(UnitView unit, String kind) {
		DocumentKindName declared = declared(kind);
		int year = ZonedDateTime.now(clock).getYear();
		return numbering(unit, declared, year, queries.lastNumbersIn(year).getOrDefault(kind, 0));
	}

	/**
	 * Sets the pattern of a kind; a blank pattern goes back to the default.
	 * @throws org.iprassist.core.web.BadRequestException if the pattern is not valid
	 * @throws NotFoundException unless a module declared the kind
	 * @throws ConflictException if another admin changed the same kind's pattern at the same time
	 */
	void setPattern(String kind, String pattern, String by) {
		try {
			work.write(() -> changePattern(kind, pattern, by));
		}
		catch (OptimisticLockingFailureException | DataIntegrityViolationException ex) {
			throw new ConflictException("error.document-number.conflict");
		}
	}

	private void changePattern(String kind, String pattern, String by) {
		declared(kind);
		if (pattern == null || pattern.isBlank()) {
			patterns.findById(kind).ifPresent(patterns::delete);
			return;
		}
		NumberPattern valid = NumberPattern.of(pattern);
		LocalDateTime now = LocalDateTime.now(clock);
		patterns.findById(kind)
			.ifPresentOrElse(existing -> existing.change(valid, by, now),
					() -> patterns.save(new DocumentNumberPatternEntity(kind, valid, by, now)));
	}

	private DocumentKindName declared(String kind) {
		return kinds.find(kind).orElseThrow(() -> new NotFoundException("error.document-number.kind"));
	}

	private KindNumbering numbering(UnitView unit, DocumentKindName kind, int year, int count) {
		NumberPattern custom = patterns.findById(kind.kind()).map(DocumentNumberPatternEntity::pattern).orElse(null);
		NumberPattern pattern = custom != null ? custom : defaultPattern(unit, kind.kind());
		return new KindNumbering(kind.kind(), kind.nameKey(), pattern.text(), custom != null, pattern.format(year, count + 1),
				count, year);
	}

	private NumberPattern patternOf(UnitView unit, String kind) {
		return patterns.findById(kind).map(DocumentNumberPatternEntity::pattern).orElseGet(() -> defaultPattern(unit, kind));
	}

	private NumberPattern defaultPattern(UnitView unit, String kind) {
		return NumberPattern.defaultFor(unit.name(), kinds.abbreviationOf(kind));
	}

	/**
	 * One kind's numbering as the settings show it.
	 *
	 * @param pattern the pattern in force (the unit's own, or the default)
	 * @param custom whether the unit set it
	 * @param next the number the next document of the kind would get
	 * @param issuedThisYear how many documents of the kind were numbered this year
	 */
	public record KindNumbering(String kind, String nameKey, String pattern, boolean custom, String next, int issuedThisYear,
			int year) {
	}
}
