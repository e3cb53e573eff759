package org.broadsheet.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.broadsheet.article.Article;
import org.broadsheet.article.ArticleRepository;
import org.broadsheet.article.SlugRedirectRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.broadsheet.content.LoaderFixture.story;

/**
 * Files nobody should write, written anyway: each is skipped with one WARN line naming
 * file and line, no stack trace is logged, the other stories load and nothing stored is
 * lost. Shares {@link ContentLoaderTests}' folder and context.
 */
@LoaderSlice
@ActiveProfiles("test")
@Import(ContentLoaderTests.Config.class)
@RecordApplicationEvents
@ExtendWith(OutputCaptureExtension.class)
class ContentLoaderHostileFilesTests {

	static final Path DIR = ContentLoaderTests.DIR;

	@Autowired
	ContentLoader loader;

	@Autowired
	StoryParser parser;

	@Autowired
	ArticleRepository articles;

	@Autowired
	SlugRedirectRepository redirects;

	@BeforeEach
	void emptyFolderAndDatabase() throws IOException {
		LoaderFixture.emptyFolderAndDatabase(DIR, this.articles, this.redirects);
	}

	@Test
	void brokenFilesAreEachSkippedWithOneWarningWhileTheOthersLoad(CapturedOutput output) throws IOException {
		write("good.md", story("Good", ""));
		write("empty.md", "");
		write("unclosed.md", "---\ntitle: Unclosed\ndate: 2025-01-15\nNo closing line.\n");
		Files.write(DIR.resolve("binary.md"), randomBytes(4096));
		write("duplicate-keys.md", "---\ntitle: A\ntitle: B\ndate: 2025-01-15\n---\nx\n");
		write("authors-map.md", story("Authors", "authors: {a: b}\n"));
		write("date-yesterday.md", "---\ntitle: Yesterday\ndate: yesterday\n---\nx\n");
		write("billion-laughs.md", billionLaughs());
		write("list.md", "---\n- a\n- b\n---\nx\n");
		List<String> broken = List.of("empty.md", "unclosed.md", "binary.md", "duplicate-keys.md", "authors-map.md",
				"date-yesterday.md", "billion-laughs.md", "list.md");
		LoadReport report = this.loader.load();
		assertThat(report.loaded()).isEqualTo(1);
		assertThat(report.failed()).isEqualTo(broken.size());
		assertThat(this.articles.findBySlug("good")).isPresent();
		for (String file : broken) {
			assertThat(output.getAll()
				.lines()
				.filter((line) -> line.contains("WARN"))
				.filter((line) -> line.contains("Skipped " + DIR + "/" + file))).as(file).hasSize(1);
		}
		assertThat(report.errors())
			.allSatisfy((problem) -> assertThat(problem.line()).isPositive().as(problem.where()));
		assertNoStackTrace(output);
	}

	@Test
	void aTenMegabyteFileIsSkippedUnread(CapturedOutput output) throws IOException {
		write("good.md", story("Good", ""));
		byte[] huge = (story("Huge", "") + "word ".repeat(2_100_000)).getBytes(StandardCharsets.UTF_8);
		Files.write(DIR.resolve("huge.md"), huge);
		LoadReport report = this.loader.load();
		assertThat(report.loaded()).isEqualTo(1);
		assertThat(report.failed()).isEqualTo(1);
		assertThat(output).contains("Skipped " + DIR + "/huge.md: file is larger than 5 MB");
		assertNoStackTrace(output);
	}

	@Test
	void markdownNestedTooDeeplyIsSkippedWithTheLineOfItsDeepestNesting(CapturedOutput output) throws IOException {
		// deep enough to overflow however warm the JIT is: a thousand levels may render
		write("good.md", story("Good", ""));
		write("deep-quotes.md", story("Quotes", "") + "\n" + ">".repeat(100_000) + " deep\n");
		write("deep-lists.md", story("Lists", "") + "\nplain\n\n" + "- ".repeat(50_000) + "item\n");
		write("deep-emphasis.md", story("Emphasis", "") + "\nplain\n\n" + "*".repeat(200_000) + "x\n");
		LoadReport report = this.loader.load();
		assertThat(report.loaded()).isEqualTo(1);
		assertThat(output).contains("Skipped " + DIR + "/deep-quotes.md line 7: Markdown nested too deeply")
			.contains("Skipped " + DIR + "/deep-lists.md line 9: Markdown nested too deeply")
			.contains("Skipped " + DIR + "/deep-emphasis.md line 9: Markdown nested too deeply");
		assertNoStackTrace(output);
	}

	@Test
	void looseTypesThatReadAsTextLoad() throws IOException {
		write("only-front-matter.md", "---\ntitle: Only\ndate: 2025-01-15\n---\n");
		write("numeric-tags.md", story("Numbers", "tags: 5\n"));
		LoadReport report = this.loader.load();
		assertThat(report.loaded()).isEqualTo(2);
		assertThat(this.articles.findBySlug("only-front-matter").orElseThrow().getWordCount()).isZero();
	}

	@Test
	void aBrokenRewriteOfAStoredStoryKeepsIt(CapturedOutput output) throws IOException {
		write("kept.md", story("Kept", ""));
		this.loader.load();
		write("kept.md", billionLaughs());
		assertThat(this.loader.load().failed()).isEqualTo(1);
		Files.write(DIR.resolve("kept.md"), randomBytes(512));
		assertThat(this.loader.load().failed()).isEqualTo(1);
		Article kept = this.articles.findBySlug("kept").orElseThrow();
		assertThat(kept.getTitle()).isEqualTo("Kept");
		assertThat(kept.isRemoved()).isFalse();
		assertNoStackTrace(output);
	}

	@Test
	void editorTempFilesAndHiddenFilesAreIgnored() throws IOException {
		write("story.md", story("Story", ""));
		write(".#story.md", story("Lock", ""));
		write("story.md~", story("Backup", ""));
		write(".story.md.swp", story("Swap", ""));
		write("#story.md#", story("Autosave", ""));
		write(".git/x.md", story("Git", ""));
		LoadReport report = this.loader.load();
		assertThat(report.loaded()).isEqualTo(1);
		assertThat(report.failed()).isZero();
		assertThat(this.articles.count()).isEqualTo(1);
	}

	@Test
	void symlinkLoopsAndDeepFoldersDoNotStopTheLoad(CapturedOutput output) throws IOException {
		Path deep = DIR;
		for (int i = 0; i < 60; i++) {
			deep = deep.resolve("d" + i);
		}
		Files.createDirectories(deep);
		Files.writeString(deep.resolve("deep.md"), story("Deep", ""));
		Files.createSymbolicLink(DIR.resolve("loop"), DIR);
		Files.createSymbolicLink(deep.resolve("up"), DIR.resolve("d0"));
		write("top.md", story("Top", ""));
		LoadReport report = this.loader.load();
		assertThat(report.loaded()).isEqualTo(2);
		assertThat(this.articles.findBySlug("deep")).isPresent();
		assertNoStackTrace(output);
	}

	@Test
	void aFileThatVanishesBeforeItIsReadIsAFailureNotAnException() {
		FileRead read = FileRead.of(DIR, "renamed-meanwhile.md", null, this.parser);
		assertThat(read.story()).isNull();
		assertThat(read.failure()).contains("cannot be read");
	}

	@Test
	void twoLoadsAtOnceStoreEachStoryOnce(CapturedOutput output) throws Exception {
		for (int i = 0; i < 120; i++) {
			write("desk" + (i % 4) + "/story-" + i + ".md", story("Story " + i, ""));
		}
		write("same-a.md", story("Same A", "slug: same\n"));
		write("same-b.md", story("Same B", "slug: same\n"));
		ExecutorService pool = Executors.newFixedThreadPool(3);
		CountDownLatch go = new CountDownLatch(1);
		Callable<LoadReport> load = () -> {
			go.await();
			return this.loader.load();
		};
		try {
			List<Future<LoadReport>> runs = List.of(pool.submit(load), pool.submit(load), pool.submit(load));
			go.countDown();
			int loaded = 0;
			for (Future<LoadReport> run : runs) {
				loaded += run.get().loaded();
			}
			assertThat(loaded).isEqualTo(121);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.articles.count()).isEqualTo(121);
		assertThat(this.articles.findBySlug("same").orElseThrow().getTitle()).isEqualTo("Same A");
		assertThat(output.getAll()).doesNotContain("ConstraintViolation").doesNotContain("could not be stored");
		assertNoStackTrace(output);
	}

	private static void assertNoStackTrace(CapturedOutput output) {
		assertThat(output.getAll()).doesNotContainPattern("\\tat (org|java)\\.").doesNotContain(" ERROR ");
	}

	private static String billionLaughs() {
		StringBuilder yaml = new StringBuilder("---\ntitle: Laughs\ndate: 2025-01-15\n");
		yaml.append("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
		char previous = 'a';
		for (char name = 'b'; name <= 'i'; name++) {
			yaml.append(name).append(": &").append(name).append(" [");
			for (int i = 0; i < 9; i++) {
				yaml.append((i > 0) ? "," : "").append('*').append(previous);
			}
			yaml.append("]\n");
			previous = name;
		}
		return yaml.append("tags: *i\n---\nBody.\n").toString();
	}

	private static byte[] randomBytes(int size) {
		byte[] bytes = new byte[size];
		new Random(42).nextBytes(bytes);
		bytes[0] = (byte) 0xff;
		return bytes;
	}

	private static void write(String path, String text) throws IOException {
		LoaderFixture.write(DIR, path, text);
	}

}
