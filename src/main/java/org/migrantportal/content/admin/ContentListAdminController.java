package org.migrantportal.content.admin;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.migrantportal.content.ContentEditingService;
import org.migrantportal.content.ContentKind;
import org.migrantportal.content.ContentOverview;
import org.migrantportal.content.EditorialFilter;
import org.migrantportal.content.TranslationState;
import org.migrantportal.content.TranslationStatus;
import org.migrantportal.content.XliffException;
import org.migrantportal.content.XliffExchange;
import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.i18n.SiteLocales;
import org.migrantportal.shared.Actor;
import org.migrantportal.shared.CountryScope;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The lists editors work from: pages, topics and news filtered by country, topic, state,
 * language and title; the translation dashboard; XLIFF export and import for translation
 * agencies.
 */
@Controller
class ContentListAdminController {

	private final ContentOverview overview;

	private final ContentEditingService editing;

	private final SiteLocales siteLocales;

	private final XliffExchange xliff;

	ContentListAdminController(ContentOverview overview, ContentEditingService editing, SiteLocales siteLocales,
			XliffExchange xliff) {
		this.overview = overview;
		this.editing = editing;
		this.siteLocales = siteLocales;
		this.xliff = xliff;
	}

	@GetMapping({ "/admin/pages", "/admin/topics", "/admin/news" })
	String list(@RequestParam(required = false) CountryScope country, @RequestParam(required = false) Long topic,
			@RequestParam(required = false) TranslationState state, @RequestParam(required = false) SiteLocale language,
			@RequestParam(required = false) String text, Actor actor, Model model, HttpServletRequest request) {
		String path = request.getRequestURI();
		ContentKind kind = ContentKind.fromSegment(path.substring(path.lastIndexOf('/') + 1)).orElseThrow();
		String query = (text != null && text.length() > 200) ? text.substring(0, 200) : text;
		EditorialFilter filter = new EditorialFilter(country, (kind == ContentKind.PAGE) ? topic : null, state,
				(language != null) ? language.tag() : null, query);
		model.addAttribute("rows", this.overview.list(actor, kind, filter));
		model.addAttribute("filter", filter);
		model.addAttribute("listKind", kind);
		model.addAttribute("canCreate", this.editing.mayCreate(actor, kind));
		if (kind == ContentKind.PAGE) {
			model.addAttribute("topics", this.editing.listTopicChoices(ContentForms.uiLocale()));
		}
		return "admin/content/list";
	}

	@GetMapping("/admin/translations")
	String translations(@RequestParam(required = false) ContentKind kind,
			@RequestParam(required = false) CountryScope country,
			@RequestParam(required = false) TranslationStatus status, Actor actor, Model model) {
		model.addAttribute("dashboard", this.overview.translationDashboard(actor, kind, country, status));
		model.addAttribute("kinds", List.of(ContentKind.values()));
		model.addAttribute("statuses", List.of(TranslationStatus.values()));
		model.addAttribute("kind", kind);
		model.addAttribute("country", country);
		model.addAttribute("status", status);
		model.addAttribute("locales", this.siteLocales.all());
		return "admin/content/translations";
	}

	@GetMapping("/admin/translations/xliff")
	Object exportXliff(@RequestParam SiteLocale source, @RequestParam SiteLocale target,
			@RequestParam(required = false) ContentKind kind, @RequestParam(required = false) CountryScope country,
			Actor actor, RedirectAttributes redirect) {
		List<XliffExchange.ContentItemRef> items = this.overview.translationDashboard(actor, kind, country, null)
			.rows()
			.stream()
			.map((row) -> new XliffExchange.ContentItemRef(row.kind(), row.id()))
			.toList();
		String xliff;
		try {
			xliff = this.xliff.export(actor, source.tag(), target.tag(), items);
		}
		catch (XliffException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
			redirect.addFlashAttribute("flashDetail", ex.detail());
			return "redirect:/admin/translations";
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/xliff+xml;charset=UTF-8"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("portal-" + source.tag() + "-" + target.tag() + ".xlf")
						.build()
						.toString())
			.body(xliff);
	}

	@PostMapping("/admin/translations/xliff")
	String importXliff(@RequestParam("file") MultipartFile file, @RequestParam(required = false) String target,
			Actor actor, RedirectAttributes redirect) throws IOException {
		try {
			int saved = this.xliff.importDrafts(actor, target, file.getBytes());
			redirect.addFlashAttribute("flash", "xliff.imported");
			redirect.addFlashAttribute("flashArgument", saved);
		}
		catch (XliffException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
			redirect.addFlashAttribute("flashDetail", ex.detail());
		}
		return "redirect:/admin/translations";
	}

}
