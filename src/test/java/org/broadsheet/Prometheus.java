package org.broadsheet;

import java.util.Arrays;

/**
 * Reads values from the Prometheus text format as a scraper would.
 */
public final class Prometheus {

	private final String text;

	private Prometheus(String text) {
		this.text = text;
	}

	/** A scrape of the management port's {@code /actuator/prometheus}. */
	public static Prometheus scrape(int managementPort) {
		return new Prometheus(Http.to(managementPort).get("/actuator/prometheus").body());
	}

	/**
	 * The sum of every sample of the metric whose labels include all the given ones
	 * ({@code result="loaded"}); 0 when there is none.
	 */
	public double value(String metric, String... labels) {
		return this.text.lines()
			.filter((line) -> line.startsWith(metric + "{") || line.startsWith(metric + " "))
			.filter((line) -> Arrays.stream(labels).allMatch(line::contains))
			.mapToDouble((line) -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
			.sum();
	}

	/** Whether the scrape has the metric at all. */
	public boolean has(String metric) {
		return this.text.lines().anyMatch((line) -> line.startsWith(metric + "{") || line.startsWith(metric + " "));
	}

}
