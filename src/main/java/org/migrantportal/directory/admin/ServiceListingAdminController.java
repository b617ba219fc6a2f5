package org.migrantportal.directory.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.migrantportal.directory.EditableListing;
import org.migrantportal.directory.ListingEditConflictException;
import org.migrantportal.directory.ListingFilter;
import org.migrantportal.directory.ListingProblem;
import org.migrantportal.directory.ListingReviewState;
import org.migrantportal.directory.ListingRow;
import org.migrantportal.directory.ListingRuleException;
import org.migrantportal.directory.OrganizationService;
import org.migrantportal.directory.OrganizationSummary;
import org.migrantportal.directory.ServiceListingDocument;
import org.migrantportal.directory.ServiceListingEditingService;
import org.migrantportal.directory.ServiceStatus;
import org.migrantportal.editorial.EditorialRefusal;
import org.migrantportal.editorial.RevisionEntry;
import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.i18n.SiteLocales;
import org.migrantportal.shared.Actor;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.Pager;

import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff's work on service listings: the filtered list and the re-verification view, the
 * listing form one language at a time, and its revisions. The form's language tabs and
 * workflow buttons submit the typed entry, so switching language or submitting for review
 * first saves what was typed. Each handler makes one service call per step; the service
 * checks role and scope.
 */
@Controller
class ServiceListingAdminController {

	private final ServiceListingEditingService editing;

	private final SiteLocales siteLocales;

	private final OrganizationService organizations;

	private final ListingFormPage page;

	ServiceListingAdminController(ServiceListingEditingService editing, SiteLocales siteLocales,
			OrganizationService organizations, ListingFormPage page) {
		this.editing = editing;
		this.siteLocales = siteLocales;
		this.organizations = organizations;
		this.page = page;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("locales", this.siteLocales.all());
		model.addAttribute("countries", List.of(CountryScope.values()));
		model.addAttribute("reviewStates", List.of(ListingReviewState.values()));
		model.addAttribute("statuses", List.of(ServiceStatus.values()));
	}

	@GetMapping("/admin/services")
	String list(@RequestParam(required = false) Long organization, @RequestParam(required = false) CountryScope country,
			@RequestParam(required = false) ListingReviewState state,
			@RequestParam(required = false) ServiceStatus status, @RequestParam(required = false) String text,
			@RequestParam(defaultValue = "false") boolean unverified, @RequestParam(defaultValue = "0") int page,
			@RequestParam MultiValueMap<String, String> query, Actor actor, Model model) {
		String words = (text != null && text.length() > 200) ? text.substring(0, 200) : text;
		ListingFilter filter = new ListingFilter(organization, country, state, status, words, unverified);
		Page<ListingRow> rows = this.editing.list(actor, filter, page, ListingFormPage.uiLocale());
		model.addAttribute("rows", rows);
		model.addAttribute("pager", Pager.of(rows, "/admin/services", query));
		model.addAttribute("filter", filter);
		model.addAttribute("organizations", this.editing.listOrganizationChoices(actor, this.page.uiSiteLocale()));
		model.addAttribute("organizationNames",
				this.organizations.listOrganizations(this.page.uiSiteLocale())
					.stream()
					.collect(Collectors.toMap(OrganizationSummary::id, OrganizationSummary::name)));
		model.addAttribute("verifyEveryDays", ServiceListingEditingService.VERIFY_EVERY_DAYS);
		return "admin/directory/list";
	}

	@GetMapping("/admin/services/new")
	String newForm(@RequestParam(required = false) SiteLocale lang, Actor actor, Model model) {
		SiteLocale locale = (lang != null) ? lang : this.page.uiSiteLocale();
		model.addAttribute("form", ListingForm.empty(actor.organizationId(), defaultCountry(actor)));
		return this.page.show(model, actor, null, locale);
	}

	/**
	 * Creates the listing from the typed form, then shows it in the language the editor
	 * switched to ({@code switchTo}), else in the one typed.
	 */
	@PostMapping("/admin/services")
	String create(@RequestParam(required = false) SiteLocale lang, @RequestParam(required = false) SiteLocale switchTo,
			@ModelAttribute("form") ListingForm form, BindingResult result, Actor actor, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		SiteLocale locale = (lang != null) ? lang : this.page.uiSiteLocale();
		BindingResult errors = ListingFormPage.keepEntry(form,
				ListingForm.empty(actor.organizationId(), defaultCountry(actor)), result, model);
		if (!errors.hasErrors()) {
			List<ListingProblem> problems = new ArrayList<>();
			ServiceListingDocument document = form.toDocument(null, locale.tag(), problems);
			try {
				if (problems.isEmpty()) {
					Long id = this.editing.create(actor, document);
					redirect.addFlashAttribute("flash", "directory-admin.flash.created");
					return "redirect:/admin/services/" + id + "?lang=" + ((switchTo != null) ? switchTo : locale).tag();
				}
			}
			catch (ListingRuleException ex) {
				problems.addAll(ex.problems());
			}
			ListingFormPage.reject(errors, this.page.withRuleProblems(problems, document, null), locale.tag());
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return this.page.show(model, actor, null, locale);
	}

	@GetMapping("/admin/services/{id}")
	String editForm(@PathVariable Long id, @RequestParam(required = false) SiteLocale lang, Actor actor, Model model) {
		EditableListing listing = this.editing.getListing(actor, id);
		SiteLocale locale = (lang != null) ? lang : this.siteLocales.get(listing.document().sourceLocale());
		model.addAttribute("form", ListingForm.of(listing.document(), listing.version(), locale.tag()));
		return this.page.show(model, actor, listing, locale);
	}

	/**
	 * Saves the typed form as a draft (with the version it was loaded at, so a conflict
	 * shows the conflict screen with the typed text), then takes the workflow
	 * {@code step} its button asked for, or shows the form in the language the editor
	 * switched to. A language switch or a step with nothing changed saves no new
	 * revision. A form with mistakes is shown again, as typed, with its errors.
	 */
	@PostMapping("/admin/services/{id}")
	String update(@PathVariable Long id, @RequestParam(required = false) SiteLocale lang,
			@RequestParam(required = false) SiteLocale switchTo, @RequestParam(required = false) ListingStep step,
			@ModelAttribute("form") ListingForm form, BindingResult result, Actor actor, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		EditableListing listing = this.editing.getListing(actor, id);
		SiteLocale locale = (lang != null) ? lang : this.siteLocales.get(listing.document().sourceLocale());
		BindingResult errors = ListingFormPage.keepEntry(form,
				ListingForm.of(listing.document(), listing.version(), locale.tag()), result, model);
		if (!errors.hasErrors()) {
			List<ListingProblem> problems = new ArrayList<>();
			ServiceListingDocument document = form.toDocument(listing.document(), locale.tag(), problems);
			try {
				if (problems.isEmpty()) {
					long version = (form.version() != null) ? form.version() : -1;
					String flash = null;
					if (!document.equals(listing.document()) || (step == null && switchTo == null)) {
						version = this.editing.save(actor, id, document, version);
						flash = "directory-admin.flash.saved";
					}
					if (step != null) {
						try {
							step.apply(this.editing, actor, id, version);
							flash = step.flash();
							if (step == ListingStep.PUBLISH) {
								redirect.addFlashAttribute("viewOnSite",
										ListingStep.publicPath(this.editing.getListing(actor, id), locale));
							}
						}
						catch (EditorialRefusal ex) {
							redirect.addFlashAttribute("flashError", ex.messageKey());
						}
					}
					if (flash != null) {
						redirect.addFlashAttribute("flash", flash);
					}
					return "redirect:/admin/services/" + id + "?lang=" + ((switchTo != null) ? switchTo : locale).tag();
				}
			}
			catch (ListingEditConflictException ex) {
				ListingFormPage.keepEntry(form.withVersion(ex.stored().version()), null, null, model);
				model.addAttribute("conflict", ex);
				model.addAttribute("theirs",
						ListingForm.of(ex.stored().document(), ex.stored().version(), locale.tag()));
				response.setStatus(HttpStatus.CONFLICT.value());
				return this.page.show(model, actor, ex.stored(), locale);
			}
			catch (ListingRuleException ex) {
				problems.addAll(ex.problems());
			}
			ListingFormPage.reject(errors, this.page.withRuleProblems(problems, document, id), locale.tag());
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return this.page.show(model, actor, listing, locale);
	}

	@GetMapping("/admin/services/{id}/revisions")
	String revisions(@PathVariable Long id, Actor actor, Model model) {
		model.addAttribute("listing", this.editing.getListing(actor, id));
		String base = "/admin/services/" + id;
		model
			.addAttribute("entries", RevisionEntry.newestFirst(this.editing.listRevisions(actor, id),
					(revision) -> new RevisionEntry.Partial(revision.number(), revision.createdAt(),
							revision.authorEmail(), revision.note(), revision.working(), true, revision.published()),
					(revision) -> null,
					(before, revision) -> base + "/compare?from=" + before.id() + "&to=" + revision.id() + "&lang="
							+ ListingFormPage.uiLocale(),
					(revision) -> base + "/revisions/" + revision.id() + "/restore"));
		model.addAttribute("zone", actor.countryScope().zone());
		model.addAttribute("uiLocale", ListingFormPage.uiLocale());
		return "admin/directory/revisions";
	}

	@GetMapping("/admin/services/{id}/compare")
	String compare(@PathVariable Long id, @RequestParam Long from, @RequestParam Long to,
			@RequestParam(required = false) SiteLocale lang, Actor actor, Model model) {
		EditableListing listing = this.editing.getListing(actor, id);
		SiteLocale locale = (lang != null) ? lang : this.page.uiSiteLocale();
		model.addAttribute("listing", listing);
		model.addAttribute("locale", locale);
		model.addAttribute("differences", this.editing.compareRevisions(actor, id, from, to, locale.tag()));
		return "admin/directory/compare";
	}

	private static CountryScope defaultCountry(Actor actor) {
		return (actor.countryScope() == CountryScope.BOTH) ? CountryScope.GEORGIA : actor.countryScope();
	}

}
