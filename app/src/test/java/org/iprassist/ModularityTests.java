package org.iprassist;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module structure: every module uses only the API of the modules it is allowed to use (a
 * nested module of cases is a module of its own: its parent and siblings see only its API), and
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
		assertThat(MODULES.stream().filter(module -> !MODULES.hasParent(module)).map(ModularityTests::name))
			.containsExactlyInAnyOrder("core", "tenants", "documents", "cases", "enterprise", "training", "experts", "publicity",
					"appraisal");
	}

	@Test
	void casesNestsTheFlowsThatShareNothingWithTheCaseFile() {
		ApplicationModule cases = MODULES.getModuleByName("cases").orElseThrow();
		assertThat(MODULES.getNestedModules(cases)).map(ModularityTests::name)
			.containsExactlyInAnyOrder("cases.ecommerce", "cases.exhibitions", "cases.hotline", "cases.enforcement");
		assertThat(MODULES.stream().filter(MODULES::hasParent).map(ModularityTests::name))
			.allMatch(name -> name.startsWith("cases."));
	}

	@Test
	void writesDocumentation() {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("../docs/modules"))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
	}

	private static String name(ApplicationModule module) {
		return module.getIdentifier().toString();
	}
}
