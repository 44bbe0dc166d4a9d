package org.iprassist.cases.ecommerce.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.iprassist.cases.ecommerce.internal.EcommerceViews.Breaches;
import org.iprassist.cases.ecommerce.internal.EcommerceViews.Stage;
import org.iprassist.core.web.NotFoundException;
import org.iprassist.tenants.UnitView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The regional admin's breach board over the centre's cases of the last twelve months: open cases
 * by time left, breaches by unit and month, and the median time of each stage (received → assigned
 * → determined → delivered). The regional console's menu leads here.
 */
@Controller
class BreachBoardController {

	private final EcommerceCases cases;

	private final EcommerceUnits units;

	private final EcommerceController list;

	private final Clock clock;

	BreachBoardController(EcommerceCases cases, EcommerceUnits units, EcommerceController list, Clock clock) {
		this.cases = cases;
		this.units = units;
		this.list = list;
		this.clock = clock;
	}

	@GetMapping("/r/{province}/ecommerce")
	String regional(@PathVariable String province) {
		UnitView centre = units.centreOf(province)
			.filter(UnitView::ready)
			.orElseThrow(() -> new NotFoundException("error.unit.not-found", province));
		return "redirect:/t/" + centre.code() + "/ecommerce/board";
	}

	@GetMapping("/t/{unit}/ecommerce/board")
	String board(@PathVariable String unit, Model model) {
		if (!units.isRegionalCentre(unit)) {
			throw new NotFoundException("ecommerce.board.centre-only");
		}
		List<EcommerceCase> all = cases.receivedSince(clock.instant().minus(Duration.ofDays(365)));
		model.addAttribute("unit", units.unit(unit));
		model.addAttribute("open", all.stream()
			.filter(c -> c.status().open())
			.sorted(Comparator.comparing(EcommerceCase::receivedAt))
			.map(c -> EcommerceViews.row(c, clock))
			.toList());
		Map<String, Long> breaches = new TreeMap<>();
		ZoneId zone = clock.getZone();
		all.stream().filter(c -> c.breachedAt() != null).forEach(c -> breaches.merge(
				(c.assignedUnit() == null ? unit : c.assignedUnit()) + "|" + YearMonth.from(c.receivedAt().atZone(zone)),
				1L, Long::sum));
		model.addAttribute("breaches", breaches.entrySet().stream().map(e -> {
			String[] key = e.getKey().split("\\|");
			return new Breaches(units.find(key[0]).map(UnitView::name).orElse(key[0]), key[1], e.getValue());
		}).toList());
		model.addAttribute("stages", List.of(
				stage("received-assigned", all, EcommerceCase::receivedAt, EcommerceCase::assignedAt),
				stage("assigned-determined", all, EcommerceCase::assignedAt, EcommerceCase::determinedAt),
				stage("received-determined", all, EcommerceCase::receivedAt, EcommerceCase::determinedAt),
				stage("determined-delivered", all, EcommerceCase::determinedAt, EcommerceCase::deliveredAt)));
		model.addAttribute("alerts", list.alerts());
		return "ecommerce/board";
	}

	static Stage stage(String key, List<EcommerceCase> cases, Function<EcommerceCase, Instant> from,
			Function<EcommerceCase, Instant> to) {
		List<Duration> durations = new ArrayList<>();
		for (EcommerceCase c : cases) {
			Instant start = from.apply(c);
			Instant end = to.apply(c);
			if (start != null && end != null) {
				durations.add(Duration.between(start, end));
			}
		}
		if (durations.isEmpty()) {
			return new Stage(key, "—", 0);
		}
		durations.sort(Comparator.naturalOrder());
		int n = durations.size();
		Duration median = n % 2 == 1 ? durations.get(n / 2)
				: durations.get(n / 2 - 1).plus(durations.get(n / 2)).dividedBy(2);
		long minutes = median.toMinutes();
		return new Stage(key, (minutes / 60) + ":" + String.format("%02d", minutes % 60), n);
	}
}
