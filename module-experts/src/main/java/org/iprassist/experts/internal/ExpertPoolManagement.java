package org.iprassist.experts.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.iprassist.core.files.CheckedFile;
import org.iprassist.core.personaldata.IdNumbers;
import org.iprassist.core.personaldata.PersonalDataCipher;
import org.iprassist.core.security.IprUser;
import org.iprassist.core.web.BadRequestException;
import org.iprassist.core.web.ConflictException;
import org.iprassist.core.web.NotFoundException;
import org.iprassist.experts.internal.ExpertFileEntity.FileView;
import org.iprassist.experts.internal.ExpertReviewEntity.Decision;
import org.iprassist.experts.internal.ExpertReviewEntity.ReviewView;
import org.iprassist.experts.internal.ExpertStepEntity.StepView;
import org.iprassist.tenants.UnitView;
import org.springframework.data.domain.Page;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/**
 * Manages the province's expert pool on behalf of the current unit: recommendations from any unit,
 * the regional centre's decisions along the lifecycle (each recorded as a step), annual reviews
 * and the link between an expert and their login. Every call reaches the centre's schema through
 * {@link CentreSchema}, so callers must not hold a transaction.
 */
@Service
class ExpertPoolManagement {

	private static final java.util.Set<String> SORTABLE = java.util.Set.of("name", "employer", "rating", "createdAt", "status");

	private final CentreSchema centre;

	private final Experts experts;

	private final ExpertSteps steps;

	private final ExpertReviews reviews;

	private final ExpertFiles files;

	private final Consultations consultations;

	private final PersonalDataCipher cipher;

	private final Clock clock;

	ExpertPoolManagement(CentreSchema centre, Experts experts, ExpertSteps steps, ExpertReviews reviews, ExpertFiles files,
			Consultations consultations, PersonalDataCipher cipher, Clock clock) {
		this.centre = centre;
		this.experts = experts;
		this.steps = steps;
		this.reviews = reviews;
		this.files = files;
		this.consultations = consultations;
		this.cipher = cipher;
		this.clock = clock;
	}

	/**
	 * Records a recommendation by the current unit, with its supporting file if any.
	 * @throws ConflictException naming the existing entry if the ID number is already in the pool
	 */
	ExpertView recommend(ExpertForm form, CheckedFile supporting, IprUser user) {
		String unit = centre.currentUnit();
		PoolRoles.requireWorker(user, unit);
		String index = indexOf(form.idNumber());
		return centre.write(() -> {
			if (index != null) {
				experts.findByIdNumberIndex(index).ifPresent(existing -> {
					throw new ConflictException("expert.duplicate-id-number", existing.name(), existing.id());
				});
			}
			LocalDateTime now = LocalDateTime.now(clock);
			ExpertEntity expert = experts.save(new ExpertEntity(form, index, unit, now));
			steps.record(new ExpertStepEntity(expert.id(), null, ExpertStatus.RECOMMENDED, user.getUsername(), unit,
					form.reason(), now));
			if (supporting != null) {
				files.save(new ExpertFileEntity(expert.id(), supporting, now));
			}
			return expert.toView(false);
		});
	}

	/**
	 * Checks a batch of forms (an import) against the pool and each other, without saving.
	 * @return for each form, the key of the problem found, or {@code null}
	 */
	List<String> duplicatesIn(List<ExpertForm> forms) {
		List<String> indexes = forms.stream().map(form -> indexOf(form.idNumber())).toList();
		return centre.read(() -> {
			java.util.Set<String> seen = new java.util.HashSet<>();
			return indexes.stream().map(index -> {
				if (index == null) {
					return null;
				}
				if (!seen.add(index)) {
					return "import.duplicate-in-file";
				}
				return experts.findByIdNumberIndex(index).map(e -> "import.duplicate-in-pool").orElse(null);
			}).toList();
		});
	}

	/**
	 * Adds experts the regional centre imports, straight into the pool as admitted, all in one
	 * transaction.
	 */
	int importAll(List<ExpertForm> forms, IprUser user) {
		String unit = centre.currentUnit();
		PoolRoles.requireKeeper(user, centre.centre(), unit);
		return centre.write(() -> {
			LocalDateTime now = LocalDateTime.now(clock);
			for (ExpertForm form : forms) {
				String index = indexOf(form.idNumber());
				if (index != null && experts.findByIdNumberIndex(index).isPresent()) {
					throw new ConflictException("expert.duplicate-id-number", form.name(), "");
				}
				ExpertEntity expert = new ExpertEntity(form, index, unit, now);
				expert.moveTo(ExpertStatus.ADMITTED);
				experts.save(expert);
				steps.record(new ExpertStepEntity(expert.id(), null, ExpertStatus.ADMITTED, user.getUsername(), unit,
						"import", now));
			}
			return forms.size();
		});
	}

	Page<ExpertView> search(ExpertQuery query, Pageable pageable, IprUser user) {
		boolean whole = PoolRoles.seesPersonalData(user, centre.centre());
		Pageable page = PageRequest.of(pageable.getPageNumber(), Math.min(pageable.getPageSize(), 100), sortOf(pageable));
		return centre.read(() -> experts.findAll(query.toSpecification(), page).map(e -> e.toView(whole)));
	}

	/**
	 * The requested order if it names a column people sort by, else by name; never by personal data.
	 */
	private static Sort sortOf(Pageable pageable) {
		List<Sort.Order> orders = pageable.getSort()
			.stream()
			.filter(order -> SORTABLE.contains(order.getProperty()))
			.toList();
		return (orders.isEmpty() ? Sort.by("name") : Sort.by(orders)).and(Sort.by("id"));
	}

	List<ExpertView> all(ExpertQuery query, IprUser user) {
		boolean whole = PoolRoles.seesPersonalData(user, centre.centre());
		return centre.read(() -> experts.findAll(query.toSpecification(),
				org.springframework.data.domain.Sort.by("name", "id")).stream().map(e -> e.toView(whole)).toList());
	}

	/**
	 * An expert with their history, reviews and supporting files. A recommendation not yet decided is
	 * visible only to the recommending unit and the pool's keepers.
	 */
	ExpertDetail detail(UUID id, IprUser user) {
		String unit = centre.currentUnit();
		UnitView centreUnit = centre.centre();
		boolean keeper = PoolRoles.keepsPool(user, centreUnit, unit);
		boolean whole = PoolRoles.seesPersonalData(user, centreUnit);
		return centre.read(() -> {
			ExpertEntity expert = experts.findById(id).orElseThrow(() -> new NotFoundException("expert.not-found", id));
			if (!ExpertStatus.IN_POOL.contains(expert.status()) && !keeper && !expert.recommendedBy().equals(unit)) {
				throw new NotFoundException("expert.not-found", id);
			}
			return new ExpertDetail(expert.toView(whole),
					steps.findByExpertIdOrderByStepNoAsc(id).stream().map(ExpertStepEntity::toView).toList(),
					reviews.findByExpertIdOrderByYearDesc(id).stream().map(ExpertReviewEntity::toView).toList(),
					keeper || expert.recommendedBy().equals(unit)
							? files.findByOwnerIdOrderByUploadedAtAsc(id).stream().map(ExpertFileEntity::toView).toList()
							: List.of(),
					keeper);
		});
	}

	List<ExpertView> recommendationsOfCurrentUnit() {
		String unit = centre.currentUnit();
		return centre.read(() -> experts.findByRecommendedByOrderByCreatedAtDesc(unit)
			.stream()
			.map(e -> e.toView(false))
			.toList());
	}

	List<ExpertView> awaitingDecision(IprUser user) {
		PoolRoles.requireKeeper(user, centre.centre(), centre.currentUnit());
		return centre.read(() -> experts.findByStatusOrderByCreatedAtAsc(ExpertStatus.RECOMMENDED)
			.stream()
			.map(e -> e.toView(false))
			.toList());
	}

	/**
	 * Admits a nominee; unless told otherwise, they start taking work at once (admitted, then
	 * active: two steps in the history).
	 */
	ExpertView admit(UUID id, String reason, boolean activate, IprUser user) {
		ExpertView admitted = transition(id, ExpertStatus.ADMITTED, reason, user);
		return activate ? transition(id, ExpertStatus.ACTIVE, reason, user) : admitted;
	}

	ExpertView reject(UUID id, String reason, IprUser user) {
		if (reason == null || reason.isBlank()) {
			throw new BadRequestException("expert.reason-required");
		}
		return transition(id, ExpertStatus.REJECTED, reason, user);
	}

	ExpertView transition(UUID id, ExpertStatus next, String reason, IprUser user) {
		String unit = centre.currentUnit();
		boolean keeper = PoolRoles.keepsPool(user, centre.centre(), unit);
		return centre.write(() -> {
			ExpertEntity expert = keeperFinds(id, keeper);
			ExpertStatus from = expert.status();
			if (!from.canBecome(next)) {
				throw new ConflictException("expert.transition.invalid", from, next);
			}
			expert.moveTo(next);
			steps.record(new ExpertStepEntity(id, from, next, user.getUsername(), unit, reason, LocalDateTime.now(clock)));
			return expert.toView(false);
		});
	}

	ExpertView linkAccount(UUID id, String username, IprUser user) {
		boolean keeper = PoolRoles.keepsPool(user, centre.centre(), centre.currentUnit());
		return centre.write(() -> {
			ExpertEntity expert = keeperFinds(id, keeper);
			if (username != null && !username.isBlank()) {
				experts.findByAccountUsername(username.strip())
					.filter(other -> !other.id().equals(id))
					.ifPresent(other -> {
						throw new ConflictException("expert.account-taken", username, other.name());
					});
			}
			expert.linkAccount(username);
			return expert.toView(false);
		});
	}

	/**
	 * The annual review: counts the consultations the expert answered in the year and their average
	 * rating, records the decision, and suspends or retires the expert if that is the decision.
	 */
	ReviewView review(UUID id, int year, Decision decision, String note, IprUser user) {
		String unit = centre.currentUnit();
		boolean keeper = PoolRoles.keepsPool(user, centre.centre(), unit);
		if (year < 2000 || year > LocalDateTime.now(clock).getYear()) {
			throw new BadRequestException("review.year.invalid", year);
		}
		return centre.write(() -> {
			ExpertEntity expert = keeperFinds(id, keeper);
			if (reviews.existsByExpertIdAndYear(id, year)) {
				throw new ConflictException("review.exists", expert.name(), year);
			}
			Object[] figures = consultations
				.servicesBetween(id, LocalDateTime.of(year, 1, 1, 0, 0), LocalDateTime.of(year + 1, 1, 1, 0, 0))
				.get(0);
			int services = ((Number) figures[0]).intValue();
			BigDecimal average = figures[1] == null ? null
					: BigDecimal.valueOf(((Number) figures[1]).doubleValue()).setScale(2, RoundingMode.HALF_UP);
			LocalDateTime now = LocalDateTime.now(clock);
			ExpertStatus next = switch (decision) {
				case KEEP -> null;
				case SUSPEND -> ExpertStatus.SUSPENDED;
				case RETIRE -> ExpertStatus.RETIRED;
			};
			if (next != null && next != expert.status()) {
				if (!expert.status().canBecome(next)) {
					throw new ConflictException("expert.transition.invalid", expert.status(), next);
				}
				steps.record(new ExpertStepEntity(id, expert.status(), next, user.getUsername(), unit, note, now));
				expert.moveTo(next);
			}
			return reviews.save(new ExpertReviewEntity(id, year, services, average, decision, note, user.getUsername(), now))
				.toView();
		});
	}

	/**
	 * The content of a recommendation's supporting file, for the recommending unit and the keepers only.
	 */
	ExpertFileEntity supportingFile(UUID expertId, UUID fileId, IprUser user) {
		List<UUID> visible = detail(expertId, user).files().stream().map(FileView::id).toList();
		return centre.read(() -> {
			ExpertFileEntity file = files.findById(fileId)
				.filter(f -> f.ownerId().equals(expertId) && visible.contains(f.toView().id()))
				.orElseThrow(() -> new NotFoundException("file.not-found", fileId));
			file.content();
			return file;
		});
	}

	/**
	 * Finds an expert for a keeper's decision: an unknown id is not found for anyone, so that ids
	 * from elsewhere reveal nothing; a known one is refused to anyone but a keeper.
	 */
	private ExpertEntity keeperFinds(UUID id, boolean keeper) {
		ExpertEntity expert = experts.findById(id).orElseThrow(() -> new NotFoundException("expert.not-found", id));
		if (!keeper) {
			throw new AccessDeniedException("Only the regional centre keeps the pool");
		}
		return expert;
	}

	private String indexOf(String idNumber) {
		return idNumber == null || idNumber.isBlank() ? null : cipher.blindIndex(IdNumbers.normalise(idNumber));
	}

	/**
	 * An expert's page: the entry, its lifecycle steps, annual reviews and supporting files.
	 *
	 * @param keeper whether the viewer keeps the pool (may take decisions)
	 */
	public record ExpertDetail(ExpertView expert, List<StepView> steps, List<ReviewView> reviews, List<FileView> files,
			boolean keeper) {
	}
}
