package org.iprassist.cases.ecommerce.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.iprassist.cases.ecommerce.EcommerceCaseDetermined.ClaimFinding;
import org.iprassist.cases.ecommerce.internal.EcommerceViews.Claim;
import org.iprassist.cases.ecommerce.internal.EcommerceViews.Detail;
import org.iprassist.core.files.Spreadsheets;
import org.iprassist.core.security.IprUser;
import org.iprassist.core.security.Role;
import org.iprassist.core.web.NotFoundException;
import org.iprassist.core.web.ProblemException;
import org.iprassist.tenants.UnitView;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A unit's e-commerce cases: the list with every case's 24-hour clock, a case by hand, the case
 * page where the regional centre dispatches and the handler determines or declines, and the Excel
 * export of the list.
 */
@Controller
@RequestMapping("/t/{unit}/ecommerce")
class EcommerceController {

	static final int LIST_LIMIT = 500;

	private final EcommerceCases cases;

	private final ClockAlertLists alerts;

	private final IntakeManagement intake;

	private final DispatchManagement dispatch;

	private final DispatchSuggestions suggestions;

	private final DeterminationManagement determination;

	private final DeterminationDeliveries deliveries;

	private final EcommerceUnits units;

	private final CaseOpinions opinions;

	private final MessageSource messages;

	private final Clock clock;

	EcommerceController(EcommerceCases cases, ClockAlertLists alerts, IntakeManagement intake, DispatchManagement dispatch,
			DispatchSuggestions suggestions, DeterminationManagement determination, DeterminationDeliveries deliveries, EcommerceUnits units,
			CaseOpinions opinions, MessageSource messages, Clock clock) {
		this.cases = cases;
		this.alerts = alerts;
		this.intake = intake;
		this.dispatch = dispatch;
		this.suggestions = suggestions;
		this.determination = determination;
		this.deliveries = deliveries;
		this.units = units;
		this.opinions = opinions;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping({ "", "/" })
	String list(@PathVariable String unit, Model model) {
		model.addAttribute("unit", units.unit(unit));
		model.addAttribute("centre", units.isRegionalCentre(unit));
		model.addAttribute("cases", cases.list(LIST_LIMIT).stream().map(c -> EcommerceViews.row(c, clock)).toList());
		model.addAttribute("alerts", alerts());
		return "ecommerce/list";
	}

	@GetMapping("/export.xlsx")
	ResponseEntity<byte[]> export(@PathVariable String unit) {
		List<List<Object>> rows = cases.list(Integer.MAX_VALUE).stream().map(c -> {
			var row = EcommerceViews.row(c, clock);
			return List.<Object>of(row.caseNumber(), row.platform(), row.shop(), row.product(), row.patentNumber(),
					text("ecommerce.status." + row.status()), row.assignedUnit() == null ? "" : row.assignedUnit(),
					row.receivedAt(), row.clock(), row.breached() ? text("ecommerce.yes") : "");
		}).toList();
		List<String> headers = List.of("case-number", "platform", "shop", "product", "patent-number", "status",
				"assigned-unit", "received-at", "clock", "breached")
			.stream()
			.map(h -> text("ecommerce." + h))
			.toList();
		return Spreadsheets.download("ecommerce-cases-" + unit + ".xlsx",
				Spreadsheets.write(text("ecommerce.title"), headers, rows));
	}

	@GetMapping("/new")
	String newCase(@PathVariable String unit, Model model) {
		model.addAttribute("unit", units.unit(unit));
		model.addAttribute("form", Map.of());
		return "ecommerce/new";
	}

	@PostMapping("/new")
	String enter(@PathVariable String unit, @RequestParam MultiValueMap<String, String> form, Model model,
			RedirectAttributes redirect) {
		CaseDetails details = new CaseDetails("manual", form.getFirst("platform"), form.getFirst("shop"),
				form.getFirst("shopCity"), lines(form.getFirst("listingUrls")), form.getFirst("product"),
				form.getFirst("rightHolder"), form.getFirst("patentNumber"), form.getFirst("patentType"),
				form.getFirst("complainedParty"), lines(form.getFirst("claims")), lines(form.getFirst("evidenceLinks")),
				form.getFirst("contactName"), blank(form.getFirst("contactEmail")), blank(form.getFirst("contactPhone")),
				null);
		IntakeResult result = intake.receive(unit, null, details);
		if (result.outcome() == IntakeResult.Outcome.REJECTED) {
			model.addAttribute("unit", units.unit(unit));
			model.addAttribute("errors", result.problem().errors());
			model.addAttribute("form", form.toSingleValueMap());
			return "ecommerce/new";
		}
		redirect.addFlashAttribute("message", text("ecommerce.entered", result.caseNumber()));
		return "redirect:/t/" + unit + "/ecommerce/" + result.caseId();
	}

	@GetMapping("/{caseId}")
	String show(@PathVariable String unit, @PathVariable UUID caseId, @AuthenticationPrincipal IprUser user,
			Model model) {
		EcommerceCase c = found(caseId);
		UnitView view = units.unit(unit);
		boolean centre = units.isRegionalCentre(unit);
		model.addAttribute("unit", view);
		model.addAttribute("detail", detail(c));
		model.addAttribute("opinion", c.determinedAt() == null ? null : opinions.issued(c).orElse(null));
		model.addAttribute("alerts", alerts().stream().filter(a -> a.caseId().equals(caseId)).toList());
		model.addAttribute("canDispatch", centre && c.status() == EcommerceCase.Status.RECEIVED && mayDispatch(user, view));
		model.addAttribute("canDetermine", c.status() == EcommerceCase.Status.RECEIVED && member(user, unit));
		model.addAttribute("canDecline", c.dispatched() && c.status() == EcommerceCase.Status.RECEIVED && member(user, unit));
		model.addAttribute("conclusions", DeterminationManagement.CONCLUSIONS);
		model.addAttribute("withinOptions", DeterminationManagement.WITHIN);
		if (centre && c.status() == EcommerceCase.Status.RECEIVED) {
			model.addAttribute("suggestions", suggestions.suggest(view, c));
			model.addAttribute("conflicts", suggestions.conflicts(c));
		}
		return "ecommerce/case";
	}

	@GetMapping("/{caseId}/opinion.pdf")
	ResponseEntity<byte[]> opinion(@PathVariable String unit, @PathVariable UUID caseId) {
		return OpinionPdfController.response(opinions.pdf(found(caseId))
			.orElseThrow(() -> new NotFoundException("ecommerce.opinion.not-issued", caseId)));
	}

	@GetMapping("/{caseId}/opinion.ofd")
	ResponseEntity<byte[]> opinionOfd(@PathVariable String unit, @PathVariable UUID caseId) {
		return OpinionPdfController.response(opinions.ofd(found(caseId))
			.orElseThrow(() -> new NotFoundException("ecommerce.opinion.not-issued", caseId)));
	}

	@PostMapping("/{caseId}/assignment")
	String assign(@PathVariable String unit, @PathVariable UUID caseId, @RequestParam(required = false) String targetUnit,
			@AuthenticationPrincipal IprUser user, RedirectAttributes redirect) {
		found(caseId);
		UnitView view = units.unit(unit);
		if (!units.isRegionalCentre(unit) || !mayDispatch(user, view)) {
			throw new AccessDeniedException("Only the regional admin dispatches");
		}
		try {
			dispatch.assign(unit, caseId, targetUnit == null ? "" : targetUnit, user.getUsername());
			redirect.addFlashAttribute("message", text("ecommerce.dispatch.done",
					units.find(targetUnit).map(UnitView::name).orElse(targetUnit)));
		}
		catch (ProblemException ex) {
			redirect.addFlashAttribute("error", ex.localizedMessage(messages));
		}
		return "redirect:/t/" + unit + "/ecommerce/" + caseId;
	}

	@PostMapping("/{caseId}/determination")
	String determine(@PathVariable String unit, @PathVariable UUID caseId, @RequestParam MultiValueMap<String, String> form,
			@AuthenticationPrincipal IprUser user, RedirectAttributes redirect) {
		EcommerceCase c = found(caseId);
		requireMember(user, unit);
		List<ClaimFinding> findings = new ArrayList<>();
		List<String> claims = c.claimList();
		for (int i = 0; i < claims.size(); i++) {
			String note = form.getFirst("note" + i);
			findings.add(new ClaimFinding(claims.get(i), String.valueOf(form.getFirst("within" + i)),
					note == null || note.isBlank() ? null : note.strip()));
		}
		try {
			determination.determine(unit, caseId, user.getUsername(), findings, String.valueOf(form.getFirst("conclusion")),
					form.getFirst("reasons"))
				.ifPresent(token -> redirect.addFlashAttribute("contactLink", deliveries.link(unit, token)));
			redirect.addFlashAttribute("message", text("ecommerce.determination.done"));
		}
		catch (ProblemException ex) {
			redirect.addFlashAttribute("error", ex.localizedMessage(messages));
		}
		return "redirect:/t/" + unit + "/ecommerce/" + caseId;
	}

	@PostMapping("/{caseId}/decline")
	String decline(@PathVariable String unit, @PathVariable UUID caseId, @RequestParam(required = false) String reason,
			@AuthenticationPrincipal IprUser user, RedirectAttributes redirect) {
		found(caseId);
		requireMember(user, unit);
		try {
			determination.decline(unit, caseId, reason);
			redirect.addFlashAttribute("message", text("ecommerce.decline.done"));
		}
		catch (ProblemException ex) {
			redirect.addFlashAttribute("error", ex.localizedMessage(messages));
		}
		return "redirect:/t/" + unit + "/ecommerce/" + caseId;
	}

	private Detail detail(EcommerceCase c) {
		List<ClaimFinding> findings = deliveries.findings(c);
		List<String> claims = c.claimList();
		List<Claim> claimViews = new ArrayList<>();
		for (int i = 0; i < claims.size(); i++) {
			ClaimFinding f = i < findings.size() ? findings.get(i) : null;
			claimViews.add(new Claim(i, claims.get(i), f == null ? null : f.within(), f == null ? null : f.note()));
		}
		var delivery = deliveries.ofCase(c.id());
		return new Detail(EcommerceViews.row(c, clock), c.shopCity(), c.listingUrlList(), c.rightHolder(), c.patentType(),
				c.complainedParty(), claimViews, c.evidenceLinkList(), c.contactName(), c.callbackUrl(), c.sourceUnit(),
				EcommerceViews.time(c.assignedAt(), clock), c.declineReason(), c.handler(), EcommerceViews.time(c.determinedAt(), clock),
				c.conclusion(), c.conclusionReasons(), EcommerceViews.time(c.deliveredAt(), clock),
				delivery.map(DeterminationDeliveries.DeliveryView::state).orElse(null),
				delivery.map(d -> d.attemptList()
					.stream()
					.map(a -> new EcommerceViews.Attempt(EcommerceViews.time(a.at(), clock),
							a.status() == null ? "—" : a.status().toString(), a.error()))
					.toList()).orElse(List.of()),
				EcommerceViews.time(c.warnedAt(), clock), EcommerceViews.time(c.breachedAt(), clock));
	}

	List<EcommerceViews.Alert> alerts() {
		return alerts.open()
			.stream()
			.map(a -> new EcommerceViews.Alert(a.caseId(), a.caseNumber(), a.kind(), EcommerceViews.time(a.raisedAt(), clock),
					a.assignedUnit()))
			.toList();
	}

	private EcommerceCase found(UUID caseId) {
		return cases.find(caseId).orElseThrow(() -> new NotFoundException("ecommerce.case.not-found", caseId));
	}

	static boolean mayDispatch(IprUser user, UnitView centre) {
		return user.regionalProvinces().contains(centre.provinceCode())
				|| user.hasUnitRole(centre.code(), Role.UNIT_ADMIN);
	}

	private static boolean member(IprUser user, String unit) {
		return user.unitCodes().contains(unit);
	}

	private static void requireMember(IprUser user, String unit) {
		if (!member(user, unit)) {
			throw new AccessDeniedException("Only the unit's members handle its cases");
		}
	}

	private static List<String> lines(String text) {
		return text == null ? List.of()
				: text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value;
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}
}
