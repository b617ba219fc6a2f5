package org.migrantportal.web;

import java.util.Map;

import org.migrantportal.directory.DemoData;
import org.migrantportal.i18n.PageLinksFactory;
import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.i18n.SiteLocales;
import org.migrantportal.operations.RequestIdFilter;
import org.slf4j.MDC;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Builds the friendly error pages (400, 403, 404, 405, 503, 5xx) in the visitor's
 * language; they show no exception text and link to each language's home page.
 */
@Component
class ErrorPages {

	private final SiteLocales siteLocales;

	private final PageLinksFactory pageLinks;

	private final SiteProperties siteProperties;

	private final MessageSource messages;

	private final DemoData demoData;

	ErrorPages(SiteLocales siteLocales, PageLinksFactory pageLinks, SiteProperties siteProperties,
			MessageSource messages, DemoData demoData) {
		this.siteLocales = siteLocales;
		this.pageLinks = pageLinks;
		this.siteProperties = siteProperties;
		this.messages = messages;
		this.demoData = demoData;
	}

	ModelAndView page(HttpStatus status) {
		SiteLocale locale = this.siteLocales.findOrDefault(LocaleContextHolder.getLocale().toLanguageTag());
		String view = switch (status) {
			case TOO_MANY_REQUESTS -> "error/429";
			case BAD_REQUEST, CONTENT_TOO_LARGE, METHOD_NOT_ALLOWED, CONFLICT -> "error/400";
			case FORBIDDEN, UNAUTHORIZED -> "error/403";
			case NOT_FOUND -> "error/404";
			case SERVICE_UNAVAILABLE -> "error/503";
			default -> status.is4xxClientError() ? "error/400" : "error/5xx";
		};
		// an exception handler's model gets no @ModelAttribute values: the layout's quick
		// exit, description and demo banner are given here
		// the request id lets a visitor quote the error and an operator find its log
		// lines
		String requestId = MDC.get(RequestIdFilter.ATTRIBUTE);
		return new ModelAndView(view,
				Map.of("links", this.pageLinks.forEveryLocale(locale, (target) -> "/" + target.tag() + "/"), "status",
						status.value(), "quickExitUrl", this.siteProperties.quickExitUrl(),
						PageDescriptions.MODEL_ATTRIBUTE,
						this.messages.getMessage("meta.error", null, locale.toLocale()), "demoData", this.demoData.on(),
						"requestId", (requestId != null) ? requestId : ""),
				status);
	}

}
