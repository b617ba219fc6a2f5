package org.migrantportal.shared;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.springframework.data.domain.Page;
import org.springframework.util.MultiValueMap;

/**
 * What the back-office's one pager shows under a list: the rows on this page of how many,
 * Previous and Next, and the numbers of the first, the last and the nearby pages, each a
 * link that keeps every other query parameter of the list (its filter). Pages are counted
 * from 1 on screen and from 0 in the {@code page} parameter, as Spring Data counts them.
 *
 * @param number the page shown, counted from 1
 * @param firstRow the number of the first row shown, counted from 1; 0 when none is
 * @param previous the link to the page before, null on the first
 * @param next the link to the page after, null on the last
 * @param self the link to the page shown, with its filter: where an action on one of its
 * rows returns
 * @param pages links to the first, the last and the nearby pages, with a gap (a link
 * without a number) where pages are left out
 */
public record Pager(int number, int totalPages, long totalElements, long firstRow, long lastRow, String previous,
		String next, String self, List<Link> pages) {

	/** The parameter that names the page, counted from 0. */
	public static final String PARAMETER = "page";

	/** How many pages on either side of the shown one get a link of their own. */
	static final int NEARBY = 2;

	/**
	 * A link to one page of the list, or a gap (no number) where pages are left out.
	 *
	 * @param current whether it is the page shown
	 */
	public record Link(Integer number, String href, boolean current) {

		public boolean gap() {
			return this.number == null;
		}

	}

	/**
	 * The pager of a page of a list at {@code path}, whose links keep the non-blank
	 * parameters of {@code query} except the page.
	 */
	public static Pager of(Page<?> page, String path, MultiValueMap<String, String> query) {
		// every link: the list with its filter, and the page
		String base = path + "?" + kept(query) + PARAMETER + "=";
		int shown = page.getNumber();
		int last = page.getTotalPages() - 1;
		long firstRow = page.hasContent() ? page.getPageable().getOffset() + 1 : 0;
		long lastRow = page.hasContent() ? firstRow + page.getNumberOfElements() - 1 : 0;
		String previous = (shown > 0 && last >= 0) ? base + Math.min(shown - 1, last) : null;
		String next = (shown < last) ? base + (shown + 1) : null;
		TreeSet<Integer> numbers = new TreeSet<>();
		for (int index = shown - NEARBY; index <= shown + NEARBY; index++) {
			numbers.add(index);
		}
		numbers.add(0);
		numbers.add(last);
		List<Link> pages = new ArrayList<>();
		int before = -1;
		for (int index : (last >= 0) ? numbers.subSet(0, true, last, true) : numbers.subSet(0, 0)) {
			if (index > before + 1) {
				pages.add(new Link(null, null, false));
			}
			pages.add(new Link(index + 1, base + index, index == shown));
			before = index;
		}
		return new Pager(shown + 1, page.getTotalPages(), page.getTotalElements(), firstRow, lastRow, previous, next,
				base + shown, List.copyOf(pages));
	}

	private static String kept(MultiValueMap<String, String> query) {
		StringBuilder kept = new StringBuilder();
		for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
			if (PARAMETER.equals(parameter.getKey())) {
				continue;
			}
			for (String value : parameter.getValue()) {
				if (value != null && !value.isBlank()) {
					kept.append(encoded(parameter.getKey())).append('=').append(encoded(value)).append('&');
				}
			}
		}
		return kept.toString();
	}

	private static String encoded(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
