package org.broadsheet.search;

import java.text.Normalizer;
import java.util.stream.Collectors;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.broadsheet.article.Article;
import org.broadsheet.article.Author;
import org.broadsheet.article.Tag;
import org.jsoup.Jsoup;

/**
 * How a story looks to the index: its searchable text fields and the publication time
 * that visibility is checked against at query time.
 */
final class StoryDocument {

	static final String ID = "id";

	static final String HEADLINE = "headline";

	static final String SUMMARY = "summary";

	static final String BODY = "body";

	static final String AUTHORS = "authors";

	static final String DESK = "desk";

	static final String TAGS = "tags";

	static final String PUBLISHED = "published";

	/**
	 * The id again as a number beside each story: read for results without stored fields,
	 * and with {@link #VERSION} to tell at start-up what is stale.
	 */
	static final String ID_VALUE = "id_value";

	static final String VERSION = "version";

	/** Stored text with offsets in the postings, so snippets need no re-analysis. */
	private static final FieldType HIGHLIGHTED = new FieldType(TextField.TYPE_STORED);

	static {
		HIGHLIGHTED.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		HIGHLIGHTED.freeze();
	}

	private StoryDocument() {
	}

	/**
	 * Whether the story belongs in the index at all: drafts and removed stories never do.
	 */
	static boolean indexable(Article article) {
		return !article.isDraft() && !article.isRemoved() && article.getPublishedAt() != null;
	}

	static Term idTerm(long id) {
		return new Term(ID, Long.toString(id));
	}

	static Document of(Article article) {
		Document doc = new Document();
		doc.add(new StringField(ID, article.getId().toString(), Field.Store.YES));
		doc.add(new Field(HEADLINE, text(article.getTitle()), HIGHLIGHTED));
		doc.add(new Field(SUMMARY, text(article.getSummary()), HIGHLIGHTED));
		doc.add(new Field(BODY, text(bodyText(article.getHtml())), HIGHLIGHTED));
		doc.add(new TextField(AUTHORS,
				text(article.getAuthors().stream().map(Author::name).collect(Collectors.joining(" ; "))),
				Field.Store.NO));
		doc.add(new TextField(DESK, text((article.getDesk() != null) ? article.getDesk().name() : null),
				Field.Store.NO));
		doc.add(new TextField(TAGS, text(article.getTags().stream().map(Tag::name).collect(Collectors.joining(" ; "))),
				Field.Store.NO));
		long published = article.getPublishedAt().toEpochMilli();
		doc.add(new LongPoint(PUBLISHED, published));
		doc.add(new NumericDocValuesField(PUBLISHED, published));
		doc.add(new NumericDocValuesField(ID_VALUE, article.getId()));
		doc.add(new NumericDocValuesField(VERSION, article.getVersion()));
		return doc;
	}

	/** The readable text of the sanitized story HTML: no tags, entities decoded. */
	static String bodyText(String html) {
		return (html != null) ? Jsoup.parseBodyFragment(html).body().text() : "";
	}

	/** NFC, so a decomposed {@code é} or Korean typed on another system matches. */
	static String text(String value) {
		return (value != null) ? Normalizer.normalize(value, Normalizer.Form.NFC) : "";
	}

}
