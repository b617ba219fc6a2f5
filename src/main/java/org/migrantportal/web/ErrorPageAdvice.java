package org.migrantportal.web;

import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.migrantportal.i18n.UnknownLocaleException;
import org.migrantportal.shared.BadRequestException;
import org.migrantportal.shared.DatabaseOutage;
import org.migrantportal.shared.NotFoundException;
import org.migrantportal.shared.TemporarilyUnavailableException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.TransactionException;
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
 * parameters with the 400 page, a database or a file storage that cannot be reached with
 * the 503 page. Anything unexpected reaches {@link PortalErrorController}: a 5xx page
 * that shows no exception text.
 */
@ControllerAdvice
class ErrorPageAdvice {

	private static final Logger logger = LoggerFactory.getLogger(ErrorPageAdvice.class);

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

	/**
	 * The database cannot be reached (no connection within the pool's timeout, a broken
	 * connection, a statement out of time): a friendly 503 with {@code Retry-After} that
	 * still shows the emergency numbers, kept in memory. Any other data access failure is
	 * a bug and goes on to the 5xx page.
	 */
	@ExceptionHandler({ DataAccessException.class, TransactionException.class, PersistenceException.class })
	ModelAndView databaseUnavailable(Exception ex, HttpServletResponse response) throws Exception {
		if (!DatabaseOutage.isCause(ex)) {
			throw ex;
		}
		logger.warn("The database cannot be reached: {}", ex.getMessage());
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
		return this.errorPages.page(HttpStatus.SERVICE_UNAVAILABLE);
	}

	/**
	 * Something else the answer needs cannot be reached for now (the media storage): the
	 * same 503 page, with one warning line naming what failed and why.
	 */
	@ExceptionHandler(TemporarilyUnavailableException.class)
	ModelAndView temporarilyUnavailable(TemporarilyUnavailableException ex, HttpServletResponse response) {
		logger.warn("Temporarily unavailable: {} ({})", ex.getMessage(),
				(ex.getCause() != null) ? ex.getCause().getMessage() : "no cause given");
		response.setHeader(HttpHeaders.RETRY_AFTER,
				String.valueOf(TemporarilyUnavailableException.RETRY_AFTER_SECONDS));
		return this.errorPages.page(HttpStatus.SERVICE_UNAVAILABLE);
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ModelAndView methodNotAllowed() {
		return this.errorPages.page(HttpStatus.METHOD_NOT_ALLOWED);
	}

}
