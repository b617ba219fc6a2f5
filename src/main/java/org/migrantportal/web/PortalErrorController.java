package org.migrantportal.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.migrantportal.admin.BackOfficeOutagePage;
import org.migrantportal.shared.DatabaseOutage;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Renders errors that happen outside Spring MVC's handlers (a rejected malformed URL, an
 * error sent by a filter) with the same friendly, localized pages as
 * {@link ErrorPageAdvice}.
 */
@Controller
class PortalErrorController implements ErrorController {

	private final ErrorPages errorPages;

	private final BackOfficeOutagePage backOfficeOutage;

	PortalErrorController(ErrorPages errorPages, BackOfficeOutagePage backOfficeOutage) {
		this.errorPages = errorPages;
		this.backOfficeOutage = backOfficeOutage;
	}

	@RequestMapping("/error")
	ModelAndView error(HttpServletRequest request, HttpServletResponse response) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (!(code instanceof Integer value)) {
			// asked for directly (GET /error): there is no error to show, so no such page
			return this.errorPages.page(HttpStatus.NOT_FOUND);
		}
		HttpStatus status = HttpStatus.resolve(value);
		// the database went away outside a controller (a filter, a template): 503, not
		// 500
		Object failure = (request.getAttribute(DatabaseOutage.REQUEST_ATTRIBUTE) != null)
				? request.getAttribute(DatabaseOutage.REQUEST_ATTRIBUTE)
				: request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
		if (failure instanceof Throwable ex && DatabaseOutage.isCause(ex)) {
			Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
			// an error dispatch is a GET (Servlet 6.1): the form's own method is an
			// attribute
			Object method = request.getAttribute(RequestDispatcher.ERROR_METHOD);
			ModelAndView keptForm = this.backOfficeOutage.page(request, response,
					(method instanceof String name) ? name : request.getMethod(),
					(path instanceof String uri) ? uri.substring(request.getContextPath().length()) : null, ex);
			if (keptForm != null) {
				return keptForm;
			}
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
			return this.errorPages.page(HttpStatus.SERVICE_UNAVAILABLE);
		}
		return this.errorPages.page((status != null) ? status : HttpStatus.INTERNAL_SERVER_ERROR);
	}

}
