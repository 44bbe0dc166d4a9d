package org.iprassist.experts.internal;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.iprassist.core.files.Spreadsheets;
import org.iprassist.core.files.Uploads;
import org.iprassist.core.security.IprUser;
import org.iprassist.core.web.BadRequestException;
import org.iprassist.core.web.PageResponse;
import org.iprassist.experts.MatchRequest;
import org.iprassist.experts.Matching;
import org.iprassist.experts.RightType;
import org.iprassist.experts.internal.ExpertPoolManagement.ExpertDetail;
import org.iprassist.experts.internal.ExpertReviewEntity.Decision;
import org.iprassist.experts.internal.ExpertReviewEntity.ReviewView;
import org.iprassist.experts.internal.PoolSpreadsheet.ImportReport;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The province's expert pool and the recommendations to it over the API, from any unit of the
 * province; decisions need the regional centre's staff or admins.
 */
@RestController
@RequestMapping("/api/v1/t/{unit}")
class ExpertsApiController {

	private final ExpertPoolManagement pool;

	private final ExpertMatching matching;

	private final PoolSpreadsheet spreadsheet;

	private final CentreSchema centre;

	private final Uploads uploads;

	ExpertsApiController(ExpertPoolManagement pool, ExpertMatching matching, PoolSpreadsheet spreadsheet, CentreSchema centre,
			Uploads uploads) {
		this.pool = pool;
		this.matching = matching;
		this.spreadsheet = spreadsheet;
		this.centre = centre;
		this.uploads = uploads;
	}

	@GetMapping("/experts")
	PageResponse<ExpertView> search(@PathVariable String unit, ExpertQuery query, Pageable pageable,
			@AuthenticationPrincipal IprUser user) {
		return PageResponse.of(pool.search(query, pageable, user));
	}

	@GetMapping("/experts/{expertId}")
	ExpertDetail expert(@PathVariable String unit, @PathVariable UUID expertId, @AuthenticationPrincipal IprUser user) {
		return pool.detail(expertId, user);
	}

	@PostMapping("/experts/{expertId}/transitions")
	ExpertView transition(@PathVariable String unit, @PathVariable UUID expertId, @RequestBody TransitionBody body,
			@AuthenticationPrincipal IprUser user) {
		if (body.status() == null) {
			throw new BadRequestException("expert.transition.status-required");
		}
		return pool.transition(expertId, body.status(), body.reason(), user);
	}

	@PutMapping("/experts/{expertId}/account")
	ExpertView linkAccount(@PathVariable String unit, @PathVariable UUID expertId, @RequestBody AccountBody body,
			@AuthenticationPrincipal IprUser user) {
		return pool.linkAccount(expertId, body.username(), user);
	}

	@PostMapping("/experts/{expertId}/reviews")
	ReviewView review(@PathVariable String unit, @PathVariable UUID expertId, @RequestBody ReviewBody body,
			@AuthenticationPrincipal IprUser user) {
		if (body.year() == null || body.decision() == null) {
			throw new BadRequestException("review.invalid");
		}
		return pool.review(expertId, body.year(), body.decision(), body.note(), user);
	}

	@PostMapping("/experts/match")
	Matching match(@PathVariable String unit, @RequestBody MatchBody body) {
		return matching.match(new MatchRequest(body.rightType(), body.technicalField(), body.partyNames(),
				body.limit() == null ? 20 : body.limit()));
	}

	@GetMapping("/experts/export")
	ResponseEntity<byte[]> export(@PathVariable String unit, ExpertQuery query, @AuthenticationPrincipal IprUser user) {
		return Spreadsheets.download("experts.xlsx", spreadsheet.export(query, user));
	}

	@GetMapping("/experts/import-template")
	ResponseEntity<byte[]> template(@PathVariable String unit) {
		return Spreadsheets.download("experts-template.xlsx", spreadsheet.template());
	}

	@PostMapping("/experts/import")
	ResponseEntity<ImportReport> importWorkbook(@PathVariable String unit,
			@RequestParam(required = false) MultipartFile file, @AuthenticationPrincipal IprUser user) {
		PoolRoles.requireKeeper(user, centre.centre(), unit);
		ImportReport report = spreadsheet.importFrom(uploads.check(file, PoolSpreadsheet.allowed()), user);
		return report.clean() ? ResponseEntity.ok(report) : ResponseEntity.badRequest().body(report);
	}

	@GetMapping("/recommendations")
	List<ExpertView> recommendations(@PathVariable String unit) {
		return pool.recommendationsOfCurrentUnit();
	}

	@PostMapping("/recommendations")
	ResponseEntity<ExpertView> recommend(@PathVariable String unit, @Valid @RequestBody ExpertForm form,
			@AuthenticationPrincipal IprUser user) {
		ExpertView recommended = pool.recommend(form, null, user);
		return ResponseEntity.created(URI.create("/api/v1/t/" + unit + "/experts/" + recommended.id())).body(recommended);
	}

	@GetMapping("/recommendations/queue")
	List<ExpertView> queue(@PathVariable String unit, @AuthenticationPrincipal IprUser user) {
		return pool.awaitingDecision(user);
	}

	@PostMapping("/recommendations/{expertId}/admit")
	ExpertView admit(@PathVariable String unit, @PathVariable UUID expertId, @RequestBody DecisionBody body,
			@AuthenticationPrincipal IprUser user) {
		return pool.admit(expertId, body.reason(), !Boolean.FALSE.equals(body.activate()), user);
	}

	@PostMapping("/recommendations/{expertId}/reject")
	ExpertView reject(@PathVariable String unit, @PathVariable UUID expertId, @RequestBody DecisionBody body,
			@AuthenticationPrincipal IprUser user) {
		return pool.reject(expertId, body.reason(), user);
	}

	/** A lifecycle step the regional centre takes. */
	record TransitionBody(ExpertStatus status, String reason) {
	}

	/** The login an expert uses, or empty to unlink. */
	record AccountBody(String username) {
	}

	/** An annual review's decision. */
	record ReviewBody(Integer year, Decision decision, String note) {
	}

	/** A decision on a recommendation; {@code activate} defaults to true. */
	record DecisionBody(String reason, Boolean activate) {
	}

	/** {@link MatchRequest} with an optional limit (20 by default). */
	record MatchBody(RightType rightType, String technicalField, List<String> partyNames, Integer limit) {
	}
}
