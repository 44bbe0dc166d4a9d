package org.iprassist.cases.hotline.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;

import org.iprassist.core.security.IprUser;
import org.iprassist.core.web.PortalLink;
import org.iprassist.core.web.ProblemException;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A unit's 12315 hotline work orders: the list (open ones first, by reply due date, overdue ones
 * marked), registering a forwarded order, and recording the reply.
 */
@Controller
@RequestMapping("/t/{unit}/hotline")
class HotlineController {

	private final HotlineOrderManagement orders;

	private final MessageSource messages;

	private final Clock clock;

	HotlineController(HotlineOrderManagement orders, MessageSource messages, Clock clock) {
		this.orders = orders;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping({ "", "/" })
	String list(@PathVariable String unit, Model model) {
		model.addAttribute("unitCode", unit);
		model.addAttribute("orders", orders.list());
		model.addAttribute("today", LocalDate.now(clock));
		return "hotline/orders";
	}

	@PostMapping
	String register(@PathVariable String unit, @Valid @ModelAttribute NewOrder order, BindingResult errors,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			redirect.addFlashAttribute("error", messages.getMessage("hotline.order.invalid", null,
					org.springframework.context.i18n.LocaleContextHolder.getLocale()));
		}
		else {
			try {
				orders.register(order);
				redirect.addFlashAttribute("saved", true);
			}
			catch (ProblemException ex) {
				redirect.addFlashAttribute("error", ex.localizedMessage(messages));
			}
		}
		return "redirect:/t/" + unit + "/hotline";
	}

	@PostMapping("/{orderId}/reply")
	String reply(@PathVariable String unit, @PathVariable UUID orderId, @RequestParam(required = false) String reply,
			@AuthenticationPrincipal IprUser user, RedirectAttributes redirect) {
		orders.find(orderId);
		if (reply == null || reply.isBlank() || reply.length() > 4000) {
			redirect.addFlashAttribute("error", messages.getMessage("hotline.reply.invalid", null,
					org.springframework.context.i18n.LocaleContextHolder.getLocale()));
		}
		else {
			try {
				orders.reply(unit, orderId, reply, user.getUsername());
				redirect.addFlashAttribute("saved", true);
			}
			catch (ProblemException ex) {
				redirect.addFlashAttribute("error", ex.localizedMessage(messages));
			}
		}
		return "redirect:/t/" + unit + "/hotline";
	}

	/** The hotline's entry in the unit portal's menu. */
	@Configuration(proxyBeanMethods = false)
	static class Menu {

		@Bean
		PortalLink hotlineLink() {
			return new PortalLink(PortalLink.Area.UNIT, "nav.hotline", "hotline", 41);
		}
	}
}
