package org.iprassist.enterprise.internal;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.iprassist.core.files.Spreadsheets;
import org.iprassist.core.security.IprUser;
import org.iprassist.enterprise.internal.EnterpriseForms.EnterpriseDetail;
import org.iprassist.enterprise.internal.EnterpriseForms.EnterpriseForm;
import org.iprassist.enterprise.internal.EnterpriseForms.EnterpriseView;
import org.iprassist.enterprise.internal.EnterpriseForms.RowProblem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The current unit's enterprise register over the API. An invalid credit code or a duplicate is
 * a problem detail (400, 409); an import with bad rows is a 400 problem detail whose {@code rows}
 * name each bad row and its reason, and nothing is imported.
 */
@RestController
@RequestMapping("/api/v1/t/{unit}/enterprises")
class EnterpriseApiController {

	private final EnterpriseManagement register;

	private final MessageSource messages;

	EnterpriseApiController(EnterpriseManagement register, MessageSource messages) {
		this.register = register;
		this.messages = messages;
	}

	@GetMapping
	List<EnterpriseView> list(@PathVariable String unit, @AuthenticationPrincipal IprUser user) {
		return register.list(user);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	EnterpriseView register(@PathVariable String unit, @Valid @RequestBody EnterpriseForm form,
			@AuthenticationPrincipal IprUser user) {
		return register.register(form, user);
	}

	@GetMapping("/{enterpriseId}")
	EnterpriseDetail enterprise(@PathVariable String unit, @PathVariable UUID enterpriseId,
			@AuthenticationPrincipal IprUser user) {
		return register.detail(enterpriseId, user);
	}

	@PostMapping("/import")
	ResponseEntity<?> importWorkbook(@PathVariable String unit, @RequestParam(required = false) MultipartFile file,
			@AuthenticationPrincipal IprUser user) {
		List<RowProblem> problems = register.importWorkbook(file, user);
		if (problems.isEmpty()) {
			return ResponseEntity.noContent().build();
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.getMessage("enterprise.import.refused", new Object[] { problems.size() },
						LocaleContextHolder.getLocale()));
		problem.setProperty("rows", problems);
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	@GetMapping("/export")
	ResponseEntity<byte[]> export(@PathVariable String unit, @AuthenticationPrincipal IprUser user) {
		return Spreadsheets.download("enterprises-" + unit + ".xlsx", register.export(user));
	}
}
