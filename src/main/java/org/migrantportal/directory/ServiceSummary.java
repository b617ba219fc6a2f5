package org.migrantportal.directory;

import java.util.List;

import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.shared.CountryScope;

/**
 * A published service as one entry of the directory, in the best available language.
 *
 * @param path where its page is for the visitor's language
 * @param shownLocale the language of its name
 * @param cities the cities it is offered in, in the visitor's language where possible
 * @param categories taxonomy term codes
 * @param feesDescribed whether its text in the shown language says what it costs
 * @param openNow whether it is open at this moment; null when its hours are not known
 * @param hoursSample whether that comes from opening hours that are sample data
 */
public record ServiceSummary(Long id, String path, String name, SiteLocale shownLocale, boolean fallback,
		String organizationName, String organizationPath, CountryScope country, List<String> cities,
		List<String> categories, boolean freeOfCharge, boolean feesDescribed, ServiceStatus status, Boolean openNow,
		boolean hoursSample) {

	/**
	 * What the directory says about cost: free, fees may apply (only when the record says
	 * what they are), or unknown.
	 */
	public String feeMessageKey() {
		return Fees.messageKey(this.freeOfCharge, this.feesDescribed);
	}

	public boolean temporarilyClosed() {
		return this.status == ServiceStatus.TEMPORARILY_CLOSED;
	}

}
