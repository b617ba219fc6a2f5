package org.migrantportal.feedback.web;

import java.util.Locale;
import java.util.OptionalLong;

import org.migrantportal.feedback.FeedbackService;
import org.migrantportal.feedback.FeedbackTarget;
import org.migrantportal.feedback.FeedbackTargetKind;
import org.migrantportal.i18n.PageLinksFactory;
import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.shared.BadRequestException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * {@code POST /{locale}/feedback}: the "Was this useful?" form at the end of every page
 * and service, without JavaScript. The target is looked up from its kind and id; a
 * missing answer or a too long text comes back with what was typed (400), an unknown
 * target is the 400 or 404 page (a post from another website never gets here: the public
 * security chain refuses it with the 403 page). Then the thank-you page ({@code GET
 * /{locale}/feedback/thanks}) leads back.
 */
@Controller
class FeedbackController {

	private final FeedbackService feedback;

	private final PageLinksFactory pageLinks;

	FeedbackController(FeedbackService feedback, PageLinksFactory pageLinks) {
		this.feedback = feedback;
		this.pageLinks = pageLinks;
	}

	@PostMapping("/{locale}/feedback")
	ModelAndView create(@PathVariable SiteLocale locale, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String id, @RequestParam(required = false) String useful,
			@RequestParam(required = false) String text) {
		FeedbackForm form = FeedbackForm.read(kind, id, useful, text);
		FeedbackTargetKind targetKind = form.targetKind();
		OptionalLong targetId = form.targetId();
		if (targetKind == null || targetId.isEmpty()) {
			throw new BadRequestException("No feedback target named");
		}
		FeedbackTarget target = this.feedback.getTarget(targetKind, targetId.getAsLong(), locale);
		if (form.hasErrors()) {
			return page(locale, "site/feedback/form", HttpStatus.BAD_REQUEST).addObject("form", form)
				.addObject("target", target);
		}
		this.feedback.record(locale, targetKind, targetId.getAsLong(), form.isUseful(), text);
		RedirectView thanks = new RedirectView(thanksPath(locale, targetKind, targetId.getAsLong()));
		thanks.setStatusCode(HttpStatus.SEE_OTHER);
		return new ModelAndView(thanks);
	}

	@GetMapping("/{locale}/feedback/thanks")
	ModelAndView thanks(@PathVariable SiteLocale locale, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String id) {
		FeedbackForm named = FeedbackForm.read(kind, id, null, null);
		if (named.targetKind() == null || named.targetId().isEmpty()) {
			throw new BadRequestException("No feedback target named");
		}
		FeedbackTargetKind targetKind = named.targetKind();
		long targetId = named.targetId().getAsLong();
		FeedbackTarget target = this.feedback.getTarget(targetKind, targetId, locale);
		return new ModelAndView("site/feedback/thanks").addObject("target", target)
			.addObject("links",
					this.pageLinks.forEveryLocale(locale, (other) -> thanksPath(other, targetKind, targetId)));
	}

	private ModelAndView page(SiteLocale locale, String view, HttpStatus status) {
		ModelAndView page = new ModelAndView(view).addObject("links",
				this.pageLinks.forEveryLocale(locale, (other) -> "/" + other.tag() + "/"));
		page.setStatus(status);
		return page;
	}

	private static String thanksPath(SiteLocale locale, FeedbackTargetKind kind, long id) {
		return String.format("/%s/feedback/thanks?kind=%s&id=%d", locale.tag(), kind.name().toLowerCase(Locale.ROOT),
				id);
	}

}
