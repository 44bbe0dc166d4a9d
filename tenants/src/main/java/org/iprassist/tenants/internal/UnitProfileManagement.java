package org.iprassist.tenants.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.UUID;

import org.iprassist.core.tenancy.Tenancy;
import org.iprassist.core.tenancy.TenantDescriptor;
import org.iprassist.core.web.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current unit's profile and staff roster. Runs in the unit's own schema: callers are inside a
 * tenant (a {@code /t/{unit}/} request or {@code TenantWork}).
 */
@Service
class UnitProfileManagement {

	private final UnitProfiles profiles;

	private final StaffRoster roster;

	private final Clock clock;

	UnitProfileManagement(UnitProfiles profiles, StaffRoster roster, Clock clock) {
		this.profiles = profiles;
		this.roster = roster;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public ProfileView profile() {
		return profiles.findById(UnitProfileEntity.THE_PROFILE).orElseGet(UnitProfileEntity::empty).toView();
	}

	@Transactional
	public ProfileView update(ProfileForm form, String by) {
		UnitProfileEntity profile = profiles.findById(UnitProfileEntity.THE_PROFILE)
			.orElseGet(UnitProfileEntity::empty);
		profile.update(form, currentUnit(), by, now());
		return profiles.save(profile).toView();
	}

	@Transactional(readOnly = true)
	public Page<StaffView> staff(Pageable pageable) {
		return roster.findAllByOrderByNameAscIdAsc(pageable).map(StaffMemberEntity::toView);
	}

	@Transactional(readOnly = true)
	public StaffView staffMember(UUID id) {
		return roster.findById(id).map(StaffMemberEntity::toView).orElseThrow(StaffMemberNotFound::new);
	}

	@Transactional
	public StaffView addStaff(StaffForm form) {
		return roster.save(new StaffMemberEntity(form, now())).toView();
	}

	@Transactional
	public StaffView updateStaff(UUID id, StaffForm form) {
		StaffMemberEntity member = roster.findById(id).orElseThrow(StaffMemberNotFound::new);
		member.update(form);
		return member.toView();
	}

	@Transactional
	public void removeStaff(UUID id) {
		StaffMemberEntity member = roster.findById(id).orElseThrow(StaffMemberNotFound::new);
		roster.delete(member);
	}

	private LocalDateTime now() {
		return LocalDateTime.now(clock);
	}

	private static String currentUnit() {
		return Tenancy.current()
			.map(TenantDescriptor::code)
			.map(Object::toString)
			.orElseThrow(() -> new IllegalStateException("A unit profile is only changed inside a unit"));
	}

	static final class StaffMemberNotFound extends NotFoundException {

		StaffMemberNotFound() {
			super("error.staff.not-found");
		}
	}
}
