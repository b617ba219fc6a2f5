package org.migrantportal.directory.web;

import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.migrantportal.support.PortalWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Armenia is not empty: the organizations the sources name there have public pages, the
 * list and the directory filtered to Armenia show them, and a page of an organization
 * without services says so plainly.
 */
@PortalWebTest
class OrganizationControllerTests {

	private static final Map<String, String> NO_SERVICES = Map.of("en", "This organization has no services listed yet.",
			"ka", "ამ ორგანიზაციის სერვისები ჯერ არ არის განთავსებული.", "hy",
			"Այս կազմակերպության ծառայությունները դեռ նշված չեն։");

	@Autowired
	private MockMvcTester mvc;

	@Test
	void theArmenianListOfOrganizationsNamesIomArmenia() throws Exception {
		Document page = get("/hy/organizations");
		assertThat(page.select(".organizations a").eachText()).contains("ՄՄԿ Հայաստան");
		assertThat(page.select(".organizations a[href=/hy/organizations/iom-armenia]")).hasSize(1);
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("hy");
	}

	@Test
	void theListFilteredToArmeniaShowsTheArmenianPartnersAndTheEmergeProject() throws Exception {
		List<String> names = get("/en/organizations?country=ARMENIA").select(".organizations a").eachText();
		assertThat(names)
			.contains("IOM Armenia", "EMERGE — Migrant rights are human rights", "Caritas Armenia", "Mission Armenia",
					"United Nations Association of Armenia", "Migration Service (Armenia)",
					"Human Rights Defender (Armenia)")
			.doesNotContain("Rights Georgia");
	}

	@Test
	void theDirectoryFilteredToArmeniaIsNotEmpty() throws Exception {
		for (String locale : List.of("ka", "en", "hy")) {
			Document page = get("/" + locale + "/services?country=ARMENIA");
			assertThat(page.select(".organizations a").eachAttr("href")).as(locale)
				.contains("/" + locale + "/organizations/iom-armenia", "/" + locale + "/organizations/emerge-project");
		}
	}

	@Test
	void anOrganizationWithoutServicesSaysSoPlainlyInEveryLanguage() throws Exception {
		for (String locale : List.of("ka", "en", "hy")) {
			Document page = get("/" + locale + "/organizations/iom-armenia");
			assertThat(page.select(".no-services").text()).as(locale).isEqualTo(NO_SERVICES.get(locale));
			assertThat(page.text()).as(locale).doesNotContain("No service matches these filters");
			assertThat(page.select("article .summary").text()).as(locale).contains("EMERGE");
		}
	}

	@Test
	void anOrganizationWithServicesListsThemWithoutTheSentence() throws Exception {
		Document page = get("/en/organizations/iom-georgia");
		assertThat(page.select(".services li")).isNotEmpty();
		assertThat(page.select(".no-services")).isEmpty();
	}

	private Document get(String path) throws Exception {
		MockHttpServletResponse response = this.mvc.get().uri(path).exchange().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

}
