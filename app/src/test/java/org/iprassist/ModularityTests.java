package org.iprassist;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module structure: every module uses only the API of the modules it is allowed to use, and
 * the module canvases and component diagram in {@code docs/modules/} are written from the code.
 */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(IprAssistApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		MODULES.verify();
	}

	@Test
	void everyMavenModuleIsAnApplicationModule() {
		assertThat(MODULES.stream().map(module -> module.getIdentifier().toString()))
			.containsExactlyInAnyOrder("core", "tenants", "documents", "cases", "enterprise", "training", "experts", "publicity",
					"appraisal");
	}

	@Test
	void writesDocumentation() {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("../docs/modules"))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
	}
}
