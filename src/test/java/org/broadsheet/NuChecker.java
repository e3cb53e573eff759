package org.broadsheet;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The W3C Nu HTML checker ({@code vnu.jar} from npm's {@code vnu-jar}), run once over a
 * batch of saved pages. Found through the system property or environment variable
 * {@code VNU_JAR}, else {@code node_modules/vnu-jar/build/dist/vnu.jar}. Without it the
 * calling test is skipped with one line saying how to install it, except in CI
 * ({@code CI=true}), where it fails.
 */
public final class NuChecker {

	static final String INSTALL = "npm install --no-save --no-audit --no-fund vnu-jar@26";

	private final Path jar;

	private NuChecker(Path jar) {
		this.jar = jar;
	}

	/**
	 * The checker, or the calling test skipped (failed in CI) when it is not installed.
	 */
	public static NuChecker find() {
		String configured = System.getProperty("VNU_JAR", System.getenv("VNU_JAR"));
		Path jar = (configured != null && !configured.isBlank()) ? Path.of(configured)
				: Path.of("node_modules", "vnu-jar", "build", "dist", "vnu.jar");
		if (!Files.isRegularFile(jar)) {
			String message = "W3C Nu HTML checker not found at " + jar.toAbsolutePath() + ": install it with `"
					+ INSTALL + "` (or set VNU_JAR)";
			assertThat("true".equalsIgnoreCase(System.getenv("CI"))).as(message).isFalse();
			System.err.println("SKIPPED: " + message);
			Assumptions.abort(message);
		}
		return new NuChecker(jar);
	}

	/** Every error in these files, as {@code file:line message [extract]}. */
	public List<String> errors(List<Path> files) throws Exception {
		if (files.isEmpty()) {
			return List.of();
		}
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", this.jar.toString(),
						"--errors-only", "--format", "json", "--stdout"));
		files.forEach((file) -> command.add(file.toString()));
		Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(180, TimeUnit.SECONDS)).isTrue();
		JsonNode report = JsonMapper.builder().build().readTree(output);
		List<String> errors = new ArrayList<>();
		for (JsonNode message : report.get("messages")) {
			String url = message.has("url") ? message.get("url").asString() : "";
			errors.add(new File(url).getName() + ":" + (message.has("lastLine") ? message.get("lastLine").asInt() : 0)
					+ " " + message.get("message").asString() + " ["
					+ (message.has("extract") ? message.get("extract").asString() : "") + "]");
		}
		return errors;
	}

}
