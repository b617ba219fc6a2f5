package org.migrantportal.shared;

import java.util.Comparator;
import java.util.Objects;

/**
 * One entry of the back-office navigation, contributed by the module that owns the pages
 * behind it as a bean; the back-office shell shows every section the person's role
 * reaches, in {@link #order()}, and a dashboard card for each one with a description.
 *
 * @param messageKey the message key of the navigation label
 * @param path the back-office path the section starts at, such as {@code /admin/pages}
 * @param leastRole the least role that may open it (the same as its route rule)
 * @param order where it stands in the navigation, lower first
 * @param dashboardKey the message key of its dashboard card's description, or null for no
 * card
 */
public record BackOfficeSection(String messageKey, String path, StaffRole leastRole, int order, String dashboardKey) {

	/** Navigation order, lower first; the path breaks a tie so the order never varies. */
	public static final Comparator<BackOfficeSection> NAVIGATION_ORDER = Comparator
		.comparingInt(BackOfficeSection::order)
		.thenComparing(BackOfficeSection::path);

	public BackOfficeSection {
		Objects.requireNonNull(messageKey, "messageKey");
		Objects.requireNonNull(leastRole, "leastRole");
		if (path == null || !path.startsWith("/admin")) {
			throw new IllegalArgumentException("A back-office section lives under /admin: " + path);
		}
	}

	/** A section in the navigation only. */
	public static BackOfficeSection of(String messageKey, String path, StaffRole leastRole, int order) {
		return new BackOfficeSection(messageKey, path, leastRole, order, null);
	}

	/** A section in the navigation and on the dashboard, described by a message key. */
	public BackOfficeSection withDashboardCard(String dashboardKey) {
		return new BackOfficeSection(this.messageKey, this.path, this.leastRole, this.order,
				Objects.requireNonNull(dashboardKey, "dashboardKey"));
	}

	public boolean reachableBy(StaffRole role) {
		return role != null && role.includes(this.leastRole);
	}

	public boolean onDashboard() {
		return this.dashboardKey != null;
	}

}
