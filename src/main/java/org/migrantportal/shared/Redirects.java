package org.migrantportal.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/** Redirects a controller answers with when a URL has moved for good (a renamed slug). */
public final class Redirects {

	private Redirects() {
	}

	public static ModelAndView permanent(String path) {
		RedirectView view = new RedirectView(path, true);
		view.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
		view.setExposeModelAttributes(false);
		return new ModelAndView(view);
	}

}
