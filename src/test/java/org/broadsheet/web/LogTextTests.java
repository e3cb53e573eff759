package org.broadsheet.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LogTextTests {

	@Test
	void lineBreaksCannotStartAForgedLine() {
		assertThat(LogText.escape("a.md\n2026-12-03T05:00:00Z ERROR forged\r\nx"))
			.isEqualTo("a.md\\n2026-12-03T05:00:00Z ERROR forged\\r\\nx");
	}

	@Test
	void otherControlAndInvisibleCharactersBecomeVisible() {
		assertThat(LogText.escape("a\u0000b\u001b[31mc\u0085d\u2028e\u202Ef\u200Bg\tz"))
			.isEqualTo("a\\u0000b\\u001B[31mc\\u0085d\\u2028e\\u202Ef\\u200Bg\\tz");
	}

	@Test
	void aTypedEscapeCannotPassForOneMadeHere() {
		assertThat(LogText.escape("a\\nb")).isEqualTo("a\\\\nb");
	}

	@Test
	void ordinaryTextInAnyScriptIsUnchanged() {
		String text = "서울 기사.md — مرحبا — 😀 — name@example.org";
		assertThat(LogText.escape(text)).isSameAs(text);
		assertThat(LogText.escape(null)).isEqualTo("null");
	}

}
