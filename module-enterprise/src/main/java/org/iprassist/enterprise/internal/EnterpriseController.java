package org.iprassist.enterprise.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import org.iprassist.core.files.Spreadsheets;
import org.iprassist.core.security.IprUser;
import org.iprassist.core.web.PortalLink;
import org.iprassist.enterprise.internal.EnterpriseForms.EnterpriseForm;
import org.iprassist.enterprise.internal.EnterpriseForms.RowProblem;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The unit's enterprise register in its portal: the list, the registration form (shown again with
 * the input and a message per field when something is wrong, nothing saved), an enterprise's page,
 * the Excel import (all or nothing, each bad row named) and export.
 */
@Controller
@RequestMapping("/t/{unit}/enterprises")
class EnterpriseController {

	private final EnterpriseManagement register;

	private final MessageSource messages;

	EnterpriseController(EnterpriseManagement register, MessageSource messages) {
		this.register = register;
		this.messages = messages;
	}

	@GetMapping
	String list(@PathVariable String unit, @AuthenticationPrincipal IprUser user, Model model) {
		model.addAttribute("unitCode", unit);
		model.addAttribute("enterprises", register.list(user));
		return "enterprise/enterprises";
	}

	@GetMapping("/new")
	String form(@PathVariable String unit, Model model) {
		model.addAttribute("unitCode", unit);
		model.addAttribute("input", Map.of());
		model.addAttribute("errors", Map.of());
		model.addAttribute("sizes", EnterpriseSize.values());
		return "enterprise/enterprise-form";
	}

	@PostMapping
	String register(@PathVariable String unit, @Valid @ModelAttribute EnterpriseForm form, BindingResult errors,
			@RequestParam Map<String, String> input, @AuthenticationPrincipal IprUser user, Model model,
			RedirectAttributes redirect) {
		Map<String, String> problems = new LinkedHashMap<>();
		for (FieldError error : errors.getFieldErrors()) {
			problems.putIfAbsent(error.getField(), messages.getMessage(error, LocaleContextHolder.getLocale()));
		}
		if (problems.isEmpty() && register.registered(form.creditCode())) {
			problems.put("creditCode", text("enterprise.error.duplicate", form.creditCode().strip()));
		}
		if (!problems.isEmpty()) {
			model.addAttribute("unitCode", unit);
			model.addAttribute("input", input);
			model.addAttribute("errors", problems);
			model.addAttribute("sizes", EnterpriseSize.values());
			return "enterprise/enterprise-form";
		}
		UUID id = register.register(form, user).id();
		redirect.addFlashAttribute("saved", true);
		return "redirect:/t/" + unit + "/enterprises/" + id;
	}

	@GetMapping("/{enterpriseId}")
	String enterprise(@PathVariable String unit, @PathVariable UUID enterpriseId, @AuthenticationPrincipal IprUser user,
			Model model) {
		model.addAttribute("unitCode", unit);
		model.addAttribute("detail", register.detail(enterpriseId, user));
		return "enterprise/enterprise";
	}

	@PostMapping("/import")
	String importWorkbook(@PathVariable String unit, @RequestParam(required = false) MultipartFile file,
			@AuthenticationPrincipal IprUser user, Model model, RedirectAttributes redirect) {
		List<RowProblem> problems = register.importWorkbook(file, user);
		if (problems.isEmpty()) {
			redirect.addFlashAttribute("imported", true);
			return "redirect:/t/" + unit + "/enterprises";
		}
		model.addAttribute("unitCode", unit);
		model.addAttribute("enterprises", register.list(user));
		model.addAttribute("problems", problems);
		return "enterprise/enterprises";
	}

	@GetMapping("/export")
	ResponseEntity<byte[]> export(@PathVariable String unit, @AuthenticationPrincipal IprUser user) {
		return Spreadsheets.download("企业名录-" + unit + ".xlsx", register.export(user));
	}

	@GetMapping("/template")
	ResponseEntity<byte[]> template(@PathVariable String unit) {
		return Spreadsheets.download("企业名录导入模板.xlsx", register.template());
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

	/** The module's entries in the unit portal's menu. */
	@Configuration(proxyBeanMethods = false)
	static class Menu {

		@Bean
		PortalLink enterprisesLink() {
			return new PortalLink(PortalLink.Area.UNIT, "nav.enterprises", "enterprises", 46);
		}

		@Bean
		PortalLink visitPlanLink() {
			return new PortalLink(PortalLink.Area.UNIT, "nav.visit-plan", "visit-plans", 47);
		}

		@Bean
		PortalLink visitsLink() {
			return new PortalLink(PortalLink.Area.UNIT, "nav.visits", "visits", 48);
		}
	}
}
