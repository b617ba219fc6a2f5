package org.migrantportal.content.admin;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.migrantportal.content.ContentEditingService;
import org.migrantportal.content.ContentKind;
import org.migrantportal.content.ContentRuleException;
import org.migrantportal.content.EditConflictException;
import org.migrantportal.content.EditableTranslation;
import org.migrantportal.content.EditorialFilter;
import org.migrantportal.content.TranslationState;
import org.migrantportal.content.TranslationStatus;
import org.migrantportal.content.XliffException;
import org.migrantportal.content.XliffExchange;
import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.i18n.SiteLocales;
import org.migrantportal.shared.Actor;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.MarkdownRenderer;
import org.migrantportal.shared.StaffRole;
import org.migrantportal.shared.WordDiff;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Editors' work on pages, topics and news: the filtered lists, a new page, topic or news
 * item, writing a translation with a server-rendered preview, the workflow (submit,
 * publish, unpublish, schedule), revisions and the trash. Each handler makes one service
 * call; the service checks role and scope.
 */
@Controller
class ContentPageAdminController {

	private static final String EDIT = "admin/content/edit";

	private final ContentEditingService editing;

	private final SiteLocales siteLocales;

	private final XliffExchange xliff;

	ContentPageAdminController(ContentEditingService editing, SiteLocales siteLocales, XliffExchange xliff) {
		this.editing = editing;
		this.siteLocales = siteLocales;
		this.xliff = xliff;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("locales", this.siteLocales.all());
		model.addAttribute("countries", List.of(CountryScope.values()));
		model.addAttribute("states", List.of(TranslationState.values()));
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
		model.addAttribute("rows", this.editing.list(actor, kind, filter));
		model.addAttribute("filter", filter);
		model.addAttribute("listKind", kind);
		if (kind == ContentKind.PAGE) {
			model.addAttribute("topics", this.editing.listTopicChoices(uiLocale()));
		}
		return "admin/content/list";
	}

	@GetMapping("/admin/translations")
	String translations(@RequestParam(required = false) ContentKind kind,
			@RequestParam(required = false) CountryScope country,
			@RequestParam(required = false) TranslationStatus status, Actor actor, Model model) {
		model.addAttribute("dashboard", this.editing.translationDashboard(actor, kind, country, status));
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
		List<XliffExchange.ContentItemRef> items = this.editing.translationDashboard(actor, kind, country, null)
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

	@GetMapping("/admin/news/new")
	String newNewsForm(Actor actor, Model model) {
		model.addAttribute("form", NewNewsForm.empty(this.siteLocales.get(uiLocale()), defaultCountry(actor)));
		return "admin/content/new-news";
	}

	@PostMapping("/admin/news")
	String createNews(@Valid @ModelAttribute("form") NewNewsForm form, BindingResult result, Actor actor, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		BindingResult errors = keepEntry(form,
				NewNewsForm.empty(this.siteLocales.get(uiLocale()), defaultCountry(actor)), result, "form", model);
		if (!errors.hasErrors()) {
			try {
				Long id = this.editing.createNews(actor, form.toDetails(), form.locale().tag(), form.toDraft());
				redirect.addFlashAttribute("flash", "content.flash.created");
				return "redirect:/admin/news/" + id + "/" + form.locale().tag();
			}
			catch (ContentRuleException ex) {
				reject(errors, ex);
			}
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return "admin/content/new-news";
	}

	@GetMapping("/admin/topics/new")
	String newTopicForm(Model model) {
		model.addAttribute("form", NewTopicForm.empty(this.siteLocales.get(uiLocale())));
		return "admin/content/new-topic";
	}

	@PostMapping("/admin/topics")
	String createTopic(@Valid @ModelAttribute("form") NewTopicForm form, BindingResult result, Actor actor,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (form != null && !result.hasErrors()) {
			try {
				Long topicId = this.editing.createTopic(actor, form.locale().tag(), form.toDraft());
				redirect.addFlashAttribute("flash", "content.flash.created");
				return "redirect:/admin/topics/" + topicId + "/" + form.locale().tag();
			}
			catch (ContentRuleException ex) {
				reject(result, ex);
			}
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return "admin/content/new-topic";
	}

	@GetMapping("/admin/pages/new")
	String newForm(Actor actor, Model model) {
		model.addAttribute("form", NewPageForm.empty(this.siteLocales.get(uiLocale()), defaultCountry(actor)));
		model.addAttribute("topics", this.editing.listTopicChoices(uiLocale()));
		return "admin/content/new";
	}

	@PostMapping("/admin/pages")
	String create(@Valid @ModelAttribute("form") NewPageForm form, BindingResult result, Actor actor, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (!result.hasErrors()) {
			try {
				Long pageId = this.editing.createPage(actor, form.toNewPage());
				redirect.addFlashAttribute("flash", "content.flash.created");
				return "redirect:/admin/pages/" + pageId + "/" + form.locale().tag();
			}
			catch (ContentRuleException ex) {
				reject(result, ex);
			}
		}
		model.addAttribute("topics", this.editing.listTopicChoices(uiLocale()));
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return "admin/content/new";
	}

	@GetMapping("/admin/{kind}/{id}/{locale}")
	String editForm(@PathVariable ContentKind kind, @PathVariable Long id, @PathVariable SiteLocale locale, Actor actor,
			Model model) {
		EditableTranslation translation = this.editing.getTranslation(actor, kind, id, locale.tag());
		model.addAttribute("form", TranslationForm.of(translation));
		return edit(model, actor, translation, locale);
	}

	@PostMapping(path = "/admin/{kind}/{id}/{locale}", params = "preview")
	String preview(@PathVariable ContentKind kind, @PathVariable Long id, @PathVariable SiteLocale locale,
			@Valid @ModelAttribute("form") TranslationForm form, BindingResult result, Actor actor, Model model,
			HttpServletResponse response) {
		EditableTranslation translation = this.editing.getTranslation(actor, kind, id, locale.tag());
		if (form == null) {
			return unreadableForm(model, actor, translation, locale, response);
		}
		model.addAttribute("previewHtml", MarkdownRenderer.toSafeHtml(form.bodyMarkdown()));
		return edit(model, actor, translation, locale);
	}

	@PostMapping(path = "/admin/{kind}/{id}/{locale}", params = "!preview")
	String update(@PathVariable ContentKind kind, @PathVariable Long id, @PathVariable SiteLocale locale,
			@Valid @ModelAttribute("form") TranslationForm form, BindingResult result, Actor actor, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (form == null) {
			return unreadableForm(model, actor, this.editing.getTranslation(actor, kind, id, locale.tag()), locale,
					response);
		}
		if (!result.hasErrors()) {
			try {
				this.editing.saveTranslation(actor, kind, id, locale.tag(), form.toDraft(), form.loadedVersion());
				redirect.addFlashAttribute("flash", "content.flash.saved");
				return "redirect:/admin/" + kind.segment() + "/" + id + "/" + locale.tag();
			}
			catch (EditConflictException ex) {
				return conflict(kind, id, locale, form, ex, actor, model, response);
			}
			catch (ContentRuleException ex) {
				reject(result, ex);
			}
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return edit(model, actor, this.editing.getTranslation(actor, kind, id, locale.tag()), locale);
	}

	@PostMapping("/admin/{kind}/{id}/{locale}/submit")
	String submitForReview(@PathVariable ContentKind kind, @PathVariable Long id, @PathVariable SiteLocale locale,
			@RequestParam long version, Actor actor, RedirectAttributes redirect) {
		return workflow(kind, id, locale, redirect, "content.flash.submitted",
				() -> this.editing.submitForReview(actor, kind, id, locale.tag(), version));
	}

	@PostMapping("/admin/{kind}/{id}/{locale}/publish")
	String publish(@PathVariable ContentKind kind, @PathVariable Long id, @PathVariable SiteLocale locale,
			@RequestParam long version, Actor actor, RedirectAttributes redirect) {
		return workflow(kind, id, locale, redirect, "content.flash.published",
				() -> this.editing.publish(actor, kind, id, locale.tag(), version));
	}

	@PostMapping("/admin/{kind}/{id}/{locale}/unpublish")
	String unpublish(@PathVariable ContentKind kind, @PathVariable Long id, @PathVariable SiteLocale locale,
			@RequestParam long version, Actor actor, RedirectAttributes redirect) {
		return workflow(kind, id, locale, redirect, "content.flash.unpublished",
				() -> this.editing.unpublish(actor, kind, id, locale.tag(), version));
	}

	@PostMapping("/admin/{kind}/{id}/{locale}/schedule")
	String schedule(@PathVariable ContentKind kind, @PathVariable Long id, @PathVariable SiteLocale locale,
			@RequestParam long version,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime publishAt,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime unpublishAt,
			Actor actor, RedirectAttributes redirect) {
		ZoneId zone = actor.countryScope().zone();
		Instant publish = (publishAt != null) ? publishAt.atZone(zone).toInstant() : null;
		Instant unpublish = (unpublishAt != null) ? unpublishAt.atZone(zone).toInstant() : null;
		return workflow(kind, id, locale, redirect, "content.flash.scheduled",
				() -> this.editing.schedule(actor, kind, id, locale.tag(), publish, unpublish, version));
	}

	@PostMapping("/admin/{kind}/{id}/{locale}/native-review")
	String nativeReview(@PathVariable ContentKind kind, @PathVariable Long id, @PathVariable SiteLocale locale,
			@RequestParam long version, @RequestParam boolean awaiting, Actor actor, RedirectAttributes redirect) {
		return workflow(kind, id, locale, redirect,
				awaiting ? "content.flash.marked-awaiting-review" : "content.flash.native-review-confirmed",
				() -> this.editing.setAwaitingNativeReview(actor, kind, id, locale.tag(), awaiting, version));
	}

	@GetMapping("/admin/{kind}/{id}/{locale}/revisions")
	String revisions(@PathVariable ContentKind kind, @PathVariable Long id, @PathVariable SiteLocale locale,
			Actor actor, Model model) {
		model.addAttribute("translation", this.editing.getTranslation(actor, kind, id, locale.tag()));
		model.addAttribute("revisions", this.editing.listRevisions(actor, kind, id, locale.tag()));
		model.addAttribute("zone", actor.countryScope().zone());
		return "admin/content/revisions";
	}

	@GetMapping("/admin/{kind}/{id}/{locale}/revisions/{revisionId}")
	String revision(@PathVariable ContentKind kind, @PathVariable Long id, @PathVariable SiteLocale locale,
			@PathVariable Long revisionId, Actor actor, Model model) {
		model.addAttribute("translation", this.editing.getTranslation(actor, kind, id, locale.tag()));
		model.addAttribute("revision", this.editing.getRevision(actor, kind, id, locale.tag(), revisionId));
		model.addAttribute("zone", actor.countryScope().zone());
		return "admin/content/revision";
	}

	@GetMapping("/admin/{kind}/{id}/{locale}/compare")
	String compare(@PathVariable ContentKind kind, @PathVariable Long id, @PathVariable SiteLocale locale,
			@RequestParam Long from, @RequestParam Long to, Actor actor, Model model) {
		model.addAttribute("translation", this.editing.getTranslation(actor, kind, id, locale.tag()));
		model.addAttribute("from", this.editing.getRevision(actor, kind, id, locale.tag(), from).summary());
		model.addAttribute("to", this.editing.getRevision(actor, kind, id, locale.tag(), to).summary());
		model.addAttribute("differences", this.editing.compareRevisions(actor, kind, id, locale.tag(), from, to));
		return "admin/content/compare";
	}

	@PostMapping("/admin/{kind}/{id}/{locale}/revisions/{revisionId}/restore")
	String restoreRevision(@PathVariable ContentKind kind, @PathVariable Long id, @PathVariable SiteLocale locale,
			@PathVariable Long revisionId, @RequestParam long version, Actor actor, RedirectAttributes redirect) {
		return workflow(kind, id, locale, redirect, "content.flash.revision-restored",
				() -> this.editing.restoreRevision(actor, kind, id, locale.tag(), revisionId, version));
	}

	@PostMapping("/admin/news/{id}/{locale}/details")
	String updateNewsDetails(@PathVariable Long id, @PathVariable SiteLocale locale,
			@Valid @ModelAttribute("details") NewsDetailsForm details, BindingResult result, Actor actor, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		BindingResult errors = keepEntry(details, NewsDetailsForm.of(this.editing.getNewsDetails(actor, id)), result,
				"details", model);
		HttpStatus status = HttpStatus.BAD_REQUEST;
		if (!errors.hasErrors()) {
			try {
				this.editing.updateNewsDetails(actor, id, details.toDetails());
				redirect.addFlashAttribute("flash", "content.flash.details-saved");
				return "redirect:/admin/news/" + id + "/" + locale.tag();
			}
			catch (ContentRuleException ex) {
				reject(errors, ex);
				if ("content.error.stale-details".equals(ex.messageKey())) {
					model.addAttribute("storedDetails", this.editing.getNewsDetails(actor, id));
					status = HttpStatus.CONFLICT;
				}
			}
		}
		EditableTranslation translation = this.editing.getTranslation(actor, ContentKind.NEWS, id, locale.tag());
		model.addAttribute("form", TranslationForm.of(translation));
		response.setStatus(status.value());
		return edit(model, actor, translation, locale);
	}

	@PostMapping("/admin/{kind}/{id}/trash")
	String moveToTrash(@PathVariable ContentKind kind, @PathVariable Long id, Actor actor,
			RedirectAttributes redirect) {
		this.editing.moveToTrash(actor, kind, id);
		redirect.addFlashAttribute("flash", "content.flash.trashed");
		return "redirect:/admin/" + kind.segment();
	}

	@GetMapping("/admin/trash")
	String trash(Actor actor, Model model) {
		model.addAttribute("rows", this.editing.listTrash(actor));
		model.addAttribute("canPurge", actor.hasRole(StaffRole.ADMIN));
		return "admin/content/trash";
	}

	@PostMapping("/admin/trash/{kind}/{id}/restore")
	String restore(@PathVariable ContentKind kind, @PathVariable Long id, Actor actor, RedirectAttributes redirect) {
		this.editing.restoreFromTrash(actor, kind, id);
		redirect.addFlashAttribute("flash", "content.flash.restored");
		return "redirect:/admin/trash";
	}

	@PostMapping("/admin/trash/{kind}/{id}/purge")
	String purge(@PathVariable ContentKind kind, @PathVariable Long id, Actor actor, RedirectAttributes redirect) {
		this.editing.purge(actor, kind, id);
		redirect.addFlashAttribute("flash", "content.flash.purged");
		return "redirect:/admin/trash";
	}

	private String edit(Model model, Actor actor, EditableTranslation translation, SiteLocale locale) {
		model.addAttribute("translation", translation);
		model.addAttribute("locale", locale);
		model.addAttribute("canPublish", actor.hasRole(StaffRole.REVIEWER));
		model.addAttribute("fourEyes", this.editing.isFourEyesRequired(translation.country()));
		model.addAttribute("zone", actor.countryScope().zone());
		if (translation.kind() == ContentKind.NEWS && !model.containsAttribute("details")) {
			model.addAttribute("details", NewsDetailsForm.of(this.editing.getNewsDetails(actor, translation.id())));
		}
		return EDIT;
	}

	/**
	 * A form whose fields could not even be read (tampered): show the stored text again,
	 * with an error.
	 */
	private String unreadableForm(Model model, Actor actor, EditableTranslation translation, SiteLocale locale,
			HttpServletResponse response) {
		BeanPropertyBindingResult current = new BeanPropertyBindingResult(TranslationForm.of(translation), "form");
		current.reject("content.error.form-unreadable");
		model.addAttribute("form", current.getTarget());
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", current);
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return edit(model, actor, translation, locale);
	}

	private String conflict(ContentKind kind, Long id, SiteLocale locale, TranslationForm yours,
			EditConflictException conflict, Actor actor, Model model, HttpServletResponse response) {
		model.addAttribute("form", yours.withVersion(conflict.storedVersion()));
		model.addAttribute("conflict", conflict);
		model.addAttribute("conflictDiff", WordDiff.compare(conflict.stored().bodyMarkdown(),
				(yours.bodyMarkdown() != null) ? yours.bodyMarkdown() : ""));
		response.setStatus(HttpStatus.CONFLICT.value());
		return edit(model, actor, this.editing.getTranslation(actor, kind, id, locale.tag()), locale);
	}

	private String workflow(ContentKind kind, Long id, SiteLocale locale, RedirectAttributes redirect, String success,
			Runnable step) {
		try {
			step.run();
			redirect.addFlashAttribute("flash", success);
		}
		catch (EditConflictException ex) {
			redirect.addFlashAttribute("flashError", "content.error.stale");
		}
		catch (ContentRuleException ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
		return "redirect:/admin/" + kind.segment() + "/" + id + "/" + locale.tag();
	}

	/**
	 * The binding result to show a form again with. A value that could not even be
	 * converted (a date such as "tomorrow") leaves Spring's result without a target, so
	 * the entry goes into a result of our own with the same errors; a form that could not
	 * be read at all shows {@code fallback} with a general error.
	 */
	private static BindingResult keepEntry(Object bound, Object fallback, BindingResult result, String name,
			Model model) {
		DirectFieldBindingResult errors = new DirectFieldBindingResult((bound != null) ? bound : fallback, name);
		errors.addAllErrors(result);
		if (bound == null) {
			errors.reject("content.error.form-unreadable");
		}
		model.addAttribute(name, errors.getTarget());
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, errors);
		return errors;
	}

	private static void reject(BindingResult result, ContentRuleException ex) {
		if (ex.field() != null) {
			result.rejectValue(ex.field(), ex.messageKey());
		}
		else {
			result.reject(ex.messageKey());
		}
	}

	private static CountryScope defaultCountry(Actor actor) {
		return (actor.countryScope() == CountryScope.BOTH) ? CountryScope.GEORGIA : actor.countryScope();
	}

	private static String uiLocale() {
		return LocaleContextHolder.getLocale().toLanguageTag();
	}

}
