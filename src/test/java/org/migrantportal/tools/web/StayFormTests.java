package org.migrantportal.tools.web;

import java.net.URI;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.migrantportal.tools.Stay;
import org.migrantportal.tools.StayRuleProperties;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

class StayFormTests {

	private static final LocalDate TODAY = LocalDate.of(2027, 6, 30);

	private static final StayRuleProperties RULE = new StayRuleProperties("tools.stay.regime.schengen", 90, 180,
			URI.create("https://example.org/"), 20, 10);

	@Test
	void readsTheStaysAndIgnoresEmptyRows() {
		MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
		query.add("entry", "2027-05-01");
		query.add("exit", "2027-05-10");
		query.add("entry", "");
		query.add("exit", "");
		query.add("check", "2027-06-01");
		StayForm form = StayForm.read(query, TODAY, RULE);
		assertThat(form.hasErrors()).isFalse();
		assertThat(form.rows()).hasSize(2);
		assertThat(form.stays()).containsExactly(new Stay(LocalDate.of(2027, 5, 1), LocalDate.of(2027, 5, 10)));
		assertThat(form.checkDate()).isEqualTo(LocalDate.of(2027, 6, 1));
	}

	@Test
	void aMissingCheckDateIsToday() {
		StayForm form = StayForm.read(new LinkedMultiValueMap<>(), TODAY, RULE);
		assertThat(form.checkDate()).isEqualTo(TODAY);
		assertThat(form.rows()).hasSize(1);
	}

	@Test
	void marksEachWrongFieldAndKeepsWhatWasTyped() {
		MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
		query.add("entry", "2027-02-30");
		query.add("exit", "2027-05-10");
		query.add("entry", "2027-05-10");
		query.add("exit", "2027-05-01");
		query.add("entry", "2027-05-10");
		query.add("exit", "");
		query.add("entry", "3027-05-10");
		query.add("exit", "3027-05-11");
		query.add("check", "soon");
		StayForm form = StayForm.read(query, TODAY, RULE);
		assertThat(form.hasErrors()).isTrue();
		assertThat(form.checkError()).isEqualTo("tools.stay.error.date");
		assertThat(form.check()).isEqualTo("soon");
		assertThat(form.rows()).extracting(StayForm.Row::entryError)
			.containsExactly("tools.stay.error.date", null, null, "tools.stay.error.too-far");
		assertThat(form.rows()).extracting(StayForm.Row::exitError)
			.containsExactly(null, "tools.stay.error.exit-before-entry", "tools.stay.error.missing",
					"tools.stay.error.too-far");
		assertThat(form.rows()).extracting(StayForm.Row::entry)
			.containsExactly("2027-02-30", "2027-05-10", "2027-05-10", "3027-05-10");
	}

	@Test
	void addingARowKeepsTheRowsTyped() {
		MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
		query.add("entry", "2027-05-01");
		query.add("exit", "2027-05-10");
		query.add("rows", "2");
		StayForm form = StayForm.read(query, TODAY, RULE);
		assertThat(form.rows()).hasSize(2);
		assertThat(form.rows().get(0).entry()).isEqualTo("2027-05-01");
		assertThat(form.rows().get(1).blank()).isTrue();
		assertThat(form.nextRowCount()).isEqualTo(3);
	}

	@Test
	void refusesMoreRowsThanTheLimit() {
		MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
		query.add("rows", "21");
		StayForm form = StayForm.read(query, TODAY, RULE);
		assertThat(form.formError()).isEqualTo("tools.stay.error.too-many-rows");
		assertThat(form.rows()).hasSize(20);
		query.set("rows", "2147483648");
		assertThat(StayForm.read(query, TODAY, RULE).formError()).isEqualTo("tools.stay.error.rows");
	}

}
