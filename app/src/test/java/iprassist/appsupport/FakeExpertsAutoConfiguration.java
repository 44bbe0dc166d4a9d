package iprassist.appsupport;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.iprassist.experts.Candidate;
import org.iprassist.experts.ConsultationRequest;
import org.iprassist.experts.ConsultationStatus;
import org.iprassist.experts.ConsultationView;
import org.iprassist.experts.ExpertsApi;
import org.iprassist.experts.MatchRequest;
import org.iprassist.experts.Matching;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * TEST ONLY. A stand-in expert pool for the application's tests while {@code module-experts} has no
 * implementation of {@link ExpertsApi} on this branch. Registered as a test auto-configuration, so it
 * is considered after every application bean and steps aside as soon as the real one exists. It
 * offers two experts and remembers requested consultations in memory, answering none.
 */
@AutoConfiguration
public class FakeExpertsAutoConfiguration {

	public static final UUID EXPERT_WANG = UUID.fromString("00000000-0000-0000-0000-00000000e001");

	public static final UUID EXPERT_LI = UUID.fromString("00000000-0000-0000-0000-00000000e002");

	@Bean
	@ConditionalOnMissingBean(ExpertsApi.class)
	ExpertsApi fakeExpertsApi() {
		return new FakeExperts();
	}

	/** In-memory consultations, keyed by id. */
	static final class FakeExperts implements ExpertsApi {

		private final Map<UUID, ConsultationView> consultations = new ConcurrentHashMap<>();

		@Override
		public Matching match(MatchRequest request) {
			return new Matching(List.of(
					new Candidate(EXPERT_WANG, "王明（测试专家）", "研究员", "广西知识产权研究院", true, 0, new BigDecimal("4.8")),
					new Candidate(EXPERT_LI, "李华（测试专家）", "律师", "广西某律师事务所", true, 1, new BigDecimal("4.5"))),
					List.of());
		}

		@Override
		public List<UUID> requestConsultation(ConsultationRequest request) {
			return request.expertIds().stream().map(expertId -> {
				UUID id = UUID.randomUUID();
				consultations.put(id, new ConsultationView(id, org.iprassist.core.tenancy.Tenancy.current().map(t -> t.code().toString()).orElse(""), request.matterReference(), request.question(),
						request.dueDate(), expertId, expertId.equals(EXPERT_WANG) ? "王明（测试专家）" : "李华（测试专家）",
						ConsultationStatus.REQUESTED, null, Instant.now(), null));
				return id;
			}).toList();
		}

		@Override
		public List<ConsultationView> consultationsOn(String matterReference) {
			return consultations.values()
				.stream()
				.filter(view -> view.matterReference().equals(matterReference))
				.toList();
		}
	}
}
