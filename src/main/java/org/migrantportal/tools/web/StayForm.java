package org.migrantportal.tools.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.migrantportal.tools.Stay;
import org.migrantportal.tools.StayRuleProperties;

import org.springframework.util.MultiValueMap;

/**
 * What a visitor typed into the stay calculator, kept as typed so the page can show it
 * again, with an error message key next to each field that is wrong. Rows left empty are
 * ignored; a date is {@code yyyy-MM-dd}, as a date field sends it.
 *
 * @param rows the stays, one row each, as typed
 * @param check the check date as typed
 * @param checkError message key of the check date's error, or {@code null}
 * @param formError message key of an error of the whole form, or {@code null}
 */
record StayForm(List<Row> rows, String check, String checkError, String formError) {

	/** Longer than any date, so that nothing much longer is echoed back. */
	private static final int MAX_FIELD_LENGTH = 32;

	static StayForm empty(LocalDate today) {
		return new StayForm(List.of(Row.EMPTY), today.toString(), null, null);
	}

	/**
	 * Reads the query: {@code entry} and {@code exit} repeated once per row,
	 * {@code check}, and {@code rows} when the visitor asked for one more row.
	 */
	static StayForm read(MultiValueMap<String, String> query, LocalDate today, StayRuleProperties rule) {
		List<String> entries = values(query, "entry");
		List<String> exits = values(query, "exit");
		int typed = Math.max(entries.size(), exits.size());
		int wanted = Math.max(1, typed);
		String formError = null;
		String rowsParameter = query.getFirst("rows");
		if (rowsParameter != null) {
			try {
				wanted = Math.max(wanted, Integer.parseInt(rowsParameter.strip()));
			}
			catch (NumberFormatException ex) {
				formError = "tools.stay.error.rows";
			}
		}
		if (wanted > rule.maxRows()) {
			formError = "tools.stay.error.too-many-rows";
			wanted = rule.maxRows();
		}
		String checkText = clip(query.getFirst("check"));
		LocalDate check = (checkText == null || checkText.isBlank()) ? today : parse(checkText);
		String checkError = null;
		if (check == null) {
			checkError = "tools.stay.error.date";
		}
		else if (tooFar(check, today, rule)) {
			checkError = "tools.stay.error.too-far";
		}
		LocalDate anchor = (checkError == null) ? check : today;
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < wanted; i++) {
			rows.add(Row.of(at(entries, i), at(exits, i), anchor, rule));
		}
		return new StayForm(rows, (checkText == null || checkText.isBlank()) ? today.toString() : checkText, checkError,
				formError);
	}

	/**
	 * The same form without the field errors: for a re-render that is not a calculation.
	 */
	StayForm withoutFieldErrors() {
		return new StayForm(this.rows.stream().map((row) -> new Row(row.entry(), row.exit(), null, null)).toList(),
				this.check, null, this.formError);
	}

	boolean hasErrors() {
		return this.checkError != null || this.formError != null
				|| this.rows.stream().anyMatch((row) -> row.entryError() != null || row.exitError() != null);
	}

	/** The stays typed, once {@link #hasErrors()} says they are all valid. */
	List<Stay> stays() {
		return this.rows.stream().filter((row) -> !row.blank()).map(Row::toStay).toList();
	}

	LocalDate checkDate() {
		return LocalDate.parse(this.check);
	}

	public int nextRowCount() {
		return this.rows.size() + 1;
	}

	private static List<String> values(MultiValueMap<String, String> query, String name) {
		List<String> values = query.get(name);
		return (values != null) ? values : List.of();
	}

	private static String at(List<String> values, int index) {
		return (index < values.size()) ? clip(values.get(index)) : "";
	}

	private static String clip(String value) {
		if (value == null) {
			return null;
		}
		String stripped = value.strip();
		return (stripped.length() > MAX_FIELD_LENGTH) ? stripped.substring(0, MAX_FIELD_LENGTH) : stripped;
	}

	private static LocalDate parse(String text) {
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static boolean tooFar(LocalDate date, LocalDate anchor, StayRuleProperties rule) {
		return date.isBefore(anchor.minusYears(rule.maxYearsAway()))
				|| date.isAfter(anchor.plusYears(rule.maxYearsAway()));
	}

	/** One stay as typed, with the message key of each field's error. */
	record Row(String entry, String exit, String entryError, String exitError) {

		static final Row EMPTY = new Row("", "", null, null);

		static Row of(String entry, String exit, LocalDate anchor, StayRuleProperties rule) {
			if (entry.isEmpty() && exit.isEmpty()) {
				return EMPTY;
			}
			String entryError = error(entry, anchor, rule);
			String exitError = error(exit, anchor, rule);
			if (entryError == null && exitError == null && parse(exit).isBefore(parse(entry))) {
				exitError = "tools.stay.error.exit-before-entry";
			}
			return new Row(entry, exit, entryError, exitError);
		}

		private static String error(String text, LocalDate anchor, StayRuleProperties rule) {
			if (text.isEmpty()) {
				return "tools.stay.error.missing";
			}
			LocalDate date = parse(text);
			if (date == null) {
				return "tools.stay.error.date";
			}
			return tooFar(date, anchor, rule) ? "tools.stay.error.too-far" : null;
		}

		boolean blank() {
			return this.entry.isEmpty() && this.exit.isEmpty();
		}

		Stay toStay() {
			return new Stay(LocalDate.parse(this.entry), LocalDate.parse(this.exit));
		}

	}

}
