package org.migrantportal.feedback.admin;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.migrantportal.feedback.FeedbackFilter;
import org.migrantportal.feedback.FeedbackProperties;
import org.migrantportal.feedback.FeedbackReport;
import org.migrantportal.feedback.FeedbackSummary;
import org.migrantportal.feedback.FeedbackTargetKind;
import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.i18n.SiteLocales;
import org.migrantportal.shared.Actor;
import org.migrantportal.shared.BadRequestException;
import org.migrantportal.shared.Pager;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/feedback}: what visitors said per page or service and language, filtered
 * by language and kind, one page at a time; and deleting a text that holds personal data.
 */
@Controller
class FeedbackAdminController {

	private final FeedbackReport report;

	private final SiteLocales siteLocales;

	private final FeedbackProperties properties;

	FeedbackAdminController(FeedbackReport report, SiteLocales siteLocales, FeedbackProperties properties) {
		this.report = report;
		this.siteLocales = siteLocales;
		this.properties = properties;
	}

	@GetMapping("/admin/feedback")
	String list(@RequestParam(required = false) String language, @RequestParam(required = false) String kind,
			@RequestParam(defaultValue = "0") int page, @RequestParam MultiValueMap<String, String> query, Actor actor,
			Locale locale, Model model) {
		FeedbackFilter filter = filter(language, kind);
		SiteLocale reader = this.siteLocales.findOrDefault(locale.getLanguage());
		Map<String, String> languageNames = new LinkedHashMap<>();
		this.siteLocales.all().forEach((siteLocale) -> languageNames.put(siteLocale.tag(), siteLocale.nativeName()));
		Page<FeedbackSummary> summaries = this.report.list(actor, filter, page, reader);
		model.addAttribute("summaries", summaries);
		model.addAttribute("pager", Pager.of(summaries, "/admin/feedback", query));
		model.addAttribute("filter", filter);
		model.addAttribute("kindCode", (filter.kind() != null) ? filter.kind().name() : null);
		model.addAttribute("languageNames", languageNames);
		model.addAttribute("kinds", FeedbackTargetKind.values());
		model.addAttribute("textRetentionDays", this.properties.textRetentionDays());
		return "admin/feedback/list";
	}

	@PostMapping("/admin/feedback/{id}/delete-text")
	String deleteText(@PathVariable long id, @RequestParam(required = false) String language,
			@RequestParam(required = false) String kind, @RequestParam(defaultValue = "0") int page, Actor actor,
			RedirectAttributes redirect) {
		FeedbackFilter filter = filter(language, kind);
		boolean deleted = this.report.deleteText(actor, id);
		redirect.addFlashAttribute("flash",
				deleted ? "feedback-admin.flash.text-deleted" : "feedback-admin.flash.no-text");
		redirect.addAttribute("page", Math.max(page, 0));
		if (filter.locale() != null) {
			redirect.addAttribute("language", filter.locale());
		}
		if (filter.kind() != null) {
			redirect.addAttribute("kind", filter.kind().name());
		}
		return "redirect:/admin/feedback";
	}

	private FeedbackFilter filter(String language, String kind) {
		String locale = null;
		if (language != null && !language.isBlank()) {
			locale = this.siteLocales.find(language.strip())
				.map(SiteLocale::tag)
				.orElseThrow(() -> new BadRequestException("Unknown language"));
		}
		FeedbackTargetKind targetKind = null;
		if (kind != null && !kind.isBlank()) {
			targetKind = FeedbackTargetKind.parse(kind).orElseThrow(() -> new BadRequestException("Unknown kind"));
		}
		return new FeedbackFilter(locale, targetKind);
	}

}
