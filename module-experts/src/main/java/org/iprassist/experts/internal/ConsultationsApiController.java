package org.iprassist.experts.internal;

import java.util.List;
import java.util.UUID;

import org.iprassist.core.security.ExpertAccess;
import org.iprassist.core.security.IprUser;
import org.iprassist.core.web.BadRequestException;
import org.iprassist.core.web.PageResponse;
import org.iprassist.experts.ConsultationRequest;
import org.iprassist.experts.ConsultationView;
import org.iprassist.experts.internal.ConsultationManagement.ConsultationDetail;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Consultations over the API: a unit asks experts and reads their answers; an expert (under
 * {@code /consultations/mine}, the only part of the API open to them) reads what is addressed to
 * them, answers or declines.
 */
@RestController
@RequestMapping("/api/v1/t/{unit}/consultations")
class ConsultationsApiController {

	private final ConsultationManagement desk;

	ConsultationsApiController(ConsultationManagement desk) {
		this.desk = desk;
	}

	@GetMapping
	PageResponse<ConsultationView> list(@PathVariable String unit, Pageable pageable) {
		return PageResponse.of(desk.ofCurrentUnit(pageable));
	}

	@GetMapping(params = "matter")
	List<ConsultationView> onMatter(@PathVariable String unit, @RequestParam String matter) {
		return desk.on(matter);
	}

	@PostMapping
	ResponseEntity<Requested> request(@PathVariable String unit, @RequestBody ConsultationRequest request,
			@AuthenticationPrincipal IprUser user) {
		PoolRoles.requireWorker(user, unit);
		return ResponseEntity.status(HttpStatus.CREATED).body(new Requested(desk.request(request, user.getUsername())));
	}

	@GetMapping("/{consultationId}")
	ConsultationDetail consultation(@PathVariable String unit, @PathVariable UUID consultationId) {
		return desk.ofUnit(consultationId);
	}

	@PostMapping("/{consultationId}/rating")
	ResponseEntity<Void> rate(@PathVariable String unit, @PathVariable UUID consultationId, @RequestBody RatingBody body,
			@AuthenticationPrincipal IprUser user) {
		if (body.score() == null) {
			throw new BadRequestException("consultation.rating.invalid");
		}
		desk.rate(consultationId, body.score(), user);
		return ResponseEntity.noContent().build();
	}

	@ExpertAccess
	@GetMapping("/mine")
	List<ConsultationView> mine(@PathVariable String unit, @AuthenticationPrincipal IprUser user) {
		return desk.mine(user);
	}

	@ExpertAccess
	@GetMapping("/mine/{consultationId}")
	ConsultationDetail mineOne(@PathVariable String unit, @PathVariable UUID consultationId,
			@AuthenticationPrincipal IprUser user) {
		return desk.mineOne(consultationId, user);
	}

	@ExpertAccess
	@PostMapping("/mine/{consultationId}/answer")
	ConsultationView answer(@PathVariable String unit, @PathVariable UUID consultationId, @RequestBody TextBody body,
			@AuthenticationPrincipal IprUser user) {
		return desk.answer(consultationId, body.text(), List.of(), user);
	}

	@ExpertAccess
	@PostMapping("/mine/{consultationId}/decline")
	ConsultationView decline(@PathVariable String unit, @PathVariable UUID consultationId, @RequestBody TextBody body,
			@AuthenticationPrincipal IprUser user) {
		return desk.decline(consultationId, body.text(), user);
	}

	/** The consultations created, one per expert. */
	record Requested(List<UUID> ids) {
	}

	/** An answer, or the reason for declining. */
	record TextBody(String text) {
	}

	/** The asking unit's rating of an answer, 1 to 5. */
	record RatingBody(Integer score) {
	}
}
