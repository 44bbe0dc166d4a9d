package org.iprassist.tenants.internal;

import org.iprassist.core.security.IprUser;
import org.iprassist.core.web.BadRequestException;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Lets every local user change their own password under the password policy.
 */
@Controller
class AccountController {

	private final AccountManagement accounts;

	private final MessageSource messages;

	AccountController(AccountManagement accounts, MessageSource messages) {
		this.accounts = accounts;
		this.messages = messages;
	}

	@GetMapping("/account/password")
	String form() {
		return "tenants/password";
	}

	@PostMapping("/account/password")
	String change(@AuthenticationPrincipal IprUser user, @RequestParam String currentPassword,
			@RequestParam String newPassword, Model model) {
		try {
			accounts.changePassword(user.id(), currentPassword, newPassword);
			model.addAttribute("changed", true);
		}
		catch (BadRequestException ex) {
			model.addAttribute("error",
					ex.localizedMessage(messages));
		}
		return "tenants/password";
	}
}
