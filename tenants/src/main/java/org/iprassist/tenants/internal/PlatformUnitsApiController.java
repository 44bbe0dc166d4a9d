package org.iprassist.tenants.internal;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import org.iprassist.core.web.PageResponse;
import org.iprassist.tenants.UnitView;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Onboarding over the API. Registering a unit answers 202 with the unit's status URL; provisioning
 * goes on in the background until the status says {@code READY} or {@code FAILED}, and a failed
 * unit is retried with {@code POST …/provisioning}.
 */
@RestController
@RequestMapping("/api/v1/platform/units")
class PlatformUnitsApiController {

	private final ProvisioningManagement provisioning;

	private final AccountManagement accounts;

	PlatformUnitsApiController(ProvisioningManagement provisioning, AccountManagement accounts) {
		this.provisioning = provisioning;
		this.accounts = accounts;
	}

	@GetMapping
	PageResponse<UnitView> units(Pageable pageable) {
		return UnitsApiController.page(provisioning.allUnits(), pageable);
	}

	@PostMapping
	ResponseEntity<UnitView> register(@Valid @RequestBody NewUnit unit) {
		UnitView registered = provisioning.register(unit);
		provisioning.provisionLater(registered.code());
		return ResponseEntity.accepted().location(URI.create("/api/v1/platform/units/" + registered.code())).body(registered);
	}

	@GetMapping("/{code}")
	UnitView unit(@PathVariable String code) {
		return provisioning.unit(code);
	}

	@PostMapping("/{code}/provisioning")
	ResponseEntity<UnitView> retry(@PathVariable String code) {
		UnitView unit = unit(code);
		provisioning.provisionLater(code);
		return ResponseEntity.accepted().location(URI.create("/api/v1/platform/units/" + code)).body(unit);
	}

	@PostMapping("/{code}/admins")
	ResponseEntity<Map<String, Object>> addAdmin(@PathVariable String code, @Valid @RequestBody NewUnitAdmin admin) {
		UnitView unit = unit(code);
		UUID id = accounts.createUnitAdmin(unit.code(), admin);
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(Map.of("id", id, "username", admin.username(), "unitCode", unit.code()));
	}
}
