package org.iprassist.documents.internal;

import org.iprassist.core.files.AllowedType;
import org.iprassist.core.files.Uploads;
import org.iprassist.core.security.IprUser;
import org.iprassist.core.security.Role;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The unit's seal image (the drawn default, replaceable by the unit admin with a PNG scan of the
 * real seal), shown on the bureau directory page.
 */
@Controller
@RequestMapping("/t/{unit}")
class UnitSealPagesController {

	private final UnitSealManagement seals;

	private final Uploads uploads;

	UnitSealPagesController(UnitSealManagement seals, Uploads uploads) {
		this.seals = seals;
		this.uploads = uploads;
	}

	@GetMapping("/seal")
	ResponseEntity<byte[]> seal(@PathVariable String unit) {
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.cacheControl(CacheControl.noStore())
			.body(seals.sealOf().image());
	}

	@PostMapping("/seal")
	String replaceSeal(@PathVariable String unit, @AuthenticationPrincipal IprUser user,
			@RequestParam(name = "file", required = false) MultipartFile file) {
		if (!user.hasUnitRole(unit, Role.UNIT_ADMIN)) {
			throw new AccessDeniedException("Only the unit admin replaces the seal");
		}
		seals.replaceImage(UnitSealManagement.requirePng(uploads.check(file, AllowedType.IMAGES)));
		return "redirect:/t/" + unit + "/bureaus";
	}
}
