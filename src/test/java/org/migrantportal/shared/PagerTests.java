package org.migrantportal.shared;

import java.util.Collections;

import org.junit.jupiter.api.Test;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The back-office pager: which rows of how many, links that keep the filter (encoded) but
 * not the old page, and the first, last and nearby page numbers with gaps between.
 */
class PagerTests {

	@Test
	void linksKeepEveryFilterParameterEncodedAndDropTheOldPageAndBlankOnes() {
		MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
		query.add("text", "C++ & ქართული");
		query.add("country", "GEORGIA");
		query.add("status", "");
		query.add("page", "3");
		Pager pager = Pager.of(page(3, 50, 500), "/admin/services", query);
		assertThat(pager.previous()).isEqualTo(
				"/admin/services?text=C%2B%2B+%26+%E1%83%A5%E1%83%90%E1%83%A0%E1%83%97%E1%83%A3%E1%83%9A%E1%83%98"
						+ "&country=GEORGIA&page=2");
		assertThat(pager.next()).endsWith("&country=GEORGIA&page=4");
	}

	@Test
	void showsTheRowsOfThisPageOfHowMany() {
		Pager pager = Pager.of(page(2, 50, 120), "/admin/services", new LinkedMultiValueMap<>());
		assertThat(pager.number()).isEqualTo(3);
		assertThat(pager.firstRow()).isEqualTo(101);
		assertThat(pager.lastRow()).isEqualTo(120);
		assertThat(pager.totalElements()).isEqualTo(120);
		assertThat(pager.next()).isNull();
		assertThat(pager.previous()).isEqualTo("/admin/services?page=1");
	}

	@Test
	void numbersTheFirstTheLastAndNearbyPagesWithGapsBetween() {
		Pager pager = Pager.of(page(9, 50, 1000), "/admin/audit", new LinkedMultiValueMap<>());
		assertThat(pager.pages()).extracting(Pager.Link::number).containsExactly(1, null, 8, 9, 10, 11, 12, null, 20);
		assertThat(pager.pages()).filteredOn(Pager.Link::current).extracting(Pager.Link::number).containsExactly(10);
		assertThat(Pager.of(page(0, 50, 120), "/a", new LinkedMultiValueMap<>()).pages()).extracting(Pager.Link::number)
			.containsExactly(1, 2, 3);
	}

	@Test
	void aPagePastTheLastLinksBackToTheLastAndShowsNoRows() {
		Pager pager = Pager.of(page(40, 50, 120), "/admin/audit", new LinkedMultiValueMap<>());
		assertThat(pager.firstRow()).isZero();
		assertThat(pager.previous()).isEqualTo("/admin/audit?page=2");
		assertThat(pager.next()).isNull();
		assertThat(pager.pages()).noneMatch(Pager.Link::current);
	}

	@Test
	void anEmptyListHasNoPages() {
		Pager pager = Pager.of(page(0, 50, 0), "/admin/audit", new LinkedMultiValueMap<>());
		assertThat(pager.totalPages()).isZero();
		assertThat(pager.pages()).isEmpty();
		assertThat(pager.previous()).isNull();
		assertThat(pager.next()).isNull();
	}

	private static PageImpl<Integer> page(int number, int size, long total) {
		long offset = (long) number * size;
		int shown = (int) Math.max(0, Math.min(size, total - offset));
		return new PageImpl<>(Collections.nCopies(shown, 1), PageRequest.of(number, size), total);
	}

}
