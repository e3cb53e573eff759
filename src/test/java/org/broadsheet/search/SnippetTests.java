package org.broadsheet.search;

import java.util.List;

import org.broadsheet.search.Snippet.Segment;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SnippetTests {

	@Test
	void htmlMarksMatchesAndEscapesEverythingElse() {
		Snippet snippet = new Snippet(List.of(new Segment("Tom & \"Jerry\" </script><b>'s ", false),
				new Segment("<zebra>", true), new Segment(" 서울", false)));
		assertThat(snippet.html())
			.isEqualTo("Tom &amp; &quot;Jerry&quot; &lt;/script&gt;&lt;b&gt;&#39;s <mark>&lt;zebra&gt;</mark> 서울");
	}

	@Test
	void plainTextHasNoMarks() {
		assertThat(Snippet.plain("Calm seas").html()).isEqualTo("Calm seas");
		assertThat(Snippet.plain(null).html()).isEmpty();
	}

}
