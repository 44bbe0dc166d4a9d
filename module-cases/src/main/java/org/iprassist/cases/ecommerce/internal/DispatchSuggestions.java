package org.iprassist.cases.ecommerce.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.iprassist.cases.ecommerce.internal.EcommerceViews.Conflict;
import org.iprassist.cases.ecommerce.internal.EcommerceViews.Suggestion;
import org.iprassist.experts.ExpertsApi;
import org.iprassist.experts.MatchRequest;
import org.iprassist.experts.RightType;
import org.iprassist.tenants.UnitView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What the dispatch page suggests: the province's sub-centres, those in the shop's city first, then
 * by how many cases they already hold from the centre; and the experts the expert pool would
 * exclude for a conflict with the right holder or the complained party, so the admin sees them
 * before choosing. Without an expert pool in the application the page says so instead.
 */
@Component
class DispatchSuggestions {

	private static final Logger log = LoggerFactory.getLogger(DispatchSuggestions.class);

	private final EcommerceUnits units;

	private final EcommerceCases cases;

	private final ObjectProvider<ExpertsApi> experts;

	DispatchSuggestions(EcommerceUnits units, EcommerceCases cases, ObjectProvider<ExpertsApi> experts) {
		this.units = units;
		this.cases = cases;
		this.experts = experts;
	}

	List<Suggestion> suggest(UnitView centre, EcommerceCase c) {
		return units.subCentres(centre.provinceCode())
			.stream()
			.map(u -> new Suggestion(u.code(), u.name(), u.city(), u.lifecycle().name(), cases.openAssignedTo(u.code()),
					c.shopCity() != null && u.city() != null && u.city().startsWith(c.shopCity().replace("市", ""))))
			.sorted(Comparator.comparing(Suggestion::sameCity).reversed().thenComparingLong(Suggestion::load))
			.toList();
	}

	/**
	 * @return the conflicts found, or {@code null} when the expert pool could not be asked
	 */
	List<Conflict> conflicts(EcommerceCase c) {
		ExpertsApi api = experts.getIfAvailable();
		if (api == null) {
			return null;
		}
		try {
			return api.match(new MatchRequest(RightType.PATENT, "", List.of(c.rightHolder(), c.complainedParty()), 20))
				.exclusions()
				.stream()
				.filter(Objects::nonNull)
				.map(e -> new Conflict(e.name(), e.organisation(), e.party(), e.reason()))
				.toList();
		}
		catch (RuntimeException ex) {
			log.warn("The expert pool could not check conflicts", ex);
			return null;
		}
	}
}
