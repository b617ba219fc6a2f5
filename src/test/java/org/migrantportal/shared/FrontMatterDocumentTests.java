package org.migrantportal.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FrontMatterDocumentTests {

	@Test
	void readsFrontMatterAndBody() {
		FrontMatterDocument doc = FrontMatterDocument.parse("""
				---
				title: "შრომითი მიგრაცია: რა უნდა იცოდეთ"
				slug: shromiti-migratsia
				awaiting-native-review: true
				position: 20
				---

				## სათაური
				ტექსტი
				""");
		assertThat(doc.requiredString("title")).isEqualTo("შრომითი მიგრაცია: რა უნდა იცოდეთ");
		assertThat(doc.flag("awaiting-native-review")).isTrue();
		assertThat(doc.integer("position", 0)).isEqualTo(20);
		assertThat(doc.body()).isEqualTo("## სათაური\nტექსტი");
	}

	@Test
	void fileWithoutFrontMatterIsAllBody() {
		FrontMatterDocument doc = FrontMatterDocument.parse("just text");
		assertThat(doc.attributes()).isEmpty();
		assertThat(doc.body()).isEqualTo("just text");
	}

	@Test
	void unclosedFrontMatterOrMissingFieldIsAnError() {
		assertThatIllegalArgumentException().isThrownBy(() -> FrontMatterDocument.parse("---\ntitle: x\n"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> FrontMatterDocument.parse("---\ntitle: x\n---\n").requiredString("slug"))
			.withMessageContaining("slug");
	}

	@Test
	void slugsAreLowerCaseAsciiWordsJoinedByHyphens() {
		assertThat(Slugs.isValid("shromiti-migratsia")).isTrue();
		assertThat(Slugs.isValid("Shromiti")).isFalse();
		assertThat(Slugs.isValid("a--b")).isFalse();
		assertThat(Slugs.isValid("-a")).isFalse();
		assertThat(Slugs.isValid("მიგრაცია")).isFalse();
		assertThat(Slugs.isValid("a".repeat(121))).isFalse();
	}

}
