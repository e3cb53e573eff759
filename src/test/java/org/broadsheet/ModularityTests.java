package org.broadsheet;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/**
 * The feature packages are modules. Each declares in its {@code package-info.java} which
 * modules it may use ({@code @ApplicationModule(allowedDependencies = ...)}); article and
 * reply expose only their {@code api} named interface, so another feature's code that
 * reaches for their repositories, a module not on its list, or a cycle fails the build.
 */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(BroadsheetApplication.class);

	@Test
	void featuresUseOnlyTheModulesAndNamedInterfacesTheyDeclare() {
		MODULES.verify();
	}

}
