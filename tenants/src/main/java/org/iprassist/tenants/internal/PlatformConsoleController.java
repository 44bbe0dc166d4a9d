package org.iprassist.tenants.internal;

import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.iprassist.core.tenancy.TenantWork;
import org.iprassist.core.web.ProblemException;
import org.iprassist.tenants.UnitType;
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

/**
 * The platform console: every unit with its provisioning state, a form to onboard a unit, and a
 * page per unit whose progress bar follows provisioning as it happens (htmx polling).
 */
@Controller
@RequestMapping("/platform")
class PlatformConsoleController {

	private final TenantWork.Scope platform;

	private final Provinces provinces;

	private final ProvisioningManagement provisioning;

	private final MessageSource messages;

	private final AccountManagement accounts;

	PlatformConsoleController(TenantWork work, Provinces provinces, ProvisioningManagement provisioning,
			MessageSource messages, AccountManagement accounts) {
		this.accounts = accounts;
		this.platform = work.platform();
		this.provinces = provinces;
		this.provisioning = provisioning;
		this.messages = messages;
	}

	@GetMapping({ "", "/" })
	String console(Model model) {
		model.addAttribute("units", provisioning.allUnits());
		model.addAttribute("provinces", platform.read(() -> provinces.findAll()
			.stream()
			.collect(Collectors.toMap(ProvinceEntity::code, ProvinceEntity::name, (a, b) -> a, TreeMap::new))));
		model.addAttribute("types", UnitType.values());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new NewUnit("", "gx", "", UnitType.SUB_CENTRE, false, "", "", "", "", ""));
		}
		return "tenants/platform-console";
	}

	@PostMapping("/units")
	String register(@Valid @ModelAttribute("form") NewUnit form, BindingResult errors, Model model) {
		if (!errors.hasErrors()) {
			try {
				UnitView unit = provisioning.register(form);
				provisioning.provisionLater(unit.code());
				return "redirect:/platform/units/" + unit.code();
			}
			catch (ProblemException ex) {
				model.addAttribute("formError",
						ex.localizedMessage(messages));
			}
		}
		return console(model);
	}

	@GetMapping("/units/{code}")
	String unit(@PathVariable String code, Model model) {
		model.addAttribute("unit", provisioning.unit(code));
		return "tenants/platform-unit";
	}

	@GetMapping("/units/{code}/progress")
	String progress(@PathVariable String code, Model model) {
		unit(code, model);
		return "tenants/platform-unit :: progress";
	}

	@PostMapping("/units/{code}/admins")
	String addAdmin(@PathVariable String code, @Valid @ModelAttribute("admin") NewUnitAdmin admin,
			BindingResult errors, Model model) {
		if (errors.hasErrors()) {
			model.addAttribute("adminError", messages.getMessage("error.admin.invalid", null,
					LocaleContextHolder.getLocale()));
		}
		else {
			try {
				accounts.createUnitAdmin(provisioning.unit(code).code(), admin);
				model.addAttribute("adminCreated", admin.username());
			}
			catch (ProblemException ex) {
				model.addAttribute("adminError", ex.localizedMessage(messages));
			}
		}
		return unit(code, model);
	}

	@PostMapping("/units/{code}/provisioning")
	String retry(@PathVariable String code) {
		provisioning.provisionLater(code);
		return "redirect:/platform/units/" + code;
	}
}
