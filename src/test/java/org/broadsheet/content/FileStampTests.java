package org.broadsheet.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class FileStampTests {

	@TempDir
	Path dir;

	@Test
	void aFileModifiedLessThanTwoSecondsAgoHasNoStamp() throws IOException {
		BasicFileAttributes file = file(1_000_000);
		assertThat(FileStamp.of(file, "salt", 1_000_000 + 1_999)).isNull();
		assertThat(FileStamp.of(file, "salt", 1_000_000 + 2_000)).isNotNull();
	}

	@Test
	void otherLoaderSettingsMakeAnotherStamp() throws IOException {
		BasicFileAttributes file = file(1_000_000);
		assertThat(FileStamp.of(file, "broadsheet-story-2|UTC|en", 5_000_000))
			.isNotEqualTo(FileStamp.of(file, "broadsheet-story-3|UTC|en", 5_000_000));
	}

	@Test
	void sizeAndTimeMakeTheStamp() throws IOException {
		BasicFileAttributes file = file(1_000_000);
		assertThat(FileStamp.of(file, "salt", 5_000_000)).startsWith("5:1000000000:");
	}

	private BasicFileAttributes file(long modifiedMillis) throws IOException {
		Path file = this.dir.resolve("a.md");
		Files.writeString(file, "hello");
		Files.setLastModifiedTime(file, FileTime.fromMillis(modifiedMillis));
		return Files.readAttributes(file, BasicFileAttributes.class);
	}

}
