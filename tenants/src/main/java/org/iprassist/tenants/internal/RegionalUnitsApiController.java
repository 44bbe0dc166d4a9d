package org.iprassist.tenants.internal;

import jakarta.validation.Valid;

import org.iprassist.core.web.PageResponse;
import org.iprassist.tenants.UnitDirectory;
import org.iprassist.tenants.UnitView;
import org.springframework.data.domain.Pageable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A province's units over the API, for its regional admins.
 */
@RestController
@RequestMapping("/api/v1/r/{province}/units")
class RegionalUnitsApiController {

	private final UnitDirectory directory;

	private final UnitManagement management;

	RegionalUnitsApiController(UnitDirectory directory, UnitManagement management) {
		this.directory = directory;
		this.management = management;
	}

	@GetMapping
	PageResponse<UnitView> units(@PathVariable String province, Pageable pageable) {
		return UnitsApiController.page(directory.ofProvince(province), pageable);
	}

	@PostMapping("/{code}/establishment")
	UnitView establish(@PathVariable String province, @PathVariable String code,
			@Valid @RequestBody EstablishmentFacts facts) {
		return management.establish(province, code, facts);
	}
}
