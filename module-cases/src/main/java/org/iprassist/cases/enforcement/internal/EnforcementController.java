package org.iprassist.cases.enforcement.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.iprassist.core.files.AllowedType;
import org.iprassist.core.files.CheckedFile;
import org.iprassist.core.files.Uploads;
import org.iprassist.core.security.IprUser;
import org.iprassist.core.web.PortalLink;
import org.iprassist.core.web.ProblemException;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A unit's assistance to patent administrative enforcement: bureaus' inspection requests and their
 * records with photos.
 */
@Controller
@RequestMapping("/t/{unit}/enforcement")
class EnforcementController {

	static final int MAX_PHOTOS = 10;

	private final InspectionManagement inspections;

	private final Uploads uploads;

	private final MessageSource messages;

	EnforcementController(InspectionManagement inspections, Uploads uploads, MessageSource messages) {
		this.inspections = inspections;
		this.uploads = uploads;
		this.messages = messages;
	}

	@GetMapping({ "", "/" })
	String overview(@PathVariable String unit, Model model) {
		model.addAttribute("unitCode", unit);
		model.addAttribute("inspections", inspections.list());
		return "enforcement/overview";
	}

	@PostMapping("/inspections")
	String request(@PathVariable String unit, @Valid @ModelAttribute InspectionRequest request, BindingResult errors,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			redirect.addFlashAttribute("error", text("inspection.request.invalid"));
			return "redirect:/t/" + unit + "/enforcement";
		}
		return "redirect:/t/" + unit + "/enforcement/inspections/" + inspections.request(request);
	}

	@GetMapping("/inspections/{inspectionId}")
	String inspection(@PathVariable String unit, @PathVariable UUID inspectionId, Model model) {
		model.addAttribute("unitCode", unit);
		model.addAttribute("inspection", inspections.find(inspectionId));
		model.addAttribute("photoIds", inspections.photoIds(inspectionId));
		return "enforcement/inspection";
	}

	@PostMapping("/inspections/{inspectionId}/record")
	String record(@PathVariable String unit, @PathVariable UUID inspectionId, @Valid @ModelAttribute InspectionRecord record,
			BindingResult errors, @RequestParam(name = "photos", required = false) List<MultipartFile> photos,
			@AuthenticationPrincipal IprUser user, RedirectAttributes redirect) {
		inspections.find(inspectionId);
		String back = "redirect:/t/" + unit + "/enforcement/inspections/" + inspectionId;
		if (errors.hasErrors()) {
			redirect.addFlashAttribute("error", text("inspection.record.invalid"));
			return back;
		}
		try {
			List<CheckedFile> checked = new ArrayList<>();
			for (MultipartFile photo : photos == null ? List.<MultipartFile>of() : photos) {
				if (!photo.isEmpty()) {
					checked.add(uploads.check(photo, EnumSet.of(AllowedType.JPEG, AllowedType.PNG)));
				}
			}
			if (checked.size() > MAX_PHOTOS) {
				redirect.addFlashAttribute("error", text("inspection.photos.too-many", MAX_PHOTOS));
				return back;
			}
			inspections.record(unit, inspectionId, record, checked, user.getUsername());
			redirect.addFlashAttribute("saved", true);
		}
		catch (ProblemException ex) {
			redirect.addFlashAttribute("error", ex.localizedMessage(messages));
		}
		return back;
	}

	@GetMapping("/inspections/{inspectionId}/photos/{photoId}")
	ResponseEntity<byte[]> photo(@PathVariable String unit, @PathVariable UUID inspectionId, @PathVariable UUID photoId) {
		InspectionManagement.Photo photo = inspections.photo(inspectionId, photoId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(photo.mediaType()))
			.header("X-Content-Type-Options", "nosniff")
			.body(photo.content());
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

	/** Enforcement assistance in the unit portal's menu. */
	@Configuration(proxyBeanMethods = false)
	static class Menu {

		@Bean
		PortalLink enforcementLink() {
			return new PortalLink(PortalLink.Area.UNIT, "nav.enforcement", "enforcement", 42);
		}
	}
}
