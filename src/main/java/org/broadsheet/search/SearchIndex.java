package org.broadsheet.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.broadsheet.article.Article;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The Lucene index of stories: one writer, and a {@link SearcherManager} that hands every
 * request a consistent, thread-safe view. Changes arrive in batches and are committed
 * once per batch.
 */
@Component
class SearchIndex implements DisposableBean {

	private static final Log logger = LogFactory.getLog(SearchIndex.class);

	private final Directory directory;

	private final IndexWriter writer;

	private final SearcherManager searchers;

	SearchIndex(SearchProperties properties) throws IOException {
		Directory opened = openDirectory(properties);
		IndexWriter opener;
		try {
			opener = openWriter(opened);
		}
		catch (LockObtainFailedException ex) {
			logger.warn("Search index " + properties.indexDir()
					+ " is locked by another process; this instance keeps its index in memory");
			opened.close();
			opened = new ByteBuffersDirectory();
			opener = openWriter(opened);
		}
		this.directory = opened;
		this.writer = opener;
		this.searchers = new SearcherManager(this.writer, new SearcherFactory() {
			@Override
			public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
				IndexSearcher searcher = new IndexSearcher(reader);
				searcher.setSimilarity(new FieldWeightSimilarity());
				return searcher;
			}
		});
	}

	private static Directory openDirectory(SearchProperties properties) throws IOException {
		if (properties.inMemory()) {
			return new ByteBuffersDirectory();
		}
		Path path = Path.of(properties.indexDir());
		Files.createDirectories(path);
		return FSDirectory.open(path);
	}

	private static IndexWriter openWriter(Directory directory) throws IOException {
		try {
			return new IndexWriter(directory, config(OpenMode.CREATE_OR_APPEND));
		}
		catch (LockObtainFailedException ex) {
			throw ex;
		}
		catch (IOException | IllegalArgumentException ex) {
			logger.warn("Search index unreadable (" + ex.getMessage() + "); starting a new one");
			return new IndexWriter(directory, config(OpenMode.CREATE));
		}
	}

	private static IndexWriterConfig config(OpenMode mode) {
		return new IndexWriterConfig(StoryAnalyzer.forIndexing()).setOpenMode(mode);
	}

	/** The number of stories in the index. */
	int size() {
		return this.writer.getDocStats().numDocs;
	}

	/**
	 * The version of each story in the index by id. Documents written before versions
	 * were indexed are left out, so {@link #size()} tells whether any are.
	 */
	Map<Long, Long> versions() {
		return read((searcher) -> {
			Map<Long, Long> versions = new HashMap<>();
			for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
				NumericDocValues ids = DocValues.getNumeric(leaf.reader(), StoryDocument.ID_VALUE);
				NumericDocValues stored = DocValues.getNumeric(leaf.reader(), StoryDocument.VERSION);
				Bits live = leaf.reader().getLiveDocs();
				for (int doc = ids.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = ids.nextDoc()) {
					if (live == null || live.get(doc)) {
						versions.put(ids.longValue(), stored.advanceExact(doc) ? stored.longValue() : -1L);
					}
				}
			}
			return versions;
		});
	}

	/**
	 * Add or replace stories and delete the ids of stories that no longer exist, chunk by
	 * chunk as the source hands them over, and commit once at the end (a commit syncs the
	 * index to disk: once for a load of 10,000 stories, not once per chunk).
	 * @param source hands over the stories as they are now (drafts and removed ones are
	 * deleted) with the ids of stories that are gone
	 */
	synchronized void update(Changes source) {
		try {
			source.forEachChunk((articles, goneIds) -> {
				for (Article article : articles) {
					put(article);
				}
				for (Long id : goneIds) {
					delete(id);
				}
			});
			commit();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void delete(long id) {
		try {
			this.writer.deleteDocuments(StoryDocument.idTerm(id));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Replace the whole index with the stories the source hands over, committed once at
	 * the end so readers never see a half-built index.
	 */
	synchronized void rebuild(Batches source) {
		try {
			this.writer.deleteAll();
			source.forEachBatch((batch) -> {
				for (Article article : batch) {
					put(article);
				}
			});
			commit();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void put(Article article) {
		try {
			if (StoryDocument.indexable(article)) {
				this.writer.updateDocument(StoryDocument.idTerm(article.getId()), StoryDocument.of(article));
			}
			else {
				this.writer.deleteDocuments(StoryDocument.idTerm(article.getId()));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void commit() throws IOException {
		this.writer.commit();
		this.searchers.maybeRefreshBlocking();
	}

	/** Run a read against a current searcher, released afterwards. */
	<T> T read(SearcherCallback<T> callback) {
		try {
			IndexSearcher searcher = this.searchers.acquire();
			try {
				return callback.apply(searcher);
			}
			finally {
				this.searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void destroy() throws IOException {
		this.searchers.close();
		this.writer.close();
		this.directory.close();
	}

	@FunctionalInterface
	interface SearcherCallback<T> {

		T apply(IndexSearcher searcher) throws IOException;

	}

	/** Hands changed stories over in chunks (each loaded in its own transaction). */
	@FunctionalInterface
	interface Changes {

		void forEachChunk(BiConsumer<Collection<Article>, Collection<Long>> consumer);

	}

	/** Hands stories over in batches (each loaded in its own transaction). */
	@FunctionalInterface
	interface Batches {

		void forEachBatch(Consumer<Collection<Article>> consumer);

	}

}
