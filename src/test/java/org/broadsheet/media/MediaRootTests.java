package org.broadsheet.media;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/** The data folder stays out of reach even when it lies inside the content folder. */
class MediaRootTests {

	@TempDir
	Path top;

	@Test
	void theDataFolderInsideTheContentFolderIsNeverReachable() throws IOException {
		Files.createDirectories(this.top.resolve("data/media-cache"));
		Files.writeString(this.top.resolve("data/broadsheet.mv.db"), "database");
		Files.writeString(this.top.resolve("data/media-cache/x.png"), "cached");
		Files.createDirectories(this.top.resolve("world"));
		Files.createSymbolicLink(this.top.resolve("world/db.png"), this.top.resolve("data/broadsheet.mv.db"));
		Files.writeString(this.top.resolve("world/map.png"), "map");
		MediaRoot root = new MediaRoot(new ContentFolderProperties(this.top),
				new MediaProperties(DataSize.ofMegabytes(5), false, this.top.resolve("data/media-cache"),
						Duration.ofMinutes(5), 50_000_000));
		assertThat(root.find("world/db.png")).isEmpty();
		assertThat(root.find("data/broadsheet.mv.db")).isEmpty();
		assertThat(root.find("data/media-cache/x.png")).isEmpty();
		assertThat(root.find("world/map.png")).isPresent();
	}

}
