package org.migrantportal.search;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SearchSynonymsTests {

	@Test
	void eachLineIsAGroupOfTrimmedLowerCaseTermsAndSingleTermsAreDropped() {
		assertThat(SearchSynonyms.parse(" Hotline ,  ცხელი   ხაზი,թեժ գիծ\n\nalone\nVisa, ვიზა, visa\r\n"))
			.containsExactly(List.of("hotline", "ცხელი ხაზი", "թեժ գիծ"), List.of("visa", "ვიზა"));
	}

	@Test
	void aLineTooLongIsRefusedWithAMessageKey() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SearchSynonyms.parse("a, " + "b".repeat(SearchSynonyms.MAX_LINE)))
			.withMessage("search.synonyms.line-too-long");
	}

}
