package org.iprassist.cases.internal.complaints;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.iprassist.core.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The market-regulation bureaus a unit transfers complaints to, kept by the unit itself. Lists
 * show contact phones masked; only a single bureau, opened for editing, shows its phone whole.
 */
@Service
public class BureauManagement {

	private final Bureaus bureaus;

	private final Clock clock;

	BureauManagement(Bureaus bureaus, Clock clock) {
		this.bureaus = bureaus;
		this.clock = clock;
	}

	/**
	 * @return every bureau, active ones first, phones masked
	 */
	@Transactional(readOnly = true)
	public List<BureauView> all() {
		return bureaus.findAllByOrderByActiveDescCityAscNameAsc().stream().map(b -> b.toView().masked()).toList();
	}

	/**
	 * @return the bureaus offered for a transfer, phones masked
	 */
	@Transactional(readOnly = true)
	public List<BureauView> active() {
		return bureaus.findByActiveTrueOrderByCityAscNameAsc().stream().map(b -> b.toView().masked()).toList();
	}

	@Transactional(readOnly = true)
	public BureauView one(UUID id) {
		return find(id).toView();
	}

	@Transactional
	public BureauView add(BureauForm form) {
		return bureaus.save(new BureauEntity(form, LocalDateTime.now(clock))).toView();
	}

	@Transactional
	public BureauView update(UUID id, BureauForm form) {
		BureauEntity bureau = find(id);
		bureau.update(form);
		return bureau.toView();
	}

	@Transactional
	public BureauView deactivate(UUID id) {
		BureauEntity bureau = find(id);
		bureau.deactivate();
		return bureau.toView();
	}

	BureauEntity find(UUID id) {
		return bureaus.findById(id).orElseThrow(() -> new NotFoundException("error.bureau.not-found"));
	}
}
