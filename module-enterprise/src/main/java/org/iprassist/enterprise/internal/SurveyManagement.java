package org.iprassist.enterprise.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.iprassist.core.security.IprUser;
import org.iprassist.core.web.BadRequestException;
import org.iprassist.core.web.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follow-up visits (回访) and satisfaction surveys (满意度调查) of the current unit's visits. A
 * survey goes to the enterprise's contact as a one-time public link, valid for 30 days: opening
 * it (a GET, which mail scanners and chat previews also send) never uses it up; answering it (a
 * POST) does, once.
 */
@Service
@Transactional
class SurveyManagement {

	static final Duration VALID_FOR = Duration.ofDays(30);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Surveys surveys;

	private final Visits visits;

	private final Clock clock;

	private final String publicBaseUrl;

	SurveyManagement(Surveys surveys, Visits visits, Clock clock,
			@Value("${ipr.public-base-url:http://localhost:8080}") String publicBaseUrl) {
		this.surveys = surveys;
		this.visits = visits;
		this.clock = clock;
		this.publicBaseUrl = publicBaseUrl;
	}

	/** A survey link made: shown once to the staff, who pass it to the enterprise's contact. */
	record SurveyLink(UUID surveyId, String url, LocalDateTime expiresAt) {
	}

	/** A survey of a visit as staff see it. */
	record SurveyView(UUID id, LocalDateTime expiresAt, LocalDateTime answeredAt, Integer score, String comment) {
	}

	/** What the public page shows of an open survey. */
	record OpenSurvey(String enterprise, LocalDate visitedOn) {
	}

	SurveyLink create(UUID visitId, IprUser user) {
		EnterpriseRoles.requireWorker(user);
		VisitEntity visit = visits.findById(visitId)
			.orElseThrow(() -> new NotFoundException("visit.error.not-found", visitId));
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		LocalDateTime now = LocalDateTime.now(clock);
		SurveyEntity survey = surveys
			.save(new SurveyEntity(visit.id(), hash(token), user.getUsername(), now, now.plus(VALID_FOR)));
		return new SurveyLink(survey.id(), publicBaseUrl + "/p/" + EnterpriseRoles.currentUnit() + "/surveys/" + token,
				survey.expiresAt());
	}

	@Transactional(readOnly = true)
	List<SurveyView> ofVisit(UUID visitId) {
		return surveys.findByVisitIdOrderByCreatedAtDesc(visitId)
			.stream()
			.map(s -> new SurveyView(s.id(), s.expiresAt(), s.answeredAt(), s.score(), s.comment()))
			.toList();
	}

	void scheduleFollowUp(UUID visitId, LocalDate on, IprUser user) {
		EnterpriseRoles.requireWorker(user);
		VisitEntity visit = visits.findById(visitId)
			.orElseThrow(() -> new NotFoundException("visit.error.not-found", visitId));
		if (on.isBefore(visit.visitedOn())) {
			throw new BadRequestException("visit.error.follow-up-before");
		}
		visit.scheduleFollowUp(on);
		visits.save(visit);
	}

	/** The open survey a token names, if any: reading it uses nothing up. */
	@Transactional(readOnly = true)
	Optional<OpenSurvey> open(String token, java.util.function.Function<UUID, String> enterpriseName) {
		return find(token).filter(s -> s.open(LocalDateTime.now(clock)))
			.flatMap(s -> visits.findById(s.visitId()))
			.map(v -> new OpenSurvey(enterpriseName.apply(v.enterpriseId()), v.visitedOn()));
	}

	/**
	 * @return whether this answer was taken (false: the survey was answered already or expired, or
	 *         the token names none)
	 */
	boolean answer(String token, int score, String comment) {
		if (score < 1 || score > 5) {
			throw new BadRequestException("survey.error.score");
		}
		String clean = comment == null || comment.isBlank() ? null : comment.strip();
		if (clean != null && clean.length() > 1000) {
			throw new BadRequestException("survey.error.comment");
		}
		return find(token).map(s -> surveys.answer(s.id(), score, clean, LocalDateTime.now(clock)) == 1).orElse(false);
	}

	private Optional<SurveyEntity> find(String token) {
		if (token == null || token.length() != 43) {
			return Optional.empty();
		}
		return surveys.findByTokenHash(hash(token));
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
