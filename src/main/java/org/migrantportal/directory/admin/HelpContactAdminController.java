package org.migrantportal.directory.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.migrantportal.directory.EditableHelpContact;
import org.migrantportal.directory.FormLimits;
import org.migrantportal.directory.HelpContactDocument;
import org.migrantportal.directory.HelpContactEditConflictException;
import org.migrantportal.directory.HelpContactEditingService;
import org.migrantportal.directory.HelpContactKind;
import org.migrantportal.directory.HelpContactRuleException;
import org.migrantportal.directory.ListingProblem;
import org.migrantportal.editorial.EditorialAction;
import org.migrantportal.editorial.EditorialRefusal;
import org.migrantportal.editorial.RevisionEntry;
import org.migrantportal.i18n.SiteLocales;
import org.migrantportal.shared.Actor;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.StaffRole;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff's work on help contacts and emergency numbers: the list, the trash, the form (all
 * languages at once), its workflow steps and the revisions. The form's workflow buttons
 * save what was typed first. A rejected form comes back as typed with status 400, an edit
 * conflict with status 409, a step the state does not allow with its reason and 409; the
 * service checks role and country scope (403).
 */
@Controller
class HelpContactAdminController {

	private static final String BASE = "/admin/help-contacts";

	private final HelpContactEditingService editing;

	private final SiteLocales siteLocales;

	HelpContactAdminController(HelpContactEditingService editing, SiteLocales siteLocales) {
		this.editing = editing;
		this.siteLocales = siteLocales;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("locales", this.siteLocales.all());
		model.addAttribute("countries", List.of(CountryScope.values()));
		model.addAttribute("kinds", List.of(HelpContactKind.values()));
	}

	/** The fields' limits, the same constants the rules check. */
	@ModelAttribute("limits")
	FormLimits limits() {
		return FormLimits.HELP_CONTACT;
	}

	@GetMapping(BASE)
	String list(Actor actor, Model model) {
		model.addAttribute("rows", this.editing.list(actor, uiLocale()));
		return "admin/help/list";
	}

	/** The contacts' trash is the one trash of every kind; old links still work. */
	@GetMapping(BASE + "/trash")
	String trash() {
		return "redirect:/admin/trash";
	}

	@GetMapping(BASE + "/new")
	String newForm(Actor actor, Model model) {
		model.addAttribute("form", HelpContactForm.empty(this.siteLocales.all(), defaultCountry(actor)));
		return "admin/help/form";
	}

	@PostMapping(BASE)
	String create(@ModelAttribute("form") HelpContactForm form, BindingResult result, Actor actor, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		form.complete(this.siteLocales.all());
		if (!result.hasErrors()) {
			List<ListingProblem> problems = new ArrayList<>();
			HelpContactDocument document = form.toDocument(problems);
			try {
				if (problems.isEmpty()) {
					Long id = this.editing.create(actor, document);
					redirect.addFlashAttribute("flash", "help-admin.flash.created");
					return "redirect:" + BASE + "/" + id;
				}
			}
			catch (HelpContactRuleException ex) {
				problems.addAll(ex.problems());
			}
			reject(result, problems);
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return "admin/help/form";
	}

	@GetMapping(BASE + "/{id}")
	String editForm(@PathVariable Long id, Actor actor, Model model) {
		EditableHelpContact contact = this.editing.getContact(actor, id);
		model.addAttribute("form", HelpContactForm.of(contact.document(), contact.version(), this.siteLocales.all()));
		return show(model, actor, contact);
	}

	/**
	 * Saves the typed form as a draft (unless nothing changed and a step was asked for),
	 * then takes the step its button named.
	 */
	@PostMapping(BASE + "/{id}")
	String update(@PathVariable Long id, @RequestParam(required = false) HelpContactStep step,
			@ModelAttribute("form") HelpContactForm form, BindingResult result, Actor actor, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		EditableHelpContact contact = this.editing.getContact(actor, id);
		form.complete(this.siteLocales.all());
		if (!result.hasErrors()) {
			List<ListingProblem> problems = new ArrayList<>();
			HelpContactDocument document = form.toDocument(problems);
			try {
				if (problems.isEmpty()) {
					long version = (form.getVersion() != null) ? form.getVersion() : -1;
					String flash = null;
					if (!document.equals(contact.document()) || step == null) {
						version = this.editing.save(actor, id, document, version);
						flash = "help-admin.flash.saved";
					}
					if (step != null) {
						step.apply(this.editing, actor, id, version);
						flash = step.flash();
					}
					redirect.addFlashAttribute("flash", flash);
					return "redirect:" + BASE + "/" + id;
				}
			}
			catch (HelpContactEditConflictException ex) {
				model.addAttribute("conflict", true);
				model.addAttribute("theirs", ex.stored());
				form.setVersion(ex.stored().version());
				response.setStatus(HttpStatus.CONFLICT.value());
				return show(model, actor, ex.stored());
			}
			catch (EditorialRefusal ex) {
				return refused(ex, id, actor, model, response);
			}
			catch (HelpContactRuleException ex) {
				problems.addAll(ex.problems());
			}
			reject(result, problems);
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return show(model, actor, contact);
	}

	@PostMapping(BASE + "/{id}/submit")
	String submitForReview(@PathVariable Long id, @RequestParam long version, Actor actor, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return step(HelpContactStep.SUBMIT, id, version, actor, model, redirect, response);
	}

	@PostMapping(BASE + "/{id}/publish")
	String publish(@PathVariable Long id, @RequestParam long version, Actor actor, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return step(HelpContactStep.PUBLISH, id, version, actor, model, redirect, response);
	}

	@PostMapping(BASE + "/{id}/unpublish")
	String unpublish(@PathVariable Long id, @RequestParam long version, Actor actor, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return step(HelpContactStep.UNPUBLISH, id, version, actor, model, redirect, response);
	}

	@PostMapping(BASE + "/{id}/send-back")
	String sendBack(@PathVariable Long id, @RequestParam long version, @RequestParam(required = false) String reason,
			Actor actor, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			this.editing.sendBack(actor, id, reason, version);
			redirect.addFlashAttribute("flash", "editorial.flash.sent-back");
			return "redirect:" + BASE + "/" + id;
		}
		catch (HelpContactEditConflictException ex) {
			return stale(id, actor, model, response);
		}
		catch (EditorialRefusal ex) {
			return refused(ex, id, actor, model, response);
		}
		catch (HelpContactRuleException ex) {
			model.addAttribute("flashError", ex.problems().get(0).messageKey());
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return showSaved(id, actor, model);
		}
	}

	@PostMapping(BASE + "/{id}/trash")
	String moveToTrash(@PathVariable Long id, Actor actor, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			this.editing.moveToTrash(actor, id);
		}
		catch (EditorialRefusal ex) {
			return refused(ex, id, actor, model, response);
		}
		redirect.addFlashAttribute("flash", "help-admin.flash.moved-to-trash");
		return "redirect:" + BASE;
	}

	@PostMapping(BASE + "/{id}/restore")
	String restoreFromTrash(@PathVariable Long id, Actor actor, RedirectAttributes redirect) {
		this.editing.restoreFromTrash(actor, id);
		redirect.addFlashAttribute("flash", "help-admin.flash.restored");
		return "redirect:" + BASE + "/" + id;
	}

	@GetMapping(BASE + "/{id}/revisions")
	String revisions(@PathVariable Long id, Actor actor, Model model) {
		model.addAttribute("contact", this.editing.getContact(actor, id));
		model.addAttribute("entries", RevisionEntry.newestFirst(this.editing.listRevisions(actor, id),
				(revision) -> new RevisionEntry.Partial(revision.number(), revision.createdAt(), revision.authorEmail(),
						revision.note(), revision.working(), true, revision.published()),
				(revision) -> null,
				(before, revision) -> BASE + "/" + id + "/compare?from=" + before.id() + "&to=" + revision.id(),
				(revision) -> BASE + "/" + id + "/revisions/" + revision.id() + "/restore"));
		model.addAttribute("zone", actor.countryScope().zone());
		model.addAttribute("uiLocale", uiLocale());
		return "admin/help/revisions";
	}

	/** What changed between two revisions of a contact, in the back-office language. */
	@GetMapping(BASE + "/{id}/compare")
	String compare(@PathVariable Long id, @RequestParam Long from, @RequestParam Long to, Actor actor, Model model) {
		model.addAttribute("contact", this.editing.getContact(actor, id));
		model.addAttribute("differences", this.editing.compareRevisions(actor, id, from, to, uiLocale()));
		model.addAttribute("uiLocale", uiLocale());
		return "admin/help/compare";
	}

	@PostMapping(BASE + "/{id}/revisions/{revisionId}/restore")
	String restoreRevision(@PathVariable Long id, @PathVariable Long revisionId, @RequestParam long version,
			Actor actor, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			this.editing.restoreRevision(actor, id, revisionId, version);
		}
		catch (HelpContactEditConflictException ex) {
			return stale(id, actor, model, response);
		}
		catch (HelpContactRuleException ex) {
			model.addAttribute("flashError", "help-admin.error.cannot-publish");
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return showSaved(id, actor, model);
		}
		redirect.addFlashAttribute("flash", "help-admin.flash.revision-restored");
		return "redirect:" + BASE + "/" + id;
	}

	private String step(HelpContactStep step, Long id, long version, Actor actor, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			step.apply(this.editing, actor, id, version);
		}
		catch (HelpContactEditConflictException ex) {
			return stale(id, actor, model, response);
		}
		catch (EditorialRefusal ex) {
			return refused(ex, id, actor, model, response);
		}
		catch (HelpContactRuleException ex) {
			model.addAttribute("flashError", "help-admin.error.cannot-publish");
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return showSaved(id, actor, model);
		}
		redirect.addFlashAttribute("flash", step.flash());
		return "redirect:" + BASE + "/" + id;
	}

	private String refused(EditorialRefusal ex, Long id, Actor actor, Model model, HttpServletResponse response) {
		model.addAttribute("flashError", ex.messageKey());
		response.setStatus(HttpStatus.CONFLICT.value());
		return showSaved(id, actor, model);
	}

	private String stale(Long id, Actor actor, Model model, HttpServletResponse response) {
		model.addAttribute("flashError", "help-admin.error.stale");
		response.setStatus(HttpStatus.CONFLICT.value());
		return showSaved(id, actor, model);
	}

	private String showSaved(Long id, Actor actor, Model model) {
		EditableHelpContact contact = this.editing.getContact(actor, id);
		model.addAttribute("form", HelpContactForm.of(contact.document(), contact.version(), this.siteLocales.all()));
		return show(model, actor, contact);
	}

	private String show(Model model, Actor actor, EditableHelpContact contact) {
		Set<String> can = this.editing.availableActions(actor, contact.id())
			.stream()
			.map(EditorialAction::name)
			.collect(Collectors.toSet());
		model.addAttribute("contact", contact);
		model.addAttribute("can", can);
		model.addAttribute("canPublish", actor.hasRole(StaffRole.REVIEWER));
		model.addAttribute("uiLocale", uiLocale());
		return "admin/help/form";
	}

	private static void reject(BindingResult result, List<ListingProblem> problems) {
		for (ListingProblem problem : problems) {
			String field = HelpContactForm.fieldOf(problem);
			try {
				result.rejectValue(field, problem.messageKey(), problem.messageKey());
			}
			catch (RuntimeException ex) {
				// a problem of a part the form has no field for is shown above the form
				result.reject(problem.messageKey(), problem.messageKey());
			}
		}
	}

	private static String uiLocale() {
		return LocaleContextHolder.getLocale().toLanguageTag();
	}

	private static CountryScope defaultCountry(Actor actor) {
		return (actor.countryScope() == CountryScope.BOTH) ? CountryScope.GEORGIA : actor.countryScope();
	}

}
