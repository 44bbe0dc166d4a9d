package org.iprassist.cases.ecommerce.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.iprassist.core.web.BadRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The intake API for e-commerce platforms. One case (a JSON object) answers 201, 200 for a repeat
 * of the same reference, or 400 with the reason; a batch ({@code {"cases": [...]}} or a JSON array,
 * at most 500) answers 200 with one result per case, in order, each accepted or rejected on its own.
 * Cases land in the schema of the regional centre that registered the platform.
 */
@RestController
class IntakeApiController {

	static final int MAX_BATCH = 500;

	private final IntakeManagement intake;

	private final EcommerceUnits units;

	private final ObjectMapper json;

	IntakeApiController(IntakeManagement intake, EcommerceUnits units, ObjectMapper json) {
		this.intake = intake;
		this.units = units;
		this.json = json;
	}

	@PostMapping(path = "/api/v1/intake/ecommerce-cases", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> receive(@AuthenticationPrincipal PlatformClient client, @RequestBody JsonNode body) {
		JsonNode batch = body.isArray() ? body : body.isObject() && body.has("cases") ? body.get("cases") : null;
		if (batch == null) {
			IntakeResult result = receiveOne(client, body);
			HttpStatus status = switch (result.outcome()) {
				case ACCEPTED -> HttpStatus.CREATED;
				case DUPLICATE -> HttpStatus.OK;
				case REJECTED -> HttpStatus.BAD_REQUEST;
			};
			return ResponseEntity.status(status)
				.contentType(result.problem() != null ? MediaType.APPLICATION_PROBLEM_JSON : MediaType.APPLICATION_JSON)
				.body(result.problem() != null ? result.problem() : result);
		}
		if (!batch.isArray() || batch.size() == 0 || batch.size() > MAX_BATCH) {
			throw new BadRequestException("ecommerce.intake.batch-size", MAX_BATCH);
		}
		List<CaseDetails> parsed = new ArrayList<>(batch.size());
		List<IntakeResult> malformed = new ArrayList<>(batch.size());
		for (int i = 0; i < batch.size(); i++) {
			IntakeResult rejected = null;
			CaseDetails details = null;
			try {
				details = parse(batch.get(i));
			}
			catch (RuntimeException ex) {
				rejected = malformed(batch.get(i));
			}
			parsed.add(details);
			malformed.add(rejected);
		}
		List<IntakeResult> received = units.in(client.centreUnitCode()).call(
				() -> intake.receiveAll(client.centreUnitCode(), client.clientId(), parsed));
		List<IntakeResult> results = new ArrayList<>(batch.size());
		for (int i = 0; i < batch.size(); i++) {
			results.add((malformed.get(i) != null ? malformed.get(i) : received.get(i)).at(i));
		}
		return ResponseEntity.ok(Map.of("results", results));
	}

	private IntakeResult receiveOne(PlatformClient client, JsonNode node) {
		CaseDetails details;
		try {
			details = parse(node);
		}
		catch (RuntimeException ex) {
			return malformed(node);
		}
		return units.in(client.centreUnitCode()).call(
				() -> intake.receive(client.centreUnitCode(), client.clientId(), details));
	}

	private CaseDetails parse(JsonNode node) {
		CaseDetails details = node.isObject() ? json.treeToValue(node, CaseDetails.class) : null;
		if (details == null) {
			throw new IllegalArgumentException("not an object");
		}
		return details;
	}

	private static IntakeResult malformed(JsonNode node) {
		JsonNode reference = node.isObject() ? node.get("reference") : null;
		return IntakeResult.rejected(null, reference != null && reference.isString() ? reference.asString() : null,
				"Malformed case", "The case is not a JSON object of the documented fields and types.", List.of());
	}
}
