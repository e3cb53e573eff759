package org.broadsheet.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.broadsheet.BroadsheetApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationContextInitializedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationStartingEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One running instance of the portal for the cluster tests: its own Spring context and
 * web server on a random port, on the database and content folder it is given. Requests
 * are sent as a browser behind the load balancer would send them.
 */
final class ClusterInstance implements AutoCloseable {

	private static final HttpClient anonymous = HttpClient.newHttpClient();

	private final String name;

	private final ConfigurableApplicationContext context;

	private ClusterInstance(String name, ConfigurableApplicationContext context) {
		this.name = name;
		this.context = context;
	}

	/**
	 * Starts an instance; the properties win over every properties file. Both ports are
	 * random, so instances (and other test contexts) never collide.
	 */
	static ClusterInstance start(String name, Map<String, Object> properties) {
		Map<String, Object> ports = new LinkedHashMap<>(Map.of("management.server.port", "0"));
		ports.putAll(properties);
		return new ClusterInstance(name,
				new SpringApplicationBuilder(BroadsheetApplication.class).profiles("test", "postgres")
					.initializers((context) -> context.getEnvironment()
						.getPropertySources()
						.addFirst(new MapPropertySource("cluster-test", ports)))
					.listeners(new OneLoggingSetUpAtATime())
					.run());
	}

	/**
	 * Boot sets up logging for the whole JVM while an application starts; two starting at
	 * once can undo each other's set-up ("Unable to find Spring Environment in logger
	 * context"). Instances in one JVM take turns for that first step only, so everything
	 * after it, the content import included, still runs at the same time.
	 */
	private static final class OneLoggingSetUpAtATime implements ApplicationListener<ApplicationEvent> {

		private static final Semaphore TURN = new Semaphore(1);

		private final AtomicBoolean holding = new AtomicBoolean();

		@Override
		public void onApplicationEvent(ApplicationEvent event) {
			if (event instanceof ApplicationStartingEvent) {
				TURN.acquireUninterruptibly();
				this.holding.set(true);
			}
			else if ((event instanceof ApplicationContextInitializedEvent || event instanceof ApplicationFailedEvent)
					&& this.holding.compareAndSet(true, false)) {
				TURN.release();
			}
		}

	}

	<T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	/** Counts the events of a type published here that match. */
	<E> AtomicInteger count(Class<E> type, Predicate<E> matching) {
		AtomicInteger count = new AtomicInteger();
		this.context.addApplicationListener((ApplicationEvent event) -> {
			Object payload = (event instanceof PayloadApplicationEvent<?> wrapped) ? wrapped.getPayload() : event;
			if (type.isInstance(payload) && matching.test(type.cast(payload))) {
				count.incrementAndGet();
			}
		});
		return count;
	}

	JdbcTemplate jdbc() {
		return bean(JdbcTemplate.class);
	}

	String origin() {
		return "http://localhost:" + this.context.getEnvironment().getProperty("local.server.port");
	}

	HttpResponse<String> get(String path) {
		return send(anonymous, HttpRequest.newBuilder(URI.create(origin() + path)).header("Accept", "text/html"));
	}

	HttpResponse<String> get(HttpClient client, String path) {
		return send(client, HttpRequest.newBuilder(URI.create(origin() + path)).header("Accept", "text/html"));
	}

	/** A form post from the site's own pages, by a client with that address. */
	HttpResponse<String> post(HttpClient client, String path, Map<String, String> form, String clientAddress) {
		String body = form.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return send(client,
				HttpRequest.newBuilder(URI.create(origin() + path))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.header("Origin", origin())
					.header("Sec-Fetch-Site", "same-origin")
					.header("User-Agent", "ClusterTests/1.0")
					.header("X-Forwarded-For", clientAddress)
					.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** A reply posted anonymously to a story. */
	HttpResponse<String> reply(String slug, String token, String text, String email, String clientAddress) {
		return post(anonymous, "/articles/" + slug + "/replies",
				Map.of("comment", text, "author", "Reader", "email", email, "token", token), clientAddress);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
		try {
			return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(this.name + " did not answer", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		this.context.close();
	}

	@Override
	public String toString() {
		return this.name;
	}

}
