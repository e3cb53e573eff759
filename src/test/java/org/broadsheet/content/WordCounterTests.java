package org.broadsheet.content;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WordCounterTests {

	@Test
	void wordsAreRunsOfLettersAndDigitsWithTheirApostrophesAndHyphens() {
		assertThat(WordCounter.count("Lee Jae-myung's 2026 visit, in brief.")).isEqualTo(6);
	}

	@Test
	void accentedCyrillicArabicAndHangulWordsCountOneEach() {
		assertThat(WordCounter.count("Séoul Москва القاهرة 서울에서 만나다")).isEqualTo(5);
	}

	@Test
	void chineseAndJapaneseCountTwoCharactersAsAWord() {
		assertThat(WordCounter.count("北京欢迎你")).isEqualTo(3);
		assertThat(WordCounter.count("ひらがなカタカナ")).isEqualTo(4);
		assertThat(WordCounter.count("Tokyo 東京")).isEqualTo(2);
	}

	@Test
	void emptyAndPunctuationOnlyTextHasNoWords() {
		assertThat(WordCounter.count("")).isZero();
		assertThat(WordCounter.count(" — … !? ")).isZero();
	}

}
