package org.migrantportal.content.admin;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.migrantportal.content.ContentEditingService;
import org.migrantportal.content.ContentKind;
import org.migrantportal.content.ContentRuleException;
import org.migrantportal.i18n.SiteLocales;
import org.migrantportal.shared.Actor;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A new page, topic or news item with its first translation, as a draft; a rejected form
 * comes back with everything typed.
 */
@Controller
class ContentCreationAdminController {

	private final ContentEditingService editing;

	private final SiteLocales siteLocales;

	private final NewsCoverChoices covers;

	ContentCreationAdminController(ContentEditingService editing, SiteLocales siteLocales, NewsCoverChoices covers) {
		this.editing = editing;
		this.siteLocales = siteLocales;
		this.covers = covers;
	}

	@GetMapping("/admin/news/new")
	String newNewsForm(Actor actor, Model model) {
		model.addAttribute("form",
				NewNewsForm.empty(this.siteLocales.get(ContentForms.uiLocale()), ContentForms.defaultCountry(actor)));
		this.covers.addTo(model, actor, null);
		return "admin/content/new-news";
	}

	@PostMapping("/admin/news")
	String createNews(@Valid @ModelAttribute("form") NewNewsForm form, BindingResult result, Actor actor, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		BindingResult errors = ContentForms.keepEntry(form,
				NewNewsForm.empty(this.siteLocales.get(ContentForms.uiLocale()), ContentForms.defaultCountry(actor)),
				result, "form", model);
		if (!errors.hasErrors()) {
			try {
				Long id = this.editing.createNews(actor, form.toDetails(), form.locale().tag(), form.toDraft());
				redirect.addFlashAttribute("flash", "content.flash.created");
				return "redirect:/admin/news/" + id + "/" + form.locale().tag();
			}
			catch (ContentRuleException ex) {
				ContentForms.reject(errors, ex);
			}
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		this.covers.addTo(model, actor, null);
		return "admin/content/new-news";
	}

	@GetMapping("/admin/topics/new")
	String newTopicForm(Actor actor, Model model) {
		if (!this.editing.mayCreate(actor, ContentKind.TOPIC)) {
			// refused before anyone types a word
			throw new AccessDeniedException("Topics are shared by every organization");
		}
		model.addAttribute("form", NewTopicForm.empty(this.siteLocales.get(ContentForms.uiLocale())));
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
				ContentForms.reject(result, ex);
			}
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return "admin/content/new-topic";
	}

	@GetMapping("/admin/pages/new")
	String newForm(Actor actor, Model model) {
		model.addAttribute("form",
				NewPageForm.empty(this.siteLocales.get(ContentForms.uiLocale()), ContentForms.defaultCountry(actor)));
		model.addAttribute("topics", this.editing.listTopicChoices(ContentForms.uiLocale()));
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
				ContentForms.reject(result, ex);
			}
		}
		model.addAttribute("topics", this.editing.listTopicChoices(ContentForms.uiLocale()));
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return "admin/content/new";
	}

}
