package org.broadsheet.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.broadsheet.article.SourceFingerprint;

/**
 * What a load run keeps while storing: the stories waiting for their transaction, the
 * slug index, the files whose slug was taken, tried again at the end, the names seen for
 * each desk, tag and author address, and the new stamps of unchanged files, stored at the
 * end.
 */
record LoadBatch(LoadRun run, Map<String, SourceFingerprint> byPath, Set<String> existing, SlugIndex index,
		List<String> taken, NameClashes clashes, List<RenderedStory> stories, Set<String> retried,
		Map<Long, String> restamps) {

	LoadBatch(LoadRun run, Map<String, SourceFingerprint> byPath, Set<String> existing, SlugIndex index,
			List<String> taken, NameClashes clashes) {
		this(run, byPath, existing, index, taken, clashes, new ArrayList<>(), new HashSet<>(), new HashMap<>());
	}

	boolean retrying(String path) {
		return this.retried.contains(path);
	}

}
