package org.migrantportal.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Model attributes every page's layout needs, whichever module rendered it. */
@ControllerAdvice
class SiteModelAttributes {

	private final String quickExitUrl;

	SiteModelAttributes(@Value("${portal.quick-exit-url}") String quickExitUrl) {
		this.quickExitUrl = quickExitUrl;
	}

	@ModelAttribute("quickExitUrl")
	String quickExitUrl() {
		return this.quickExitUrl;
	}

}
