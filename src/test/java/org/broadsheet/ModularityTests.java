package org.broadsheet;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.CanvasOptions;
import org.springframework.modulith.docs.Documenter.DiagramOptions;
import org.springframework.modulith.docs.Documenter.DiagramOptions.DiagramStyle;
import org.springframework.modulith.docs.Documenter.Options;

/**
 * The feature packages are modules. Each declares in its {@code package-info.java} which
 * modules it may use ({@code @ApplicationModule(allowedDependencies = ...)}); article and
 * reply expose only their {@code api} named interface, so another feature's code that
 * reaches for their repositories, a module not on its list, or a cycle fails the build.
 * The same model writes the map of the house into {@code docs/modules/} on every build.
 */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(BroadsheetApplication.class);

	@Test
	void featuresUseOnlyTheModulesAndNamedInterfacesTheyDeclare() {
		MODULES.verify();
	}

	@Test
	void writesTheModuleMapIntoDocsModules() {
		new Documenter(MODULES, Options.defaults().withOutputFolder("docs/modules"))
			.writeDocumentation(DiagramOptions.defaults().withStyle(DiagramStyle.C4), CanvasOptions.defaults());
	}

}
