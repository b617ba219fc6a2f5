package org.migrantportal.web;

import org.migrantportal.directory.DemoData;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Model attributes every page's layout needs, whichever module rendered it. */
@ControllerAdvice
@EnableConfigurationProperties(SiteProperties.class)
class SiteModelAttributes {

	private final String quickExitUrl;

	private final boolean demoData;

	SiteModelAttributes(SiteProperties properties, DemoData demoData) {
		this.quickExitUrl = properties.quickExitUrl();
		this.demoData = demoData.on();
	}

	@ModelAttribute("quickExitUrl")
	String quickExitUrl() {
		return this.quickExitUrl;
	}

	/** Whether the demo-data banner shows: sample records are on in this run. */
	@ModelAttribute("demoData")
	boolean demoData() {
		return this.demoData;
	}

}
