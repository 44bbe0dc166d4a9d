package org.iprassist.documents.internal;

import java.util.Map;

import org.iprassist.core.security.IprUser;
import org.iprassist.core.security.Role;
import org.iprassist.core.web.BadRequestException;
import org.iprassist.core.web.ConflictException;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The unit admin's document-number settings, {@code /t/{unit}/document-numbers}: per kind of
 * document its pattern, the number the next one would get and how many were numbered this year. A
 * pattern that is not valid shows the page again with the input and the reason. Only the unit
 * admin sees the page (the link to it is on the bureau directory page, next to the seal).
 */
@Controller
@RequestMapping("/t/{unit}/document-numbers")
class DocumentNumberPagesController {

	private final DocumentNumberManagement numbers;

	private final UnitSchemas schemas;

	private final MessageSource messages;

	DocumentNumberPagesController(DocumentNumberManagement numbers, UnitSchemas schemas, MessageSource messages) {
		this.numbers = numbers;
		this.schemas = schemas;
		this.messages = messages;
	}

	@GetMapping
	String page(@PathVariable String unit, @AuthenticationPrincipal IprUser user, Model model) {
		requireUnitAdmin(user, unit);
		return page(unit, Map.of(), null, model);
	}

	@PostMapping("/{kind}")
	String setPattern(@PathVariable String unit, @PathVariable String kind, @AuthenticationPrincipal IprUser user,
			@RequestParam(name = "pattern", required = false) String pattern, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		requireUnitAdmin(user, unit);
		try {
			numbers.setPattern(kind, pattern, user.getUsername());
		}
		catch (BadRequestException | ConflictException ex) {
			response.setStatus(ex.status().value());
			return page(unit, Map.of(kind, pattern == null ? "" : pattern), ex.localizedMessage(messages), model);
		}
		redirect.addFlashAttribute("saved", kind);
		return "redirect:/t/" + unit + "/document-numbers";
	}

	private String page(String unit, Map<String, String> input, String error, Model model) {
		model.addAttribute("unitCode", unit);
		model.addAttribute("kinds", numbers.overview(schemas.current()));
		model.addAttribute("input", input);
		model.addAttribute("error", error);
		return "documents/document-numbers";
	}

	static void requireUnitAdmin(IprUser user, String unit) {
		if (!user.hasUnitRole(unit, Role.UNIT_ADMIN)) {
			throw new AccessDeniedException("Only the unit admin sets document numbers");
		}
	}
}
