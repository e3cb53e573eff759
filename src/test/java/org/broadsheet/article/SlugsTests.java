package org.broadsheet.article;

import java.text.Normalizer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One rule makes every address: names that today have an address of their own keep it,
 * and the few symbols that tell names apart ({@code C++}, {@code C#}, {@code .NET}) are
 * spelled out, only where they are.
 */
class SlugsTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			South Korea            | south-korea
			서울                     | 서울
			Lee Jae-myung's visit  | lee-jae-myungs-visit
			AT&T                   | at-t
			ASP.NET                | asp-net
			Node.js                | node-js
			Web 2.0                | web-2-0
			#MeToo                 | metoo
			Trade + Tech           | trade-tech
			C                      | c
			""")
	void namesWithoutSpelledSymbolsKeepTheirAddresses(String name, String slug) {
		assertThat(Slugs.of(name)).isEqualTo(slug);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			C++          | c-plus-plus
			C#           | c-sharp
			F# 8         | f-sharp-8
			Notepad++    | notepad-plus-plus
			A+ students  | a-plus-students
			.NET         | dot-net
			.NET Core    | dot-net-core
			""")
	void plusSharpAndALeadingDotAreSpelledWhereTheyTellNamesApart(String name, String slug) {
		assertThat(Slugs.of(name)).isEqualTo(slug);
	}

	@ParameterizedTest
	@ValueSource(strings = { "C++", "C#", ".NET", "Việt Nam", "ÉLECTION", "İstanbul", "ǅemal", "ß", "Ａｂｃ", "x_y z",
			"\u200Fseoul\u200B" })
	void aSlugIsItsOwnSlug(String name) {
		String slug = Slugs.of(name);
		assertThat(Slugs.of(slug)).isEqualTo(slug);
		assertThat(Slugs.of(Normalizer.normalize(name, Normalizer.Form.NFD))).isEqualTo(slug);
	}

	@ParameterizedTest
	@ValueSource(strings = { "a+", "a#", "가 ", "😀a", "á" })
	void aSlugIsCutBetweenCharactersToWhatTheColumnsHold(String unit) {
		String slug = Slugs.of(unit.repeat(400));
		assertThat(slug.length()).isLessThanOrEqualTo(Slugs.MAX_LENGTH);
		assertThat(slug).doesNotEndWith("-");
		assertThat(Character.isHighSurrogate(slug.charAt(slug.length() - 1))).isFalse();
		assertThat(Slugs.of(slug)).isEqualTo(slug);
	}

}
