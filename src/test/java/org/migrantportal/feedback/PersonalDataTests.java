package org.migrantportal.feedback;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalDataTests {

	@Test
	void removesEmailAddressesInAnyScript() {
		assertThat(PersonalData.strip("write to nino.beridze@example.ge please"))
			.isEqualTo("write to [removed] please");
		assertThat(PersonalData.strip("ჩემი ფოსტა: ნინო@მაგალითი.გე")).isEqualTo("ჩემი ფოსტა: [removed]");
	}

	@Test
	void removesPhoneNumbersAsPeopleWriteThem() {
		assertThat(PersonalData.strip("call me +995 555 12-34-56 tomorrow")).isEqualTo("call me [removed] tomorrow");
		assertThat(PersonalData.strip("զանգեք 093123456")).isEqualTo("զանգեք [removed]");
		assertThat(PersonalData.strip("(032) 2 00 00 00")).isEqualTo("[removed]");
		assertThat(PersonalData.strip("პირადი ნომერი 01001012345")).isEqualTo("პირადი ნომერი [removed]");
	}

	@Test
	void keepsDatesShortNumbersAndOrdinaryText() {
		String text = "The 90/180 rule: on 2026-05-12 I had 45 days left, page 3 of 12.05.2026";
		assertThat(PersonalData.strip(text)).isEqualTo(text);
		assertThat(PersonalData.strip(null)).isNull();
	}

}
