package org.iprassist.enterprise.internal;

import jakarta.validation.Valid;

import org.iprassist.core.security.IprUser;
import org.iprassist.core.web.PortalLink;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The through-train service items (直通车服务) a unit gave enterprises: logged on one page of the
 * unit portal. An enterprise service, not casework, so it lives here and not beside the
 * enforcement assistance it used to share a page with.
 */
@Controller
@RequestMapping("/t/{unit}/enterprise/through-train")
class ThroughTrainController {

	private final ThroughTrainServiceManagement throughTrain;

	private final MessageSource messages;

	ThroughTrainController(ThroughTrainServiceManagement throughTrain, MessageSource messages) {
		this.throughTrain = throughTrain;
		this.messages = messages;
	}

	@GetMapping({ "", "/" })
	String services(@PathVariable String unit, Model model) {
		model.addAttribute("unitCode", unit);
		model.addAttribute("services", throughTrain.list());
		return "enterprise/through-train";
	}

	@PostMapping({ "", "/" })
	String logService(@PathVariable String unit, @Valid @ModelAttribute ThroughTrainItem item, BindingResult errors,
			@AuthenticationPrincipal IprUser user, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			redirect.addFlashAttribute("error", text(errors.hasFieldErrors("creditCode") ? "through-train.credit-code"
					: "through-train.invalid"));
		}
		else {
			throughTrain.log(unit, item, user.getUsername());
			redirect.addFlashAttribute("saved", true);
		}
		return "redirect:/t/" + unit + "/enterprise/through-train";
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

	/** The through-train service in the unit portal's menu. */
	@Configuration(proxyBeanMethods = false)
	static class Menu {

		@Bean
		PortalLink throughTrainLink() {
			return new PortalLink(PortalLink.Area.UNIT, "nav.through-train", "enterprise/through-train", 50);
		}
	}
}
