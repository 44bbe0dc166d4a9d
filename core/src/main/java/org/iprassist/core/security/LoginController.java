package org.iprassist.core.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The login page, and the page Spring Security forwards to when a logged-in user is refused.
 */
@Controller
class LoginController {

	@GetMapping("/login")
	String login() {
		return "login";
	}

	@GetMapping("/access-denied")
	String accessDenied() {
		throw new AccessDeniedException("Refused");
	}
}
