package org.migrantportal.directory;

import java.util.List;

/**
 * One page of the services directory.
 *
 * @param page the page number, from 1
 * @param total how many services match the filter
 */
public record ServiceResults(List<ServiceSummary> items, int page, int size, int totalPages, long total) {

	public boolean hasPrevious() {
		return this.page > 1;
	}

	public boolean hasNext() {
		return this.page < this.totalPages;
	}

}
