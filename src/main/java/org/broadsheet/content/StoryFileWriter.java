package org.broadsheet.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Set;

import org.broadsheet.article.Article;
import org.broadsheet.article.ArticleLookup;
import org.broadsheet.article.Slugs;
import org.broadsheet.web.SiteProperties;

import org.springframework.stereotype.Service;

/**
 * The admin's way into the content folder: composes story files, writes them atomically
 * and stores them exactly as the loader would, so the next load finds the same hash and
 * skips them. Trash is the hidden {@code .trash/} folder, which the loader never reads.
 */
@Service
public class StoryFileWriter {

	static final String TRASH = ".trash/";

	private final ContentProperties properties;

	private final StoryParser parser;

	private final ArticleWriter writer;

	private final ContentLoader loader;

	private final ArticleLookup articles;

	private final FrontMatterWriter frontMatter;

	StoryFileWriter(ContentProperties properties, StoryParser parser, ArticleWriter writer, ContentLoader loader,
			ArticleLookup articles, SiteProperties site) {
		this.properties = properties;
		this.parser = parser;
		this.writer = writer;
		this.loader = loader;
		this.articles = articles;
		this.frontMatter = new FrontMatterWriter(site.timezone());
	}

	/**
	 * The story file text for these fields, keeping the other keys of {@code previous}.
	 */
	public String compose(StoryFields fields, String previous) {
		return this.frontMatter.write(fields, previous);
	}

	/** The text of a story's file as it is on disk, if it is there. */
	public Optional<String> read(String path) {
		if (path == null) {
			return Optional.empty();
		}
		Path file = resolve(path);
		try {
			return Files.isRegularFile(file) ? Optional.of(StoryFile.read(root(), path, this.parser.salt()).text())
					: Optional.empty();
		}
		catch (ContentException ex) {
			return Optional.empty();
		}
	}

	/** A new story's file path: {@code desk/slug.md}, numbered when taken. */
	public String pathFor(String slug, String section) {
		String folder = (section != null && !Slugs.of(section).isEmpty()) ? FileNames.fit(Slugs.of(section)) + "/" : "";
		String name = FileNames.fit(slug);
		String path = folder + name + ".md";
		for (int n = 2; Files.exists(resolve(path)) || this.articles.hasSourcePath(path); n++) {
			path = folder + name + "-" + n + ".md";
		}
		return path;
	}

	/** The story a text would make, unsaved, for the preview. */
	public Article preview(String path, String text) {
		RenderedStory story = parse(path, text);
		Article article = new Article(story.meta().slug());
		ArticleMapper.apply(story, article);
		return article;
	}

	/**
	 * Writes and stores a story.
	 * @param articleId the story edited, {@code null} for a new one
	 * @param path the file path below the content folder
	 * @param text the file text
	 * @param openedHash the file hash when the editor opened it ({@code null} for new)
	 * @return the story's id
	 * @throws StoryFileChangedException when the file changed since it was opened
	 * @throws StoryRejectedException when the text cannot be a story or the slug is taken
	 */
	public long save(Long articleId, String path, String text, String openedHash) {
		return this.loader.locked(() -> {
			RenderedStory story = parse(path, text);
			Optional<Article> holder = this.articles.bySlug(story.meta().slug());
			if (holder.isPresent() && !holder.get().getId().equals(articleId)) {
				throw new StoryRejectedException("slug '" + story.meta().slug() + "' is already used", true);
			}
			if (!this.properties.writeBack()) {
				long id = store(story, articleId, Set.of());
				this.writer.detach(id);
				return id;
			}
			checkUnchanged(path, openedHash);
			writeAtomically(resolve(path), story.file().text());
			return store(story, articleId, Set.of(path));
		});
	}

	/** Moves a story's file to the trash and unpublishes it. */
	public void trash(Article article) {
		this.loader.locked(() -> {
			if (article.getSourcePath() != null && Files.exists(resolve(article.getSourcePath()))) {
				move(resolve(article.getSourcePath()), resolve(TRASH + article.getSourcePath()));
			}
			return this.writer.setRemoved(article.getId(), true);
		});
	}

	/** Brings a story's file back from the trash and shows it again. */
	public void restore(Article article) {
		this.loader.locked(() -> {
			String path = article.getSourcePath();
			if (path != null && Files.exists(resolve(TRASH + path)) && !Files.exists(resolve(path))) {
				move(resolve(TRASH + path), resolve(path));
			}
			return this.writer.setRemoved(article.getId(), false);
		});
	}

	private long store(RenderedStory story, Long articleId, Set<String> existing) {
		try {
			return this.writer.inTransaction(
					() -> this.writer.store(story, articleId, existing, this.writer.startRun(), displayDir()));
		}
		catch (SlugTakenException ex) {
			throw new StoryRejectedException(ex.getMessage(), true);
		}
	}

	private RenderedStory parse(String path, String text) {
		try {
			return this.parser.parse(StoryFile.of(path, text, this.parser.salt()));
		}
		catch (ContentException ex) {
			throw new StoryRejectedException(ex.getMessage(), false);
		}
		catch (StackOverflowError ex) {
			throw new StoryRejectedException(DeepNesting.REASON, false);
		}
	}

	private void checkUnchanged(String path, String openedHash) {
		Path file = resolve(path);
		if (!Files.exists(file)) {
			return;
		}
		try {
			StoryFile current = StoryFile.read(root(), path, this.parser.salt());
			if (openedHash == null || !openedHash.equals(current.hash())) {
				throw new StoryFileChangedException(path, current.text());
			}
		}
		catch (ContentException ex) {
			throw new StoryFileChangedException(path, "");
		}
	}

	private Path root() {
		return this.properties.dir();
	}

	private Path resolve(String path) {
		Path root = root().toAbsolutePath().normalize();
		Path file = root.resolve(path).normalize();
		if (!file.startsWith(root) || file.equals(root)) {
			throw new StoryRejectedException("path '" + path + "' is outside the content folder", false);
		}
		return file;
	}

	private String displayDir() {
		return root().toString().replace('\\', '/');
	}

	static void writeAtomically(Path file, String text) {
		writeBytesAtomically(file, text.getBytes(StandardCharsets.UTF_8));
	}

	static void writeBytesAtomically(Path file, byte[] bytes) {
		try {
			Files.createDirectories(file.getParent());
			Path temp = Files.createTempFile(file.getParent(), ".saving-", ".tmp");
			try {
				Files.write(temp, bytes);
				move(temp, file);
			}
			finally {
				Files.deleteIfExists(temp);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void move(Path from, Path to) {
		try {
			Files.createDirectories(to.getParent());
			try {
				Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
