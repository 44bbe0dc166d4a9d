package org.iprassist.enterprise.internal;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.iprassist.core.tenancy.TenantWork;
import org.iprassist.core.web.ProblemException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The enterprise contact's satisfaction survey, {@code /p/{unit}/surveys/{token}}: anonymous and
 * CSRF-protected. The GET shows the form and uses nothing up, as link previews fetch it; the POST
 * answers once. A used, expired or unknown link shows a friendly page (410), never a second answer.
 */
@Controller
@RequestMapping("/p/{unit}/surveys/{token}")
class SurveyController {

	private final TenantWork tenantWork;

	private final SurveyManagement surveys;

	private final VisitManagement visits;

	private final MessageSource messages;

	SurveyController(TenantWork tenantWork, SurveyManagement surveys, VisitManagement visits, MessageSource messages) {
		this.tenantWork = tenantWork;
		this.surveys = surveys;
		this.visits = visits;
		this.messages = messages;
	}

	@GetMapping
	String form(@PathVariable String unit, @PathVariable String token, Model model, HttpServletResponse response) {
		Optional<SurveyManagement.OpenSurvey> open = tenantWork.unit(unit)
			.call(() -> surveys.open(token, visits::enterpriseName));
		if (open.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_GONE);
			return "enterprise/survey-closed";
		}
		model.addAttribute("unit", unit);
		model.addAttribute("token", token);
		model.addAttribute("survey", open.get());
		return "enterprise/survey";
	}

	@PostMapping
	String answer(@PathVariable String unit, @PathVariable String token,
			@RequestParam(required = false) Integer score, @RequestParam(required = false) String comment, Model model,
			HttpServletResponse response) {
		try {
			boolean taken = tenantWork.unit(unit)
				.call(() -> surveys.answer(token, score == null ? 0 : score, comment));
			if (!taken) {
				response.setStatus(HttpServletResponse.SC_GONE);
				return "enterprise/survey-closed";
			}
			return "enterprise/survey-thanks";
		}
		catch (ProblemException ex) {
			Optional<SurveyManagement.OpenSurvey> open = tenantWork.unit(unit)
				.call(() -> surveys.open(token, visits::enterpriseName));
			if (open.isEmpty()) {
				response.setStatus(HttpServletResponse.SC_GONE);
				return "enterprise/survey-closed";
			}
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("unit", unit);
			model.addAttribute("token", token);
			model.addAttribute("survey", open.get());
			model.addAttribute("comment", comment);
			model.addAttribute("error", messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(),
					LocaleContextHolder.getLocale()));
			return "enterprise/survey";
		}
	}
}
