package org.migrantportal.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KeyboardLayoutsTests {

	@Test
	void georgianTypedWithTheEnglishLayoutIsReadAsGeorgian() {
		assertThat(KeyboardLayouts.latinKeysAsGeorgian("migracia")).isEqualTo("მიგრაცია");
		assertThat(KeyboardLayouts.latinKeysAsGeorgian("SromiTi")).isEqualTo("შრომითი");
		assertThat(KeyboardLayouts.latinKeysAsGeorgian("trefikingi")).isEqualTo("ტრეფიკინგი");
	}

	@Test
	void englishTypedWithTheGeorgianLayoutIsReadAsLatin() {
		assertThat(KeyboardLayouts.georgianAsLatinKeys("მიგრატიონ")).isEqualTo("migration");
		assertThat(KeyboardLayouts.georgianAsLatinKeys("ჰელპ")).isEqualTo("help");
	}

	@Test
	void armenianPhoneticLayoutBothWays() {
		assertThat(KeyboardLayouts.latinKeysAsArmenian("migrant")).isEqualTo("միգրանտ");
		assertThat(KeyboardLayouts.armenianAsLatinKeys("ֆռեե")).isEqualTo("fռee");
	}

}
