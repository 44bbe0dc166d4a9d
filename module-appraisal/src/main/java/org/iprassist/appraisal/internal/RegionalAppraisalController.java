package org.iprassist.appraisal.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.iprassist.appraisal.internal.PlanModel.Plan;
import org.iprassist.appraisal.internal.Progress.ProvinceProgress;
import org.iprassist.core.security.IprUser;
import org.iprassist.core.web.NotFoundException;
import org.iprassist.core.web.ProblemException;
import org.iprassist.tenants.UnitDirectory;
import org.iprassist.tenants.UnitView;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The regional console's appraisal pages: the matrix of units × work items with charts, a unit's
 * drill-down to its counted records, the evidence waiting for review, the province-wide figures, the
 * recompute with its progress bar, and the appraisal sheets.
 */
@Controller
@RequestMapping("/r/{province}/appraisal")
class RegionalAppraisalController {

	private final Scope scope;

	private final Plans plans;

	private final Progress progress;

	private final ProgressStore store;

	private final Evidence evidence;

	private final Recompute recompute;

	private final Sheets sheets;

	private final UnitDirectory units;

	private final MessageSource messages;

	RegionalAppraisalController(Scope scope, Plans plans, Progress progress, ProgressStore store, Evidence evidence,
			Recompute recompute, Sheets sheets, UnitDirectory units, MessageSource messages) {
		this.scope = scope;
		this.plans = plans;
		this.progress = progress;
		this.store = store;
		this.evidence = evidence;
		this.recompute = recompute;
		this.sheets = sheets;
		this.units = units;
		this.messages = messages;
	}

	@GetMapping({ "", "/" })
	String console(@PathVariable String province, @RequestParam(required = false) Integer year, Model model) {
		Plan plan = scope.inForce(province, year);
		ProvinceProgress judged = progress.of(plan, plans.items(plan.id()));
		model.addAttribute("province", province);
		model.addAttribute("provinceName", units.provinceName(province));
		model.addAttribute("plan", plan);
		model.addAttribute("progress", judged);
		model.addAttribute("matrix", MatrixTable.body(judged, province, messages,
				org.springframework.context.i18n.LocaleContextHolder.getLocale()));
		model.addAttribute("charts", charts(judged));
		model.addAttribute("provinceWide", provinceWide(judged));
		model.addAttribute("pending", evidence.ofPlan(plan.id())
			.stream()
			.filter(entry -> "SUBMITTED".equals(entry.status()))
			.toList());
		return "appraisal/regional-progress";
	}

	@GetMapping("/units/{unit}")
	String unit(@PathVariable String province, @PathVariable String unit, @RequestParam(required = false) Integer year,
			Model model) {
		UnitView view = scope.unitOf(province, unit);
		Plan plan = scope.inForce(province, year);
		ProvinceProgress judged = progress.of(plan, plans.items(plan.id()));
		model.addAttribute("province", province);
		model.addAttribute("unit", view);
		model.addAttribute("plan", plan);
		model.addAttribute("targets", judged.ofUnit(unit));
		model.addAttribute("seqs", judged.items()
			.stream()
			.collect(java.util.stream.Collectors.toMap(PlanModel.WorkItem::id, PlanModel.WorkItem::seq)));
		model.addAttribute("records", store.records(province, unit, plan.year(), 500));
		return "appraisal/regional-unit";
	}

	@GetMapping("/evidence/{evidenceId}/file")
	ResponseEntity<byte[]> file(@PathVariable String province, @PathVariable String evidenceId) {
		var entry = evidence.find(evidenceId);
		if (!scope.inProvince(province, entry.unitCode())) {
			throw new NotFoundException("appraisal.error.unknown-evidence", evidenceId);
		}
		return download(entry, evidence.content(evidenceId));
	}

	@PostMapping("/evidence/{evidenceId}/review")
	String review(@PathVariable String province, @PathVariable String evidenceId, @RequestParam(required = false) String decision,
			@RequestParam(required = false) String comment, @AuthenticationPrincipal IprUser user,
			RedirectAttributes redirect) {
		try {
			evidence.review(evidenceId, "ACCEPT".equals(decision), comment, user.getUsername(),
					code -> scope.inProvince(province, code));
			redirect.addFlashAttribute("saved", true);
		}
		catch (ProblemException ex) {
			redirect.addFlashAttribute("error", ex.localizedMessage(messages));
		}
		return "redirect:/r/" + province + "/appraisal#evidence";
	}

	@PostMapping("/recompute")
	String startRecompute(@PathVariable String province, Model model) {
		model.addAttribute("province", province);
		model.addAttribute("job", recompute.start(province).view());
		return "appraisal/recompute :: progress";
	}

	@GetMapping("/recompute/{jobId}")
	String recomputeProgress(@PathVariable String province, @PathVariable String jobId, Model model) {
		model.addAttribute("province", province);
		model.addAttribute("job", recompute.job(province, jobId)
			.orElseThrow(() -> new NotFoundException("appraisal.error.unknown-job", jobId))
			.view());
		return "appraisal/recompute :: progress";
	}

	@GetMapping("/sheets/{unit}")
	String sheet(@PathVariable String province, @PathVariable String unit, @RequestParam(required = false) Integer year,
			Model model) {
		UnitView view = scope.unitOf(province, unit);
		Plan plan = scope.inForce(province, year);
		model.addAttribute("province", province);
		model.addAttribute("unit", view);
		model.addAttribute("plan", plan);
		model.addAttribute("sheet", sheets.view(plan, unit));
		model.addAttribute("grades", Sheets.GRADES);
		return "appraisal/regional-sheet";
	}

	@PostMapping("/sheets/{unit}/marks")
	String mark(@PathVariable String province, @PathVariable String unit, @RequestParam(required = false) String itemId,
			@RequestParam(required = false) BigDecimal mark, @RequestParam(required = false) String comment,
			@RequestParam(required = false) Integer year, RedirectAttributes redirect) {
		return onSheet(province, unit, year, redirect, plan -> sheets.mark(plan, unit, itemId, mark, comment));
	}

	@PostMapping("/sheets/{unit}/comment")
	String comment(@PathVariable String province, @PathVariable String unit,
			@RequestParam(required = false) String comment, @RequestParam(required = false) Integer year,
			RedirectAttributes redirect) {
		return onSheet(province, unit, year, redirect, plan -> sheets.comment(plan, unit, comment));
	}

	@PostMapping("/sheets/{unit}/workers")
	String worker(@PathVariable String province, @PathVariable String unit, @RequestParam(required = false) String name,
			@RequestParam(required = false) String grade, @RequestParam(required = false) String comment,
			@RequestParam(required = false) Integer year, RedirectAttributes redirect) {
		return onSheet(province, unit, year, redirect, plan -> sheets.addWorker(plan, unit, name, grade, comment));
	}

	@PostMapping("/sheets/{unit}/awards")
	String award(@PathVariable String province, @PathVariable String unit,
			@RequestParam(required = false) String awardee, @RequestParam(required = false) String title,
			@RequestParam(required = false) String citation, @RequestParam(required = false) Integer year,
			RedirectAttributes redirect) {
		return onSheet(province, unit, year, redirect, plan -> sheets.addAward(plan, unit, awardee, title, citation));
	}

	@PostMapping("/sheets/{unit}/publish")
	String publish(@PathVariable String province, @PathVariable String unit, @AuthenticationPrincipal IprUser user,
			@RequestParam(required = false) Integer year, RedirectAttributes redirect) {
		return onSheet(province, unit, year, redirect, plan -> sheets.publish(plan, unit, user.getUsername()));
	}

	@PostMapping("/sheets/{unit}/amendments")
	String amend(@PathVariable String province, @PathVariable String unit,
			@RequestParam(required = false) String subject, @RequestParam(required = false) String value,
			@RequestParam(required = false) String reason, @AuthenticationPrincipal IprUser user,
			@RequestParam(required = false) Integer year, RedirectAttributes redirect) {
		return onSheet(province, unit, year, redirect,
				plan -> sheets.amend(plan, unit, subject, value, reason, user.getUsername()));
	}

	private String onSheet(String province, String unit, Integer year, RedirectAttributes redirect,
			java.util.function.Function<Plan, ?> action) {
		scope.unitOf(province, unit);
		Plan plan = scope.inForce(province, year);
		try {
			action.apply(plan);
			redirect.addFlashAttribute("saved", true);
		}
		catch (ProblemException ex) {
			redirect.addFlashAttribute("error", ex.localizedMessage(messages));
		}
		return "redirect:/r/" + province + "/appraisal/sheets/" + unit + "?year=" + plan.year();
	}

	static ResponseEntity<byte[]> download(Evidence.EvidenceEntry entry, byte[] content) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(entry.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(entry.fileName(), java.nio.charset.StandardCharsets.UTF_8)
				.build()
				.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(content);
	}

	/** Chart data for ECharts: plain lists and maps, serialized into the page. */
	static Map<String, Object> charts(ProvinceProgress judged) {
		Map<String, Object> charts = new LinkedHashMap<>();
		charts.put("items", judged.metPerItem().keySet().stream().map(seq -> "#" + seq).toList());
		charts.put("itemShares", List.copyOf(judged.metPerItem().values()));
		charts.put("units", List.copyOf(judged.metPerUnit().keySet()).stream()
			.map(RegionalAppraisalController::shortName)
			.toList());
		charts.put("unitShares", List.copyOf(judged.metPerUnit().values()));
		charts.put("months", java.util.stream.IntStream.rangeClosed(1, 12).mapToObj(m -> m + "月").toList());
		charts.put("monthly", java.util.Arrays.stream(judged.monthly()).boxed().toList());
		return charts;
	}

	/** A unit's name without the network's common words, for chart axes. */
	static String shortName(String name) {
		return name.replaceAll("^中国（[^）]+）", "")
			.replace("自由贸易试验区", "自贸区")
			.replace("知识产权维权援助", "")
			.replace("知识产权交易中心", "交易中心");
	}

	/**
	 * The plan's province-wide counted targets (全区 figures such as the e-commerce determinations),
	 * each with its total against its minimum and the units that contributed, in plan order.
	 */
	static List<Map<String, Object>> provinceWide(ProvinceProgress judged) {
		return judged.items()
			.stream()
			.flatMap(item -> item.targets().stream())
			.filter(target -> "PROVINCE".equals(target.scope()) && target.eventType() != null)
			.map(target -> provinceWide(judged, target))
			.toList();
	}

	private static Map<String, Object> provinceWide(ProvinceProgress judged, PlanModel.Target target) {
		var counters = judged.counters().stream().filter(counter -> target.eventType().equals(counter.eventType())).toList();
		Map<String, Integer> perUnit = new LinkedHashMap<>();
		for (UnitView unit : judged.units()) {
			int total = counters.stream()
				.filter(counter -> counter.unitCode().equals(unit.code()))
				.mapToInt(ProgressStore.Counter::total)
				.sum();
			if (total > 0) {
				perUnit.put(unit.name(), total);
			}
		}
		Map<String, Object> figures = new LinkedHashMap<>();
		figures.put("label", target.label());
		figures.put("minimum", target.minimum());
		figures.put("total", counters.stream().mapToInt(ProgressStore.Counter::total).sum());
		figures.put("perUnit", perUnit);
		return figures;
	}
}
