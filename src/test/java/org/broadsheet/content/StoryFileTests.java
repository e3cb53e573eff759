package org.broadsheet.content;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A story saved as UTF-16 (Windows Notepad's "Unicode") is refused with a reason that
 * says so, not as a binary file or bytes that are not UTF-8.
 */
class StoryFileTests {

	@TempDir
	Path root;

	@ParameterizedTest
	@ValueSource(strings = { "UTF-16", "UTF-16LE", "UTF-16BE" })
	void aStorySavedAsUtf16IsRefusedSayingSo(String charset) throws IOException {
		byte[] text = "---\ntitle: 서울\ndate: 2025-01-15\n---\nBody.\n".getBytes(Charset.forName(charset));
		byte[] bytes = charset.equals("UTF-16LE") ? withBom(new byte[] { (byte) 0xff, (byte) 0xfe }, text) : text;
		Files.write(this.root.resolve("notepad.md"), bytes);

		ContentException ex = assertThatExceptionOfType(ContentException.class)
			.isThrownBy(() -> StoryFile.read(this.root, "notepad.md", "salt"))
			.actual();

		assertThat(ex.getMessage()).contains("UTF-16").contains("save it as UTF-8");
		assertThat(ex.line()).isEqualTo(1);
	}

	@ParameterizedTest
	@ValueSource(strings = { "UTF-16LE", "UTF-16BE" })
	void asciiUtf16WithoutAByteOrderMarkIsRefusedSayingSo(String charset) throws IOException {
		Files.write(this.root.resolve("no-bom.md"),
				"---\ntitle: T\ndate: 2025-01-15\n---\n".getBytes(Charset.forName(charset)));

		assertThatExceptionOfType(ContentException.class)
			.isThrownBy(() -> StoryFile.read(this.root, "no-bom.md", "salt"))
			.withMessageContaining("UTF-16");
	}

	@ParameterizedTest
	@ValueSource(strings = { "\uFEFF---\ntitle: T\ndate: 2025-01-15\n---\n", "---\r\ntitle: T\r\n---\r\n" })
	void utf8WithAByteOrderMarkOrCrlfIsRead(String text) throws IOException, ContentException {
		Files.writeString(this.root.resolve("ok.md"), text, StandardCharsets.UTF_8);
		assertThat(StoryFile.read(this.root, "ok.md", "salt").text()).startsWith("---\ntitle: T\n");
	}

	private static byte[] withBom(byte[] bom, byte[] text) {
		byte[] bytes = new byte[bom.length + text.length];
		System.arraycopy(bom, 0, bytes, 0, bom.length);
		System.arraycopy(text, 0, bytes, bom.length, text.length);
		return bytes;
	}

}
