package org.iprassist.cases.internal;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.iprassist.experts.Candidate;
import org.iprassist.experts.ConsultationRequest;
import org.iprassist.experts.ConsultationView;
import org.iprassist.experts.ExpertsApi;
import org.iprassist.experts.MatchRequest;
import org.iprassist.experts.Matching;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A stand-in for the expert pool in the module's tests, preferred over the real pool that the
 * direct-dependencies bootstrap also starts: one candidate, and every request recorded.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StubExperts {

	public static final UUID EXPERT = UUID.fromString("00000000-0000-0000-0000-0000000000e1");

	@Bean
	@Primary
	Recorder expertsApi() {
		return new Recorder();
	}

	/** Records consultation requests; answers nothing by itself. */
	public static class Recorder implements ExpertsApi {

		public final List<ConsultationRequest> requests = new CopyOnWriteArrayList<>();

		@Override
		public Matching match(MatchRequest request) {
			return new Matching(List.of(new Candidate(EXPERT, "王专家", "教授", "广西大学", true, 0, new java.math.BigDecimal("4.5"))), List.of());
		}

		@Override
		public List<UUID> requestConsultation(ConsultationRequest request) {
			requests.add(request);
			return request.expertIds().stream().map(id -> UUID.randomUUID()).toList();
		}

		@Override
		public List<ConsultationView> consultationsOn(String matterReference) {
			return List.of();
		}
	}
}
