package org.migrantportal.directory.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.migrantportal.directory.ServiceListingDocument;

import org.springframework.mock.web.MockServletContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Builds the listing form's POST as a browser sends it, for tests over HTTP. */
final class ListingFormRequests {

	private ListingFormRequests() {
	}

	/**
	 * The listing form as a browser sends it for the document, in the locale of the URI,
	 * with some fields changed: name and value pairs.
	 */
	static MockMvcRequestBuilder form(MockMvcTester mvc, String uri, ServiceListingDocument document, long version,
			String... changes) {
		Map<String, String> changed = new LinkedHashMap<>();
		for (int i = 0; i < changes.length; i += 2) {
			changed.put(changes[i], changes[i + 1]);
		}
		MockMvcRequestBuilder built = formAsLoaded(mvc, uri, document, version);
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		MockMvcRequestBuilder request = mvc.post().uri(uri);
		built.buildRequest(new MockServletContext()).getParameterMap().forEach((name, values) -> {
			if (!changed.containsKey(name)) {
				params.addAll(name, List.of(values));
			}
		});
		changed.forEach(params::add);
		return request.params(params);
	}

	private static MockMvcRequestBuilder formAsLoaded(MockMvcTester mvc, String uri, ServiceListingDocument document,
			long version) {
		String locale = uri.substring(uri.indexOf("lang=") + 5);
		ServiceListingDocument.Text text = document.texts().get(locale);
		MockMvcRequestBuilder request = mvc.post()
			.uri(uri)
			.param("version", Long.toString(version))
			.param("organizationId", document.organizationId().toString())
			.param("country", document.country().name())
			.param("status", document.status().name())
			.param("freeOfCharge", Boolean.toString(document.freeOfCharge()))
			.param("email", document.email())
			.param("url", document.url())
			.param("timeZone", document.timeZone())
			.param("categories", document.categories().toArray(String[]::new))
			.param("languages", document.languages().toArray(String[]::new))
			.param("name", text.name())
			.param("slug", text.slug())
			.param("description", text.description())
			.param("eligibility", text.eligibility())
			.param("feesDescription", text.feesDescription());
		for (int i = 0; i < document.locations().size(); i++) {
			ServiceListingDocument.Place place = document.locations().get(i);
			ServiceListingDocument.PlaceText address = place.texts().get(locale);
			request = request.param("places[" + i + "].countryCode", place.countryCode())
				.param("places[" + i + "].placeKey", place.placeKey())
				.param("places[" + i + "].regionKey", place.regionKey())
				.param("places[" + i + "].address", (address != null) ? address.address() : "")
				.param("places[" + i + "].sample", Boolean.toString(place.sample()));
		}
		for (int i = 0; i < document.phones().size(); i++) {
			ServiceListingDocument.Phone phone = document.phones().get(i);
			request = request.param("phones[" + i + "].number", phone.number())
				.param("phones[" + i + "].kind", phone.kind().name())
				.param("phones[" + i + "].hotline", Boolean.toString(phone.hotline()))
				.param("phones[" + i + "].sample", Boolean.toString(phone.sample()));
		}
		for (int i = 0; i < document.openingHours().size(); i++) {
			ServiceListingDocument.Hours hours = document.openingHours().get(i);
			request = request.param("hours[" + i + "].day", hours.day().name())
				.param("hours[" + i + "].opensAt", hours.opensAt().toString())
				.param("hours[" + i + "].closesAt", hours.closesAt().toString())
				.param("hours[" + i + "].sample", Boolean.toString(hours.sample()));
		}
		return request;
	}

}
