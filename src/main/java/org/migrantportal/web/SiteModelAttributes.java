package org.migrantportal.web;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Model attributes every page's layout needs, whichever module rendered it. */
@ControllerAdvice
@EnableConfigurationProperties(SiteProperties.class)
class SiteModelAttributes {

	private final String quickExitUrl;

	SiteModelAttributes(SiteProperties properties) {
		this.quickExitUrl = properties.quickExitUrl();
	}

	@ModelAttribute("quickExitUrl")
	String quickExitUrl() {
		return this.quickExitUrl;
	}

}
