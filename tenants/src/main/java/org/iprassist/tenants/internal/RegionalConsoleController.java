package org.iprassist.tenants.internal;

import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.iprassist.core.web.ProblemException;
import org.iprassist.tenants.Lifecycle;
import org.iprassist.tenants.UnitDirectory;
import org.iprassist.tenants.UnitView;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The regional console of a province: its network of units at a glance, and the record of a
 * unit's (re-)establishment.
 */
@Controller
@RequestMapping("/r/{province}")
class RegionalConsoleController {

	private final UnitDirectory directory;

	private final UnitManagement management;

	private final MessageSource messages;

	RegionalConsoleController(UnitDirectory directory, UnitManagement management, MessageSource messages) {
		this.directory = directory;
		this.management = management;
		this.messages = messages;
	}

	@GetMapping({ "", "/" })
	String console(@PathVariable String province, Model model) {
		var units = directory.ofProvince(province);
		model.addAttribute("province", province);
		model.addAttribute("provinceName", directory.provinceName(province));
		model.addAttribute("units", units);
		model.addAttribute("names", units.stream().collect(Collectors.toMap(UnitView::code, UnitView::name)));
		Map<Lifecycle, Long> counts = units.stream()
			.collect(Collectors.groupingBy(UnitView::lifecycle, Collectors.counting()));
		model.addAttribute("counts", counts);
		model.addAttribute("lifecycles", Lifecycle.values());
		return "tenants/regional-console";
	}

	@PostMapping("/units/{code}/establishment")
	String establish(@PathVariable String province, @PathVariable String code,
			@Valid @ModelAttribute EstablishmentFacts facts, BindingResult errors, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			redirect.addFlashAttribute("error", messages.getMessage("error.establishment.invalid", null,
					LocaleContextHolder.getLocale()));
			return "redirect:/r/" + province + "/";
		}
		try {
			management.establish(province, code, facts);
			redirect.addFlashAttribute("established", code);
		}
		catch (ProblemException ex) {
			redirect.addFlashAttribute("error",
					ex.localizedMessage(messages));
		}
		return "redirect:/r/" + province + "/";
	}
}
