package org.broadsheet.mail;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import static org.awaitility.Awaitility.await;

/**
 * One real SMTP server (GreenMail) for every test context that sends mail, on a port of
 * its own that stays the same when a test stops and restarts it to play an outage. Tests
 * read only the mail to addresses they made up, so they never see each other's.
 */
public final class MailSink {

	private static final Pattern LINK = Pattern.compile("https?://[^\\s\"<>]+");

	private static final int PORT = freePort();

	private static GreenMail server;

	private MailSink() {
	}

	/** Points a test context's {@code spring.mail.*} at the sink, starting it first. */
	public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			start();
			TestPropertyValues.of("spring.mail.host=127.0.0.1", "spring.mail.port=" + PORT).applyTo(context);
		}

	}

	public static synchronized void start() {
		if (server == null) {
			server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
			server.start();
		}
	}

	/** Takes the SMTP server down (mail already received is lost with it). */
	public static synchronized void stop() {
		if (server != null) {
			server.stop();
			server = null;
		}
	}

	/** Every message received so far for this address. */
	public static synchronized List<Received> to(String address) {
		if (server == null) {
			return List.of();
		}
		return Arrays.stream(server.getReceivedMessages())
			.filter((message) -> isTo(message, address))
			.map(Received::of)
			.toList();
	}

	/** Waits until the server has stored the messages with these Message-IDs. */
	public static void awaitMessageIds(Set<String> messageIds) {
		if (!messageIds.isEmpty()) {
			await().atMost(Duration.ofSeconds(10)).until(() -> receivedMessageIds().containsAll(messageIds));
		}
	}

	private static synchronized Set<String> receivedMessageIds() {
		if (server == null) {
			return Set.of();
		}
		return Arrays.stream(server.getReceivedMessages())
			.map(Received::of)
			.map((mail) -> mail.header("Message-ID"))
			.collect(Collectors.toSet());
	}

	private static boolean isTo(MimeMessage message, String address) {
		try {
			Address[] recipients = message.getAllRecipients();
			return recipients != null && Arrays.stream(recipients)
				.anyMatch((recipient) -> recipient.toString().equalsIgnoreCase(address));
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A received message as tests read it.
	 *
	 * @param message the message itself (for headers)
	 * @param subject its subject
	 * @param text the plain-text part
	 * @param html the HTML part
	 */
	public record Received(MimeMessage message, String subject, String text, String html) {

		static Received of(MimeMessage message) {
			try {
				StringBuilder text = new StringBuilder();
				StringBuilder html = new StringBuilder();
				collect(message, text, html);
				return new Received(message, message.getSubject(), text.toString(), html.toString());
			}
			catch (MessagingException | IOException ex) {
				throw new IllegalStateException(ex);
			}
		}

		private static void collect(Part part, StringBuilder text, StringBuilder html)
				throws MessagingException, IOException {
			if (part.isMimeType("text/plain")) {
				text.append(part.getContent());
			}
			else if (part.isMimeType("text/html")) {
				html.append(part.getContent());
			}
			else if (part.getContent() instanceof Multipart multipart) {
				for (int i = 0; i < multipart.getCount(); i++) {
					collect(multipart.getBodyPart(i), text, html);
				}
			}
		}

		public String header(String name) {
			try {
				return this.message.getHeader(name, ",");
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}

		/** The links in the plain-text part, in order. */
		public List<String> links() {
			Matcher matcher = LINK.matcher(this.text);
			return matcher.results().map(MatchResult::group).toList();
		}

		/** The first link in the text containing this path. */
		public String link(String containing) {
			return links().stream().filter((link) -> link.contains(containing)).findFirst().orElseThrow();
		}

	}

}
