package org.migrantportal.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GeorgianStemmerTests {

	@Test
	void formsOfMigrantShareOneStem() {
		assertThat(new String[] { "მიგრანტი", "მიგრანტის", "მიგრანტს", "მიგრანტმა", "მიგრანტით", "მიგრანტად",
				"მიგრანტები", "მიგრანტების", "მიგრანტებს", "მიგრანტებმა", "მიგრანტებით", "მიგრანტებისთვის",
				"მიგრანტებთან", "მიგრანტთა", "მიგრანტებზე", "მიგრანტებში" })
			.allSatisfy((form) -> assertThat(GeorgianStemmer.stem(form)).as(form).isEqualTo("მიგრანტ"));
	}

	@Test
	void formsOfMigrationShareOneStem() {
		assertThat(new String[] { "მიგრაცია", "მიგრაციის", "მიგრაციას", "მიგრაციით", "მიგრაციაზე", "მიგრაციაში",
				"მიგრაციისთვის", "მიგრაციამ", "მიგრაციიდან" })
			.allSatisfy((form) -> assertThat(GeorgianStemmer.stem(form)).as(form).isEqualTo("მიგრაც"));
	}

	@Test
	void traffickingAndLabourFormsMeet() {
		assertThat(GeorgianStemmer.stem("ტრეფიკინგი")).isEqualTo(GeorgianStemmer.stem("ტრეფიკინგის"))
			.isEqualTo(GeorgianStemmer.stem("ტრეფიკინგთან"))
			.isEqualTo(GeorgianStemmer.stem("ტრეფიკინგზე"));
		assertThat(GeorgianStemmer.stem("შრომითი")).isEqualTo(GeorgianStemmer.stem("შრომითმა"))
			.isEqualTo(GeorgianStemmer.stem("შრომით"));
		assertThat(GeorgianStemmer.stem("ხელშეკრულება")).isEqualTo(GeorgianStemmer.stem("ხელშეკრულებით"))
			.isEqualTo(GeorgianStemmer.stem("ხელშეკრულებები"));
		assertThat(GeorgianStemmer.stem("უფლებები")).isEqualTo(GeorgianStemmer.stem("უფლებების"))
			.isEqualTo(GeorgianStemmer.stem("უფლება"));
	}

	@Test
	void shortWordsStayWhole() {
		assertThat(GeorgianStemmer.stem("და")).isEqualTo("და");
		assertThat(GeorgianStemmer.stem("ის")).isEqualTo("ის");
	}

}
