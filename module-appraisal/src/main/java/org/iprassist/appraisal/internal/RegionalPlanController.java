package org.iprassist.appraisal.internal;

import java.util.function.Supplier;

import org.iprassist.appraisal.internal.PlanModel.Plan;
import org.iprassist.appraisal.internal.Plans.TargetForm;
import org.iprassist.core.files.Spreadsheets;
import org.iprassist.core.web.ProblemException;
import org.iprassist.tenants.UnitDirectory;
import org.iprassist.tenants.UnitType;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The regional console's work plan page: the plan table of a year with its targets, its versions,
 * and, for a draft, the forms that change it; copying a plan to a new year, opening a new version
 * of a published one, publishing, and the Excel export with actuals.
 */
@Controller
@RequestMapping("/r/{province}/plan")
class RegionalPlanController {

	private final Scope scope;

	private final Plans plans;

	private final Progress progress;

	private final EventTypes eventTypes;

	private final UnitDirectory units;

	private final MessageSource messages;

	RegionalPlanController(Scope scope, Plans plans, Progress progress, EventTypes eventTypes, UnitDirectory units,
			MessageSource messages) {
		this.scope = scope;
		this.plans = plans;
		this.progress = progress;
		this.eventTypes = eventTypes;
		this.units = units;
		this.messages = messages;
	}

	@GetMapping({ "", "/" })
	String plan(@PathVariable String province, @RequestParam(required = false) Integer year, Model model) {
		int resolved = scope.year(province, year);
		model.addAttribute("province", province);
		model.addAttribute("provinceName", units.provinceName(province));
		model.addAttribute("year", resolved);
		var versions = plans.versions(province);
		model.addAttribute("versions", versions);
		model.addAttribute("years", versions.stream().map(Plan::year).distinct().toList());
		model.addAttribute("eventTypes", eventTypes.all());
		model.addAttribute("unitTypes", UnitType.values());
		plans.latest(province, resolved).ifPresent(plan -> {
			model.addAttribute("plan", plan);
			model.addAttribute("items", plans.items(plan.id()));
		});
		return "appraisal/regional-plan";
	}

	@GetMapping("/export.xlsx")
	ResponseEntity<byte[]> export(@PathVariable String province, @RequestParam(required = false) Integer year) {
		Plan plan = scope.latest(province, year);
		return Spreadsheets.download("work-plan-" + province + "-" + plan.year() + ".xlsx",
				PlanExport.workbook(progress.of(plan, plans.items(plan.id()))));
	}

	@PostMapping("/copy")
	String copy(@PathVariable String province, @RequestParam Integer fromYear, @RequestParam Integer toYear,
			RedirectAttributes redirect) {
		return act(province, redirect, () -> plans.copyToYear(province, fromYear, toYear));
	}

	@PostMapping("/new-version")
	String newVersion(@PathVariable String province, @RequestParam Integer year, RedirectAttributes redirect) {
		return act(province, redirect, () -> plans.newVersion(province, year));
	}

	@PostMapping("/{planId}/publish")
	String publish(@PathVariable String province, @PathVariable String planId, RedirectAttributes redirect) {
		return act(province, redirect, () -> plans.publish(province, planId));
	}

	@PostMapping("/{planId}/targets")
	String addTarget(@PathVariable String province, @PathVariable String planId, @ModelAttribute TargetForm form,
			RedirectAttributes redirect) {
		return act(province, redirect, () -> {
			plans.addTarget(province, planId, form);
			return plans.require(province, planId);
		});
	}

	@PostMapping("/{planId}/targets/{targetId}/delete")
	String removeTarget(@PathVariable String province, @PathVariable String planId, @PathVariable String targetId,
			RedirectAttributes redirect) {
		return act(province, redirect, () -> {
			plans.removeTarget(province, planId, targetId);
			return plans.require(province, planId);
		});
	}

	@PostMapping("/{planId}/thresholds")
	String thresholds(@PathVariable String province, @PathVariable String planId,
			@RequestParam(required = false) Integer excellentFrom, @RequestParam(required = false) Integer goodFrom,
			@RequestParam(required = false) Integer passFrom, RedirectAttributes redirect) {
		return act(province, redirect, () -> {
			plans.setThresholds(province, planId, excellentFrom, goodFrom, passFrom);
			return plans.require(province, planId);
		});
	}

	private String act(String province, RedirectAttributes redirect, Supplier<Plan> action) {
		try {
			Plan plan = action.get();
			redirect.addFlashAttribute("saved", true);
			return "redirect:/r/" + province + "/plan?year=" + plan.year();
		}
		catch (ProblemException ex) {
			redirect.addFlashAttribute("error", ex.localizedMessage(messages));
			return "redirect:/r/" + province + "/plan";
		}
	}
}
