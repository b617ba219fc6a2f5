package org.migrantportal.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.migrantportal.shared.DatabaseOutage;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A back-office form sent while the database cannot be reached: instead of an error page
 * that loses what was typed, the editor gets a page that says nothing was saved yet and
 * holds every submitted field (the CSRF token of the session too) in a form that sends
 * them again to the same address. Long texts are shown, so they can also be copied; the
 * rest travels hidden. Every other request is left to the usual error pages.
 */
@Component
public class BackOfficeOutagePage implements HandlerExceptionResolver, Ordered {

	private static final Logger logger = LoggerFactory.getLogger(BackOfficeOutagePage.class);

	/** Values longer than this, or of several lines, are shown in a text area. */
	private static final int SHOWN_LENGTH = 60;

	private final BackOfficeModelAttributes chrome;

	BackOfficeOutagePage(BackOfficeModelAttributes chrome) {
		this.chrome = chrome;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 10;
	}

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		return page(request, response, request.getMethod(),
				request.getRequestURI().substring(request.getContextPath().length()), ex);
	}

	/**
	 * The page that keeps a back-office form sent ({@code method}) to {@code path} while
	 * the database was away (also for a failure before the controller, such as the
	 * account check, which reaches the error page); null for any other request or
	 * failure.
	 */
	public ModelAndView page(HttpServletRequest request, HttpServletResponse response, String method, String path,
			Throwable ex) {
		if (!"POST".equals(method) || path == null || !path.startsWith("/admin/") || !DatabaseOutage.isCause(ex)
				|| isMultipart(request)) {
			return null;
		}
		logger.warn("The database cannot be reached; a back-office form is kept for a retry: {}", ex.getMessage());
		List<Field> shown = new ArrayList<>();
		List<Field> hidden = new ArrayList<>();
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			for (String value : parameter.getValue()) {
				Field field = new Field(parameter.getKey(), value);
				(field.long_() ? shown : hidden).add(field);
			}
		}
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
		ModelAndView page = new ModelAndView("admin/database-unavailable", HttpStatus.SERVICE_UNAVAILABLE);
		page.addObject("backOffice", this.chrome.chrome());
		page.addObject("action", path);
		page.addObject("shownFields", shown);
		page.addObject("hiddenFields", hidden);
		return page;
	}

	private static boolean isMultipart(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.toLowerCase().startsWith("multipart/");
	}

	/** One submitted value. */
	record Field(String name, String value) {

		boolean long_() {
			return this.value.length() > SHOWN_LENGTH || this.value.indexOf('\n') >= 0;
		}

	}

}
