package org.iprassist.experts.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.iprassist.core.web.BadRequestException;
import org.iprassist.experts.Candidate;
import org.iprassist.experts.ConsultationStatus;
import org.iprassist.experts.Exclusion;
import org.iprassist.experts.MatchRequest;
import org.iprassist.experts.Matching;
import org.iprassist.experts.PartyNames;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Ranks the active experts of the pool for a matter: those with the right type only; a technical
 * field matched at class level (IPC {@code H04}, {@code H04L}; Locarno {@code 14}) before one matched
 * only by IPC section ({@code H}) before none; then fewer open consultations; then a higher
 * rating. Anyone whose employer or declared affiliation is, once normalised by {@link PartyNames},
 * one of the parties is left out with a reason. Two queries (active experts' match columns, open
 * consultations per expert), the rest in memory.
 */
@Component
class ExpertMatching {

	private static final int CLASS_MATCH = 2;

	private static final int SECTION_MATCH = 1;

	private final CentreSchema centre;

	private final Experts experts;

	private final Consultations consultations;

	private final MessageSource messages;

	ExpertMatching(CentreSchema centre, Experts experts, Consultations consultations, MessageSource messages) {
		this.centre = centre;
		this.experts = experts;
		this.consultations = consultations;
		this.messages = messages;
	}

	Matching match(MatchRequest request) {
		if (request == null || request.limit() < 1 || request.limit() > 100) {
			throw new BadRequestException("matching.limit.invalid");
		}
		Locale locale = LocaleContextHolder.getLocale();
		String pattern = request.rightType() == null ? "%" : "%" + request.rightType().name() + "%";
		return centre.read(() -> rank(request, experts.matchRows(ExpertStatus.ACTIVE, pattern), loads(), locale));
	}

	private Map<UUID, Integer> loads() {
		Map<UUID, Integer> loads = new HashMap<>();
		for (Object[] row : consultations.countByExpert(ConsultationStatus.REQUESTED)) {
			loads.put((UUID) row[0], ((Number) row[1]).intValue());
		}
		return loads;
	}

	Matching rank(MatchRequest request, List<MatchRow> rows, Map<UUID, Integer> loads, Locale locale) {
		Map<String, String> parties = new LinkedHashMap<>();
		if (request.partyNames() != null) {
			for (String party : request.partyNames()) {
				String key = PartyNames.normalise(party);
				if (!key.isEmpty()) {
					parties.putIfAbsent("|" + key + "|", party);
				}
			}
		}
		String field = request.technicalField() == null ? "" : request.technicalField().strip().toUpperCase(Locale.ROOT);
		String right = request.rightType() == null ? null : request.rightType().name();
		List<Scored> scored = new ArrayList<>();
		List<Exclusion> exclusions = new ArrayList<>();
		for (MatchRow row : rows) {
			if (right != null && !row.rightTypes().contains(right)) {
				continue;
			}
			String conflict = conflictOf(row, parties);
			if (conflict != null) {
				exclusions.add(exclusion(row, conflict, parties.get(conflict), locale));
				continue;
			}
			scored.add(new Scored(row, fieldScore(field, row.technicalFields()), loads.getOrDefault(row.id(), 0)));
		}
		scored.sort(Comparator.comparingInt(Scored::score)
			.reversed()
			.thenComparingInt(Scored::load)
			.thenComparing(s -> s.row().rating(), Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
			.thenComparing(s -> s.row().name()));
		List<Candidate> candidates = scored.stream()
			.limit(request.limit())
			.map(s -> new Candidate(s.row().id(), s.row().name(), s.row().title(), s.row().employer(), s.score() > 0,
					s.load(), s.row().rating()))
			.toList();
		return new Matching(candidates, exclusions);
	}

	private static String conflictOf(MatchRow row, Map<String, String> parties) {
		if (row.conflictKeys() == null) {
			return null;
		}
		for (String key : parties.keySet()) {
			if (row.conflictKeys().contains(key)) {
				return key;
			}
		}
		return null;
	}

	private Exclusion exclusion(MatchRow row, String key, String party, Locale locale) {
		boolean employer = ("|" + PartyNames.normalise(row.employer()) + "|").equals(key);
		String organisation = employer ? row.employer() : party;
		String reason = messages.getMessage(employer ? "matching.excluded.employer" : "matching.excluded.affiliation",
				new Object[] { row.name(), organisation, party }, locale);
		return new Exclusion(row.id(), row.name(), organisation, party, reason);
	}

	/**
	 * How well an expert's fields cover the wanted one: class level (the first three characters of
	 * an IPC code, the class of a Locarno code, or a longer shared prefix) beats section level.
	 */
	static int fieldScore(String wanted, String fields) {
		if (wanted.isEmpty() || fields == null || fields.isEmpty()) {
			return 0;
		}
		int best = 0;
		String wantedClass = classOf(wanted);
		for (String field : fields.split(",")) {
			if (field.isEmpty()) {
				continue;
			}
			if (wantedClass != null && wantedClass.equals(classOf(field))) {
				return CLASS_MATCH;
			}
			if (Character.isLetter(wanted.charAt(0)) && wanted.charAt(0) == field.charAt(0)) {
				best = SECTION_MATCH;
			}
		}
		return best;
	}

	private static String classOf(String code) {
		if (Character.isDigit(code.charAt(0))) {
			int dash = code.indexOf('-');
			return "L" + (dash < 0 ? code : code.substring(0, dash));
		}
		return code.length() >= 3 ? code.substring(0, 3) : null;
	}

	private record Scored(MatchRow row, int score, int load) {
	}
}
