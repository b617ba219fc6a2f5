package org.migrantportal.web.offline;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.migrantportal.directory.EmergencyBlock;
import org.migrantportal.directory.HelpContactService;
import org.migrantportal.directory.HelpContactView;
import org.migrantportal.i18n.PageLinksFactory;
import org.migrantportal.i18n.SiteLocale;
import org.migrantportal.shared.BadRequestException;
import org.migrantportal.shared.CountryScope;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /{locale}/help/sheet?country=ge}: one printable page with a country's emergency
 * numbers and help contacts, as the help page shows them (the same emergency block and
 * published contacts), the portal's address and the day it was printed. Without
 * {@code country}, the country the language suggests (else the first one).
 */
@Controller
class HelpSheetController {

	private final HelpContactService helpContacts;

	private final PageLinksFactory pageLinks;

	private final Clock clock;

	HelpSheetController(HelpContactService helpContacts, PageLinksFactory pageLinks, Clock clock) {
		this.helpContacts = helpContacts;
		this.pageLinks = pageLinks;
		this.clock = clock;
	}

	@GetMapping("/{locale}/help/sheet")
	String show(@PathVariable SiteLocale locale, @RequestParam(required = false) String country, Model model,
			HttpServletResponse response) {
		CountryScope chosen = chosenCountry(locale, country);
		String code = EmergencyBlock.code(chosen);
		EmergencyBlock block = this.helpContacts.emergencyBlock(locale.toLocale(), code);
		List<EmergencyBlock.EmergencyNumber> numbers = block.countries()
			.stream()
			.filter((numbersOf) -> numbersOf.country() == chosen)
			.flatMap((numbersOf) -> numbersOf.numbers().stream())
			.toList();
		List<HelpContactView> contacts = this.helpContacts.listContacts(locale, List.of(chosen, CountryScope.BOTH))
			.stream()
			.filter((contact) -> contact.country() == chosen || contact.country() == CountryScope.BOTH)
			.toList();
		model.addAttribute("country", chosen);
		model.addAttribute("numbers", numbers);
		model.addAttribute("contacts", contacts);
		model.addAttribute("otherCountries",
				List.of(CountryScope.GEORGIA, CountryScope.ARMENIA)
					.stream()
					.filter((other) -> other != chosen)
					.map((other) -> new EmergencyBlock.Choice(other, EmergencyBlock.code(other), false))
					.toList());
		model.addAttribute("portalAddress", this.pageLinks.absolute("/" + locale.tag() + "/help"));
		model.addAttribute("printedOn", LocalDate.now(this.clock.withZone(chosen.zone())));
		model.addAttribute("links",
				this.pageLinks.forEveryLocale(locale, (target) -> "/" + target.tag() + "/help/sheet?country=" + code));
		// the printed date changes every day: the shared page cache must not keep it
		response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-cache");
		return "site/offline/help-sheet";
	}

	private CountryScope chosenCountry(SiteLocale locale, String country) {
		if (country == null || country.isBlank()) {
			return this.helpContacts.countryOrder(locale, null).get(0);
		}
		CountryScope chosen = EmergencyBlock.parse(country);
		if (chosen == null) {
			throw new BadRequestException("Unknown country for the help sheet");
		}
		return chosen;
	}

}
