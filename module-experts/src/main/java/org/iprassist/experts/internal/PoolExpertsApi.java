package org.iprassist.experts.internal;

import java.util.List;
import java.util.UUID;

import org.iprassist.experts.ConsultationRequest;
import org.iprassist.experts.ConsultationView;
import org.iprassist.experts.ExpertsApi;
import org.iprassist.experts.MatchRequest;
import org.iprassist.experts.Matching;
import org.springframework.stereotype.Component;

/**
 * {@link ExpertsApi} over the province's pool: delegates to matching and the consultation desk,
 * which reach the regional centre's schema themselves. Consultations asked by another module are
 * recorded as requested by that module on behalf of the current unit.
 */
@Component
class PoolExpertsApi implements ExpertsApi {

	static final String REQUESTED_BY_MODULE = "module";

	private final ExpertMatching matching;

	private final ConsultationManagement desk;

	PoolExpertsApi(ExpertMatching matching, ConsultationManagement desk) {
		this.matching = matching;
		this.desk = desk;
	}

	@Override
	public Matching match(MatchRequest request) {
		return matching.match(request);
	}

	@Override
	public List<UUID> requestConsultation(ConsultationRequest request) {
		return desk.request(request, REQUESTED_BY_MODULE);
	}

	@Override
	public List<ConsultationView> consultationsOn(String matterReference) {
		return desk.on(matterReference);
	}
}
