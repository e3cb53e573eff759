package org.broadsheet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

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

	static final Path DOCS = Path.of("docs/modules");

	@Test
	void featuresUseOnlyTheModulesAndNamedInterfacesTheyDeclare() {
		MODULES.verify();
	}

	@Test
	void writesTheModuleMapIntoDocsModules() throws IOException {
		new Documenter(MODULES, Options.defaults().withOutputFolder(DOCS.toString()))
			.writeDocumentation(DiagramOptions.defaults().withStyle(DiagramStyle.C4), CanvasOptions.defaults());
		try (Stream<Path> diagrams = Files.list(DOCS)) {
			for (Path diagram : diagrams.filter((path) -> path.toString().endsWith(".puml")).toList()) {
				Files.write(diagram, inStableOrder(Files.readAllLines(diagram)));
			}
		}
	}

	/**
	 * The diagram with each run of components and each run of relations sorted: the
	 * Documenter's order changes from one JVM to the next, and a build should leave the
	 * committed files unchanged when the modules did not change.
	 */
	private static List<String> inStableOrder(List<String> lines) {
		List<String> sorted = new ArrayList<>();
		List<String> run = new ArrayList<>();
		String kind = null;
		for (String line : lines) {
			String lineKind = kindOf(line);
			if (lineKind == null || !lineKind.equals(kind)) {
				run.sort(null);
				sorted.addAll(run);
				run.clear();
			}
			kind = lineKind;
			if (lineKind == null) {
				sorted.add(line);
			}
			else {
				run.add(line);
			}
		}
		run.sort(null);
		sorted.addAll(run);
		return sorted;
	}

	private static String kindOf(String line) {
		String trimmed = line.strip();
		return trimmed.startsWith("Rel(") ? "Rel" : trimmed.startsWith("Component(") ? "Component" : null;
	}

}
