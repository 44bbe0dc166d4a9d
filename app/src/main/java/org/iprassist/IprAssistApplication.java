package org.iprassist;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * IPR Assist: the platform of an IP rights-protection assistance network. This class only
 * assembles the modules; each module's {@code package-info.java} says what it owns.
 */
@SpringBootApplication
@Modulithic(systemName = "IPR Assist", sharedModules = "core")
public class IprAssistApplication {

	public static void main(String[] args) {
		SpringApplication.run(IprAssistApplication.class, args);
	}
}
