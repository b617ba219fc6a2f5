package org.migrantportal.web;

import org.migrantportal.i18n.UnknownLocaleException;
import org.migrantportal.shared.BadRequestException;
import org.migrantportal.shared.NotFoundException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Answers unknown locales, slugs and paths with the localized 404 page and malformed
 * parameters with the 400 page. Anything unexpected reaches
 * {@link PortalErrorController}: a 5xx page that shows no exception text.
 */
@ControllerAdvice
class ErrorPageAdvice {

	private final ErrorPages errorPages;

	ErrorPageAdvice(ErrorPages errorPages) {
		this.errorPages = errorPages;
	}

	@ExceptionHandler({ NotFoundException.class, UnknownLocaleException.class, NoResourceFoundException.class,
			NoHandlerFoundException.class })
	ModelAndView notFound() {
		return this.errorPages.page(HttpStatus.NOT_FOUND);
	}

	/**
	 * A path variable that does not convert (an unknown locale in the URL) is a missing
	 * page.
	 */
	@ExceptionHandler(TypeMismatchException.class)
	ModelAndView typeMismatch(TypeMismatchException ex) {
		Throwable cause = ex.getMostSpecificCause();
		boolean missing = cause instanceof UnknownLocaleException || cause instanceof NotFoundException;
		return this.errorPages.page(missing ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST);
	}

	@ExceptionHandler({ BadRequestException.class, MissingServletRequestParameterException.class,
			HandlerMethodValidationException.class, MultipartException.class,
			MissingServletRequestPartException.class })
	ModelAndView badRequest() {
		return this.errorPages.page(HttpStatus.BAD_REQUEST);
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ModelAndView tooLarge() {
		return this.errorPages.page(HttpStatus.CONTENT_TOO_LARGE);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ModelAndView forbidden() {
		return this.errorPages.page(HttpStatus.FORBIDDEN);
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ModelAndView methodNotAllowed() {
		return this.errorPages.page(HttpStatus.METHOD_NOT_ALLOWED);
	}

}
