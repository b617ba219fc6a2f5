package org.migrantportal.directory.admin;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.migrantportal.directory.EditableListing;
import org.migrantportal.directory.ListingEditConflictException;
import org.migrantportal.directory.ListingFilter;
import org.migrantportal.directory.ListingProblem;
import org.migrantportal.directory.ListingReviewState;
import org.migrantportal.directory.ListingRuleException;
import org.migrantportal.directory.OrganizationService;
import org.migrantportal.directory.OrganizationSummary;
import org.migrantportal.directory.PhoneKind;
import org.migrantportal.directory.ServiceListingDocument;
import org.migrantportal.directory.ServiceListingEditingService;
import org.migrantportal.directory.ServiceStatus;
import org.migrantportal.editorial.EditorialRefusal;
import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.i18n.SiteLocales;
import org.migrantportal.shared.Actor;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.StaffRole;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff's work on service listings: the filtered list and the re-verification view, the
 * listing form one language at a time, the review workflow, revisions and the trash. Each
 * handler makes one service call; the service checks role and scope.
 */
@Controller
class ServiceListingAdminController {

	private static final String FORM = "admin/directory/form";

	private static final Pattern TEXT_FIELD = Pattern.compile("texts\\[([a-z-]+)]\\.(\\w+)");

	private static final Pattern PLACE_FIELD = Pattern.compile("locations\\[(\\d+)]\\.(\\w+).*");

	private static final Pattern PHONE_FIELD = Pattern.compile("phones\\[(\\d+)]\\.(\\w+).*");

	private static final Pattern HOURS_FIELD = Pattern.compile("hours\\[(\\d+)]\\.(\\w+)");

	private final ServiceListingEditingService editing;

	private final SiteLocales siteLocales;

	private final OrganizationService organizations;

	ServiceListingAdminController(ServiceListingEditingService editing, SiteLocales siteLocales,
			OrganizationService organizations) {
		this.editing = editing;
		this.siteLocales = siteLocales;
		this.organizations = organizations;
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
			@RequestParam(defaultValue = "false") boolean unverified, Actor actor, Model model) {
		String query = (text != null && text.length() > 200) ? text.substring(0, 200) : text;
		ListingFilter filter = new ListingFilter(organization, country, state, status, query, unverified);
		model.addAttribute("rows", this.editing.list(actor, filter, uiLocale()));
		model.addAttribute("filter", filter);
		model.addAttribute("organizations", this.editing.listOrganizationChoices(actor, uiSiteLocale()));
		model.addAttribute("organizationNames",
				this.organizations.listOrganizations(uiSiteLocale())
					.stream()
					.collect(Collectors.toMap(OrganizationSummary::id, OrganizationSummary::name)));
		model.addAttribute("verifyEveryDays", ServiceListingEditingService.VERIFY_EVERY_DAYS);
		return "admin/directory/list";
	}

	@PostMapping("/admin/services/{id}/verify")
	String markVerified(@PathVariable Long id, @RequestParam(defaultValue = "false") boolean unverified, Actor actor,
			RedirectAttributes redirect) {
		this.editing.markVerified(actor, id);
		redirect.addFlashAttribute("flash", "directory-admin.flash.verified");
		return "redirect:/admin/services" + (unverified ? "?unverified=true" : "");
	}

	@GetMapping("/admin/services/new")
	String newForm(@RequestParam(required = false) SiteLocale lang, Actor actor, Model model) {
		SiteLocale locale = (lang != null) ? lang : uiSiteLocale();
		model.addAttribute("form", ListingForm.empty(actor.organizationId(), defaultCountry(actor)));
		return form(model, actor, null, locale);
	}

	@PostMapping("/admin/services")
	String create(@RequestParam(required = false) SiteLocale lang, @ModelAttribute("form") ListingForm form,
			BindingResult result, Actor actor, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		SiteLocale locale = (lang != null) ? lang : uiSiteLocale();
		BindingResult errors = keepEntry(form, ListingForm.empty(actor.organizationId(), defaultCountry(actor)), result,
				model);
		if (!errors.hasErrors()) {
			List<ListingProblem> problems = new ArrayList<>();
			ServiceListingDocument document = form.toDocument(null, locale.tag(), problems);
			try {
				if (problems.isEmpty()) {
					Long id = this.editing.create(actor, document);
					redirect.addFlashAttribute("flash", "directory-admin.flash.created");
					return "redirect:/admin/services/" + id + "?lang=" + locale.tag();
				}
			}
			catch (ListingRuleException ex) {
				problems.addAll(ex.problems());
			}
			reject(errors, withRuleProblems(problems, document, null), locale.tag());
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return form(model, actor, null, locale);
	}

	@GetMapping("/admin/services/{id}")
	String editForm(@PathVariable Long id, @RequestParam(required = false) SiteLocale lang, Actor actor, Model model) {
		EditableListing listing = this.editing.getListing(actor, id);
		SiteLocale locale = (lang != null) ? lang : this.siteLocales.get(listing.document().sourceLocale());
		model.addAttribute("form", ListingForm.of(listing.document(), listing.version(), locale.tag()));
		return form(model, actor, listing, locale);
	}

	@PostMapping("/admin/services/{id}")
	String update(@PathVariable Long id, @RequestParam(required = false) SiteLocale lang,
			@ModelAttribute("form") ListingForm form, BindingResult result, Actor actor, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		EditableListing listing = this.editing.getListing(actor, id);
		SiteLocale locale = (lang != null) ? lang : this.siteLocales.get(listing.document().sourceLocale());
		BindingResult errors = keepEntry(form, ListingForm.of(listing.document(), listing.version(), locale.tag()),
				result, model);
		if (!errors.hasErrors()) {
			List<ListingProblem> problems = new ArrayList<>();
			ServiceListingDocument document = form.toDocument(listing.document(), locale.tag(), problems);
			try {
				if (problems.isEmpty()) {
					this.editing.save(actor, id, document, (form.version() != null) ? form.version() : -1);
					redirect.addFlashAttribute("flash", "directory-admin.flash.saved");
					return "redirect:/admin/services/" + id + "?lang=" + locale.tag();
				}
			}
			catch (ListingEditConflictException ex) {
				keepEntry(form.withVersion(ex.stored().version()), null, null, model);
				model.addAttribute("conflict", ex);
				model.addAttribute("theirs",
						ListingForm.of(ex.stored().document(), ex.stored().version(), locale.tag()));
				response.setStatus(HttpStatus.CONFLICT.value());
				return form(model, actor, ex.stored(), locale);
			}
			catch (ListingRuleException ex) {
				problems.addAll(ex.problems());
			}
			reject(errors, withRuleProblems(problems, document, id), locale.tag());
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return form(model, actor, listing, locale);
	}

	@PostMapping("/admin/services/{id}/submit")
	String submitForReview(@PathVariable Long id, @RequestParam long version, Actor actor,
			RedirectAttributes redirect) {
		return workflow(id, redirect, "directory-admin.flash.submitted",
				() -> this.editing.submitForReview(actor, id, version));
	}

	@PostMapping("/admin/services/{id}/publish")
	String publish(@PathVariable Long id, @RequestParam long version, Actor actor, RedirectAttributes redirect) {
		return workflow(id, redirect, "directory-admin.flash.published",
				() -> this.editing.publish(actor, id, version));
	}

	@PostMapping("/admin/services/{id}/unpublish")
	String unpublish(@PathVariable Long id, @RequestParam long version, Actor actor, RedirectAttributes redirect) {
		return workflow(id, redirect, "directory-admin.flash.unpublished",
				() -> this.editing.unpublish(actor, id, version));
	}

	@PostMapping("/admin/services/{id}/send-back")
	String sendBack(@PathVariable Long id, @RequestParam long version, @RequestParam(required = false) String reason,
			Actor actor, RedirectAttributes redirect) {
		return workflow(id, redirect, "directory-admin.flash.sent-back",
				() -> this.editing.sendBack(actor, id, reason, version));
	}

	@GetMapping("/admin/services/{id}/revisions")
	String revisions(@PathVariable Long id, Actor actor, Model model) {
		model.addAttribute("listing", this.editing.getListing(actor, id));
		model.addAttribute("revisions", this.editing.listRevisions(actor, id));
		model.addAttribute("zone", actor.countryScope().zone());
		model.addAttribute("uiLocale", uiLocale());
		return "admin/directory/revisions";
	}

	@GetMapping("/admin/services/{id}/compare")
	String compare(@PathVariable Long id, @RequestParam Long from, @RequestParam Long to,
			@RequestParam(required = false) SiteLocale lang, Actor actor, Model model) {
		EditableListing listing = this.editing.getListing(actor, id);
		SiteLocale locale = (lang != null) ? lang : uiSiteLocale();
		model.addAttribute("listing", listing);
		model.addAttribute("locale", locale);
		model.addAttribute("differences", this.editing.compareRevisions(actor, id, from, to, locale.tag()));
		return "admin/directory/compare";
	}

	@PostMapping("/admin/services/{id}/revisions/{revisionId}/restore")
	String restoreRevision(@PathVariable Long id, @PathVariable Long revisionId, @RequestParam long version,
			Actor actor, RedirectAttributes redirect) {
		return workflow(id, redirect, "directory-admin.flash.revision-restored",
				() -> this.editing.restoreRevision(actor, id, revisionId, version));
	}

	@PostMapping("/admin/services/{id}/trash")
	String moveToTrash(@PathVariable Long id, Actor actor, RedirectAttributes redirect) {
		this.editing.moveToTrash(actor, id);
		redirect.addFlashAttribute("flash", "directory-admin.flash.trashed");
		return "redirect:/admin/services";
	}

	@GetMapping("/admin/services/trash")
	String trash(Actor actor, Model model) {
		model.addAttribute("rows", this.editing.listTrash(actor, uiLocale()));
		model.addAttribute("canPurge", actor.hasRole(StaffRole.ADMIN));
		return "admin/directory/trash";
	}

	@PostMapping("/admin/services/{id}/restore")
	String restore(@PathVariable Long id, Actor actor, RedirectAttributes redirect) {
		this.editing.restoreFromTrash(actor, id);
		redirect.addFlashAttribute("flash", "directory-admin.flash.restored");
		return "redirect:/admin/services/trash";
	}

	@PostMapping("/admin/services/{id}/purge")
	String purge(@PathVariable Long id, Actor actor, RedirectAttributes redirect) {
		this.editing.purge(actor, id);
		redirect.addFlashAttribute("flash", "directory-admin.flash.purged");
		return "redirect:/admin/services/trash";
	}

	private String form(Model model, Actor actor, EditableListing listing, SiteLocale locale) {
		List<OrganizationSummary> organizations = this.editing.listOrganizationChoices(actor, uiSiteLocale());
		model.addAttribute("listing", listing);
		model.addAttribute("locale", locale);
		model.addAttribute("organizations", organizations);
		model.addAttribute("categories", this.editing.listCategories());
		model.addAttribute("phoneKinds", List.of(PhoneKind.values()));
		model.addAttribute("days", List.of(DayOfWeek.values()));
		model.addAttribute("canPublish", actor.hasRole(StaffRole.REVIEWER));
		return FORM;
	}

	/**
	 * A form that could not even be read is not sent to the service; its rule problems
	 * are still listed, so one answer shows every mistake.
	 */
	private List<ListingProblem> withRuleProblems(List<ListingProblem> problems, ServiceListingDocument document,
			Long id) {
		if (problems.stream()
			.noneMatch((problem) -> problem.field().startsWith("hours") || problem.field().equals("organizationId"))) {
			return problems;
		}
		List<ListingProblem> all = new ArrayList<>(problems);
		this.editing.listProblems(document, id).stream().filter((problem) -> !all.contains(problem)).forEach(all::add);
		return all;
	}

	private String workflow(Long id, RedirectAttributes redirect, String success, Runnable step) {
		try {
			step.run();
			redirect.addFlashAttribute("flash", success);
		}
		catch (ListingEditConflictException ex) {
			redirect.addFlashAttribute("flashError", "directory-admin.error.stale");
		}
		catch (EditorialRefusal ex) {
			redirect.addFlashAttribute("flashError", ex.messageKey());
		}
		catch (ListingRuleException ex) {
			redirect.addFlashAttribute("flashError",
					ex.problems()
						.stream()
						.filter((problem) -> problem.messageKey().startsWith("editorial."))
						.findFirst()
						.map(ListingProblem::messageKey)
						.orElse("directory-admin.error.cannot-publish"));
		}
		return "redirect:/admin/services/" + id;
	}

	/**
	 * The binding result to show the form again with, filled rows first and empty ones
	 * after (so a problem of the document's n-th place is on the n-th row); a form that
	 * could not be read at all shows {@code fallback} with a general error.
	 */
	private static BindingResult keepEntry(ListingForm bound, ListingForm fallback, BindingResult result, Model model) {
		DirectFieldBindingResult errors = new DirectFieldBindingResult(
				(bound != null) ? bound.withEmptyRows() : fallback, "form");
		if (result != null) {
			errors.addAllErrors(result);
		}
		if (bound == null) {
			errors.reject("content.error.form-unreadable");
		}
		model.addAttribute("form", errors.getTarget());
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
		return errors;
	}

	/** Puts each rule problem on the form field it is about, else above the form. */
	static void reject(BindingResult errors, List<ListingProblem> problems, String locale) {
		for (ListingProblem problem : problems) {
			String field = formField(problem.field(), locale);
			if (field != null) {
				try {
					errors.rejectValue(field, problem.messageKey());
					continue;
				}
				catch (RuntimeException ex) {
					// a path the form has no field for: shown above the form instead
				}
			}
			errors.reject(problem.messageKey());
		}
	}

	static String formField(String problemField, String locale) {
		if (problemField == null) {
			return null;
		}
		Matcher text = TEXT_FIELD.matcher(problemField);
		if (text.matches()) {
			return text.group(1).equals(locale) ? text.group(2) : null;
		}
		Matcher place = PLACE_FIELD.matcher(problemField);
		if (place.matches()) {
			String part = switch (place.group(2)) {
				case "countryCode", "placeKey" -> place.group(2);
				case "texts" -> "address";
				default -> null;
			};
			return (part != null) ? "places[" + place.group(1) + "]." + part : null;
		}
		Matcher phone = PHONE_FIELD.matcher(problemField);
		if (phone.matches()) {
			return "phones[" + phone.group(1) + "]." + (phone.group(2).equals("kind") ? "kind" : "number");
		}
		if (HOURS_FIELD.matcher(problemField).matches()) {
			return problemField;
		}
		return switch (problemField) {
			case "organizationId", "country", "status", "timeZone", "email", "url", "categories", "languages" ->
				problemField;
			case "locations" -> "places";
			default -> null;
		};
	}

	private SiteLocale uiSiteLocale() {
		return this.siteLocales.get(uiLocale());
	}

	private static CountryScope defaultCountry(Actor actor) {
		return (actor.countryScope() == CountryScope.BOTH) ? CountryScope.GEORGIA : actor.countryScope();
	}

	private static String uiLocale() {
		return LocaleContextHolder.getLocale().toLanguageTag();
	}

}
