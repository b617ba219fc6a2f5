package org.migrantportal.callback;

import org.migrantportal.shared.CountryScope;

/** An organization's call-back setting as the admins' list shows it. */
public record CallBackSettingView(Long organizationId, String organizationName, CountryScope country,
		boolean acceptsRequests, int retentionDays) {

}
