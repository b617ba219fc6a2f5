package org.migrantportal.content;

import java.util.List;

/**
 * One page of the news list.
 *
 * @param page the page number, from 1
 */
public record NewsListing(List<NewsSummary> items, int page, int size, int totalPages, long total) {

	public boolean hasPrevious() {
		return this.page > 1;
	}

	public boolean hasNext() {
		return this.page < this.totalPages;
	}

}
