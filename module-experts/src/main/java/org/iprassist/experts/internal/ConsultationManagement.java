package org.iprassist.experts.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.iprassist.core.files.CheckedFile;
import org.iprassist.core.security.IprUser;
import org.iprassist.core.web.BadRequestException;
import org.iprassist.core.web.NotFoundException;
import org.iprassist.experts.ConsultationAnswered;
import org.iprassist.experts.ConsultationDeclined;
import org.iprassist.experts.ConsultationRequest;
import org.iprassist.experts.ConsultationRequested;
import org.iprassist.experts.ConsultationView;
import org.iprassist.experts.internal.ExpertFileEntity.FileView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * Consultations between the units of a province and the experts of its pool: a unit asks, the
 * expert answers (with files) or declines, the unit rates the answer. Rows live in the regional
 * centre's schema and carry the asking unit; events are published there and name the asking unit,
 * so the module owning the matter can react without this one knowing it.
 */
@Service
class ConsultationManagement {

	private static final int MAX_EXPERTS = 20;

	private final CentreSchema centre;

	private final Consultations consultations;

	private final Experts experts;

	private final ExpertFiles files;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ConsultationManagement(CentreSchema centre, Consultations consultations, Experts experts, ExpertFiles files,
			ApplicationEventPublisher events, Clock clock) {
		this.centre = centre;
		this.consultations = consultations;
		this.experts = experts;
		this.files = files;
		this.events = events;
		this.clock = clock;
	}

	List<UUID> request(ConsultationRequest request, String requestedBy) {
		validate(request);
		String unit = centre.currentUnit();
		return centre.write(() -> {
			LocalDateTime now = LocalDateTime.now(clock);
			List<UUID> ids = new ArrayList<>();
			for (UUID expertId : request.expertIds().stream().distinct().toList()) {
				ExpertEntity expert = experts.findById(expertId)
					.orElseThrow(() -> new NotFoundException("expert.not-found", expertId));
				if (expert.status() != ExpertStatus.ACTIVE) {
					throw new BadRequestException("consultation.expert-not-active", expert.name());
				}
				ConsultationEntity consultation = consultations.save(new ConsultationEntity(unit,
						request.matterReference().strip(), request.question().strip(), request.dueDate(), expertId,
						requestedBy, now));
				events.publishEvent(new ConsultationRequested(unit, consultation.id(), consultation.matterReference(),
						expertId, consultation.requestedInstant(clock.getZone())));
				ids.add(consultation.id());
			}
			return ids;
		});
	}

	private void validate(ConsultationRequest request) {
		if (request == null || blank(request.matterReference()) || request.matterReference().length() > 100
				|| blank(request.question()) || request.question().length() > 4000 || request.expertIds() == null
				|| request.expertIds().isEmpty() || request.expertIds().size() > MAX_EXPERTS
				|| request.expertIds().stream().anyMatch(java.util.Objects::isNull)) {
			throw new BadRequestException("consultation.request.invalid");
		}
		if (request.dueDate() != null && request.dueDate().isBefore(LocalDateTime.now(clock).toLocalDate())) {
			throw new BadRequestException("consultation.due-date.past");
		}
	}

	List<ConsultationView> on(String matterReference) {
		String unit = centre.currentUnit();
		return centre.read(() -> withNames(
				consultations.findByUnitCodeAndMatterReferenceOrderByRequestedAtDesc(unit, matterReference)));
	}

	Page<ConsultationView> ofCurrentUnit(Pageable pageable) {
		String unit = centre.currentUnit();
		return centre.read(() -> {
			Page<ConsultationEntity> page = consultations.findByUnitCodeOrderByRequestedAtDesc(unit,
					PageRequest.of(pageable.getPageNumber(), Math.min(pageable.getPageSize(), 100)));
			List<ConsultationView> views = withNames(page.getContent());
			return page.map(c -> views.get(page.getContent().indexOf(c)));
		});
	}

	/**
	 * A consultation of the current unit, with its answer files.
	 */
	ConsultationDetail ofUnit(UUID id) {
		String unit = centre.currentUnit();
		return centre.read(() -> detail(consultations.findById(id)
			.filter(c -> c.unitCode().equals(unit))
			.orElseThrow(() -> new NotFoundException("consultation.not-found", id))));
	}

	void rate(UUID id, int score, IprUser user) {
		String unit = centre.currentUnit();
		if (score < 1 || score > 5) {
			throw new BadRequestException("consultation.rating.invalid");
		}
		centre.write(() -> {
			ConsultationEntity consultation = consultations.findById(id)
				.filter(c -> c.unitCode().equals(unit))
				.orElseThrow(() -> new NotFoundException("consultation.not-found", id));
			PoolRoles.requireWorker(user, unit);
			consultation.rate(score);
			consultations.flush();
			Double average = consultations.averageRating(consultation.expertId());
			experts.findById(consultation.expertId())
				.ifPresent(e -> e.rate(BigDecimal.valueOf(average).setScale(2, RoundingMode.HALF_UP)));
			return null;
		});
	}

	/**
	 * @return the consultations addressed to the expert linked to this login, newest first
	 */
	List<ConsultationView> mine(IprUser user) {
		return centre.read(() -> experts.findByAccountUsername(user.getUsername())
			.map(expert -> consultations.findByExpertIdOrderByRequestedAtDesc(expert.id())
				.stream()
				.map(c -> c.toView(expert.name(), clock.getZone()))
				.toList())
			.orElse(List.of()));
	}

	ConsultationDetail mineOne(UUID id, IprUser user) {
		return centre.read(() -> detail(own(id, user)));
	}

	ConsultationView answer(UUID id, String text, List<CheckedFile> attachments, IprUser user) {
		if (blank(text) || text.length() > 8000) {
			throw new BadRequestException("consultation.answer.invalid");
		}
		return centre.write(() -> {
			ConsultationEntity consultation = own(id, user);
			LocalDateTime now = LocalDateTime.now(clock);
			consultation.answer(text, now);
			attachments.forEach(file -> files.save(new ExpertFileEntity(id, file, now)));
			events.publishEvent(new ConsultationAnswered(consultation.unitCode(), id, consultation.matterReference(),
					consultation.expertId(), consultation.respondedInstant(clock.getZone())));
			return consultation.toView(nameOf(consultation.expertId()), clock.getZone());
		});
	}

	ConsultationView decline(UUID id, String reason, IprUser user) {
		if (blank(reason) || reason.length() > 1000) {
			throw new BadRequestException("consultation.decline.reason-required");
		}
		return centre.write(() -> {
			ConsultationEntity consultation = own(id, user);
			consultation.decline(reason, LocalDateTime.now(clock));
			events.publishEvent(new ConsultationDeclined(consultation.unitCode(), id, consultation.matterReference(),
					consultation.expertId(), consultation.respondedInstant(clock.getZone())));
			return consultation.toView(nameOf(consultation.expertId()), clock.getZone());
		});
	}

	/**
	 * A file of a consultation, for the asking unit or the expert it was addressed to.
	 */
	ExpertFileEntity file(UUID consultationId, UUID fileId, IprUser user) {
		String unit = centre.currentUnit();
		return centre.read(() -> {
			ConsultationEntity consultation = consultations.findById(consultationId)
				.orElseThrow(() -> new NotFoundException("consultation.not-found", consultationId));
			boolean asker = consultation.unitCode().equals(unit) && PoolRoles.worksIn(user, unit);
			if (!asker) {
				own(consultationId, user);
			}
			ExpertFileEntity file = files.findById(fileId)
				.filter(f -> f.ownerId().equals(consultationId))
				.orElseThrow(() -> new NotFoundException("file.not-found", fileId));
			file.content();
			return file;
		});
	}

	private ConsultationEntity own(UUID id, IprUser user) {
		UUID expertId = experts.findByAccountUsername(user.getUsername())
			.map(ExpertEntity::id)
			.orElseThrow(() -> new NotFoundException("consultation.not-found", id));
		return consultations.findById(id)
			.filter(c -> c.expertId().equals(expertId))
			.orElseThrow(() -> new NotFoundException("consultation.not-found", id));
	}

	private ConsultationDetail detail(ConsultationEntity consultation) {
		List<FileView> attached = files.findByOwnerIdOrderByUploadedAtAsc(consultation.id())
			.stream()
			.map(ExpertFileEntity::toView)
			.toList();
		return new ConsultationDetail(consultation.toView(nameOf(consultation.expertId()), clock.getZone()), consultation.rating(),
				attached);
	}

	private String nameOf(UUID expertId) {
		return experts.findById(expertId).map(ExpertEntity::name).orElse("?");
	}

	private List<ConsultationView> withNames(List<ConsultationEntity> rows) {
		Map<UUID, String> names = experts.findByIdIn(rows.stream().map(ConsultationEntity::expertId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(ExpertEntity::id, ExpertEntity::name));
		return rows.stream().map(c -> c.toView(names.getOrDefault(c.expertId(), "?"), clock.getZone())).toList();
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	/**
	 * A consultation with its rating and answer files.
	 */
	public record ConsultationDetail(ConsultationView consultation, Integer rating, List<FileView> files) {
	}
}
