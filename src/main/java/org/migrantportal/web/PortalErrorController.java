package org.migrantportal.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
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

	PortalErrorController(ErrorPages errorPages) {
		this.errorPages = errorPages;
	}

	@RequestMapping("/error")
	ModelAndView error(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (!(code instanceof Integer value)) {
			// asked for directly (GET /error): there is no error to show, so no such page
			return this.errorPages.page(HttpStatus.NOT_FOUND);
		}
		HttpStatus status = HttpStatus.resolve(value);
		return this.errorPages.page((status != null) ? status : HttpStatus.INTERNAL_SERVER_ERROR);
	}

}
