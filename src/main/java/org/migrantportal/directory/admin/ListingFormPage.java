package org.migrantportal.directory.admin;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.migrantportal.directory.DirectoryChoices;
import org.migrantportal.directory.EditableListing;
import org.migrantportal.directory.ListingProblem;
import org.migrantportal.directory.PhoneKind;
import org.migrantportal.directory.ServiceDirectory;
import org.migrantportal.directory.ServiceListingDocument;
import org.migrantportal.directory.ServiceListingEditingService;
import org.migrantportal.i18n.KnownLanguages;
import org.migrantportal.directory.FormLimits;
import org.migrantportal.editorial.EditorialAction;
import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.i18n.SiteLocales;
import org.migrantportal.shared.Actor;
import org.migrantportal.shared.StaffRole;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;

/**
 * The listing form page: the model it is shown with (the choices it offers, each named,
 * with the entry's own values kept selectable) and the errors of an entry, each on the
 * field it is about.
 */
@Component
class ListingFormPage {

	static final String VIEW = "admin/directory/form";

	/** The zones listings are kept in: Georgia's and Armenia's. */
	static final List<ListingChoice> TIME_ZONES = List.of(
			ListingChoice.named("Asia/Tbilisi", "directory-admin.time-zone.tbilisi"),
			ListingChoice.named("Asia/Yerevan", "directory-admin.time-zone.yerevan"));

	/**
	 * The languages the portal knows (see {@link KnownLanguages}), in the order editors
	 * look for them: the region's own first.
	 */
	static final List<String> LANGUAGES = List.of("ka", "hy", "ru", "en", "az", "uk", "tr", "de", "fr", "ar", "fa",
			"ur", "he");

	private static final Pattern TEXT_FIELD = Pattern.compile("texts\\[([a-z-]+)]\\.(\\w+)");

	private static final Pattern PLACE_FIELD = Pattern.compile("locations\\[(\\d+)]\\.(\\w+).*");

	private static final Pattern PHONE_FIELD = Pattern.compile("phones\\[(\\d+)]\\.(\\w+).*");

	private static final Pattern HOURS_FIELD = Pattern.compile("hours\\[(\\d+)]\\.(\\w+)");

	private final ServiceListingEditingService editing;

	private final ServiceDirectory directory;

	private final SiteLocales siteLocales;

	ListingFormPage(ServiceListingEditingService editing, ServiceDirectory directory, SiteLocales siteLocales) {
		this.editing = editing;
		this.directory = directory;
		this.siteLocales = siteLocales;
	}

	/** The form view, for the form already in the model. */
	String show(Model model, Actor actor, EditableListing listing, SiteLocale locale) {
		ListingForm form = (ListingForm) model.getAttribute("form");
		model.addAttribute("listing", listing);
		model.addAttribute("locale", locale);
		model.addAttribute("organizations", this.editing.listOrganizationChoices(actor, uiSiteLocale()));
		model.addAttribute("categories", this.editing.listCategories());
		model.addAttribute("phoneKinds", List.of(PhoneKind.values()));
		model.addAttribute("days", List.of(DayOfWeek.values()));
		model.addAttribute("canPublish", actor.hasRole(StaffRole.REVIEWER));
		model.addAttribute("limits", FormLimits.LISTING);
		model.addAttribute("can",
				(listing != null) ? this.editing.availableActions(actor, listing.id())
					.stream()
					.map(Enum::name)
					.collect(Collectors.toSet()) : Set.of(EditorialAction.SAVE.name()));
		model.addAttribute("timeZones", timeZones(form));
		model.addAttribute("languageChoices", languages(form));
		model.addAttribute("placeChoices", places(form));
		return VIEW;
	}

	private static List<ListingChoice> timeZones(ListingForm form) {
		List<ListingChoice> zones = new ArrayList<>(TIME_ZONES);
		String stored = (form != null) ? form.timeZone() : null;
		if (stored != null && !stored.isBlank()
				&& zones.stream().noneMatch((zone) -> zone.value().equals(stored.trim()))) {
			zones.add(ListingChoice.plain(stored.trim(), stored.trim(), null));
		}
		return zones;
	}

	private static List<ListingChoice> languages(ListingForm form) {
		Set<String> codes = new LinkedHashSet<>(LANGUAGES);
		if (form != null) {
			codes.addAll(form.languages());
		}
		return codes.stream()
			.map((code) -> KnownLanguages.find(code)
				.map((language) -> ListingChoice.plain(code, language.nativeName(), code))
				.orElse(ListingChoice.plain(code, code, null)))
			.toList();
	}

	/** Known places and regions, named in the editor's language, then the entry's own. */
	private List<ListingChoice> places(ListingForm form) {
		List<ListingChoice> places = new ArrayList<>();
		for (DirectoryChoices.Choice place : this.directory.choices(uiSiteLocale()).places()) {
			places.add(ListingChoice.plain(place.value(), place.name(), null));
		}
		if (form != null) {
			for (ListingForm.PlaceRow row : form.places()) {
				for (String key : new String[] { row.placeKey(), row.regionKey() }) {
					if (key != null && !key.isBlank()
							&& places.stream().noneMatch((place) -> place.value().equals(key.trim()))) {
						places.add(ListingChoice.plain(key.trim(), key.trim(), null));
					}
				}
			}
		}
		return places;
	}

	/**
	 * A form that could not even be read is not sent to the service; its rule problems
	 * are still listed, so one answer shows every mistake.
	 */
	List<ListingProblem> withRuleProblems(List<ListingProblem> problems, ServiceListingDocument document, Long id) {
		if (problems.stream()
			.noneMatch((problem) -> problem.field().startsWith("hours") || problem.field().equals("organizationId"))) {
			return problems;
		}
		List<ListingProblem> all = new ArrayList<>(problems);
		this.editing.listProblems(document, id).stream().filter((problem) -> !all.contains(problem)).forEach(all::add);
		return all;
	}

	/**
	 * The binding result to show the form again with, filled rows first and empty ones
	 * after (so a problem of the document's n-th place is on the n-th row); a form that
	 * could not be read at all shows {@code fallback} with a general error.
	 */
	static BindingResult keepEntry(ListingForm bound, ListingForm fallback, BindingResult result, Model model) {
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

	SiteLocale uiSiteLocale() {
		return this.siteLocales.get(uiLocale());
	}

	static String uiLocale() {
		return LocaleContextHolder.getLocale().toLanguageTag();
	}

}
