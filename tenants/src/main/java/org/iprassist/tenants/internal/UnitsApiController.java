package org.iprassist.tenants.internal;

import java.util.List;

import org.iprassist.core.security.IprUser;
import org.iprassist.core.web.PageResponse;
import org.iprassist.tenants.UnitDirectory;
import org.iprassist.tenants.UnitView;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The units the caller may enter.
 */
@RestController
class UnitsApiController {

	private final UnitDirectory directory;

	UnitsApiController(UnitDirectory directory) {
		this.directory = directory;
	}

	@GetMapping("/api/v1/units")
	PageResponse<UnitView> units(@AuthenticationPrincipal IprUser user, Pageable pageable) {
		return page(directory.enterableBy(user), pageable);
	}

	static <T> PageResponse<T> page(List<T> all, Pageable pageable) {
		int from = (int) Math.min(pageable.getOffset(), all.size());
		int to = Math.min(from + pageable.getPageSize(), all.size());
		return PageResponse.of(new PageImpl<>(all.subList(from, to), pageable, all.size()));
	}
}
