package org.iprassist.core.security;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The login page, and the page Spring Security forwards to when a logged-in user is refused. With
 * local accounts the page shows the login form; with Keycloak (where a client registration
 * repository exists) one button per province realm instead.
 */
@Controller
class LoginController {

	private final ObjectProvider<IdentityRealms> realms;

	private final boolean keycloak;

	LoginController(ObjectProvider<IdentityRealms> realms, ObjectProvider<ClientRegistrationRepository> registrations) {
		this.realms = realms;
		this.keycloak = registrations.getIfAvailable() != null;
	}

	@GetMapping("/login")
	String login(Model model) {
		if (keycloak) {
			List<String> provinces = realms.getObject().issuersByProvince().keySet().stream().sorted().toList();
			model.addAttribute("keycloakProvinces", provinces);
		}
		return "login";
	}

	@GetMapping("/access-denied")
	String accessDenied() {
		throw new AccessDeniedException("Refused");
	}
}
