package org.migrantportal.directory;

import java.util.Locale;

/** Whether a service is offered now (HSDS {@code service.status}). */
public enum ServiceStatus {

	ACTIVE, TEMPORARILY_CLOSED, INACTIVE;

	/**
	 * The HSDS 3.0 value: {@code active}, {@code temporarily closed}, {@code inactive}.
	 */
	public String hsdsValue() {
		return name().toLowerCase(Locale.ROOT).replace('_', ' ');
	}

	public String messageKey() {
		return "directory.status." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
