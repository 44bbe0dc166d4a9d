package org.iprassist.tenants.internal;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;

import org.iprassist.core.security.IprUser;
import org.iprassist.core.web.PageResponse;
import org.iprassist.tenants.UnitDirectory;
import org.iprassist.tenants.UnitView;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A unit's profile and staff roster over the API. Reading needs membership (or a regional admin
 * of the province); changing needs the unit admin role.
 */
@RestController
@RequestMapping("/api/v1/t/{unit}")
class UnitProfileApiController {

	private final UnitDirectory directory;

	private final UnitProfileManagement profiles;

	UnitProfileApiController(UnitDirectory directory, UnitProfileManagement profiles) {
		this.directory = directory;
		this.profiles = profiles;
	}

	@GetMapping("/profile")
	UnitProfileResponse profile(@PathVariable String unit) {
		UnitView view = directory.find(unit).orElseThrow();
		return new UnitProfileResponse(view, profiles.profile());
	}

	@PutMapping("/profile")
	UnitProfileResponse updateProfile(@PathVariable String unit, @AuthenticationPrincipal IprUser user,
			@Valid @RequestBody ProfileForm form) {
		UnitPortalController.requireUnitAdmin(user, unit);
		ProfileView updated = profiles.update(form, user.getUsername());
		return new UnitProfileResponse(directory.find(unit).orElseThrow(), updated);
	}

	@GetMapping("/staff")
	PageResponse<StaffView> staff(@PathVariable String unit, Pageable pageable) {
		return PageResponse.of(profiles.staff(pageable));
	}

	@PostMapping("/staff")
	ResponseEntity<StaffView> addStaff(@PathVariable String unit, @AuthenticationPrincipal IprUser user,
			@Valid @RequestBody StaffForm form) {
		UnitPortalController.requireUnitAdmin(user, unit);
		StaffView added = profiles.addStaff(form);
		return ResponseEntity.created(URI.create("/api/v1/t/" + unit + "/staff/" + added.id())).body(added);
	}

	@GetMapping("/staff/{staffId}")
	StaffView staffMember(@PathVariable String unit, @PathVariable UUID staffId) {
		return profiles.staffMember(staffId);
	}

	@PutMapping("/staff/{staffId}")
	StaffView updateStaff(@PathVariable String unit, @PathVariable UUID staffId,
			@AuthenticationPrincipal IprUser user, @Valid @RequestBody StaffForm form) {
		UnitPortalController.requireUnitAdmin(user, unit);
		return profiles.updateStaff(staffId, form);
	}

	@DeleteMapping("/staff/{staffId}")
	ResponseEntity<Void> removeStaff(@PathVariable String unit, @PathVariable UUID staffId,
			@AuthenticationPrincipal IprUser user) {
		UnitPortalController.requireUnitAdmin(user, unit);
		profiles.removeStaff(staffId);
		return ResponseEntity.noContent().build();
	}

	/**
	 * The unit as the tenant store knows it, with its own profile.
	 */
	record UnitProfileResponse(UnitView unit, ProfileView profile) {
	}
}
