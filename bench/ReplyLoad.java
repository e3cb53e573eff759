import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Posts replies to one story as fast as it can: java bench/ReplyLoad.java BASE SLUG TOTAL
 * CONCURRENCY [FIRST], FIRST numbering the posts (and their addresses) from there. Each post comes from a distinct X-Forwarded-For address (the server must
 * trust 127.0.0.1 as a proxy) with its own email and text. Loopback only; stops by itself.
 */
public class ReplyLoad {

	public static void main(String[] args) throws Exception {
		String base = args[0];
		if (!base.startsWith("http://127.0.0.1") && !base.startsWith("http://localhost")) {
			throw new IllegalArgumentException("loopback only");
		}
		String slug = args[1];
		int total = Integer.parseInt(args[2]);
		int concurrency = Integer.parseInt(args[3]);
		int first = (args.length > 4) ? Integer.parseInt(args[4]) : 0;
		HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
				.connectTimeout(Duration.ofSeconds(5)).build();
		String page = client.send(HttpRequest.newBuilder(URI.create(base + "/articles/" + slug)).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher matcher = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(page);
		if (!matcher.find()) {
			throw new IllegalStateException("no reply form token on the story page");
		}
		String token = matcher.group(1);
		Thread.sleep(1000);
		AtomicInteger accepted = new AtomicInteger();
		AtomicInteger refused = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(concurrency);
		List<Future<?>> futures = new ArrayList<>();
		long start = System.nanoTime();
		for (int i = 0; i < total; i++) {
			int n = first + i;
			futures.add(pool.submit(() -> {
				String form = "comment=" + enc("Benchmark reply number " + n + " with a few words of text.")
						+ "&author=" + enc("Reader " + n) + "&email=" + enc("reader" + n + "@bench.example")
						+ "&url=&token=" + enc(token);
				HttpRequest post = HttpRequest.newBuilder(URI.create(base + "/articles/" + slug + "/replies"))
						.timeout(Duration.ofSeconds(30))
						.header("Content-Type", "application/x-www-form-urlencoded")
						.header("X-Forwarded-For", "10." + ((n >> 16) & 255) + "." + ((n >> 8) & 255) + "." + (n & 255))
						.header("Sec-Fetch-Site", "same-origin")
						.POST(HttpRequest.BodyPublishers.ofString(form)).build();
				try {
					int status = client.send(post, HttpResponse.BodyHandlers.discarding()).statusCode();
					(status == 303 ? accepted : refused).incrementAndGet();
				}
				catch (Exception ex) {
					refused.incrementAndGet();
				}
			}));
		}
		for (Future<?> future : futures) {
			future.get();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		pool.shutdown();
		System.out.printf("replies: %d posted, %d accepted (303), %d refused in %.2f s = %.0f accepted/s (concurrency %d)%n",
				total, accepted.get(), refused.get(), seconds, accepted.get() / seconds, concurrency);
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
