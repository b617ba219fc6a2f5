package org.migrantportal.media.admin;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.migrantportal.content.ContentFixtures;
import org.migrantportal.media.MediaEditingService;
import org.migrantportal.media.MediaFixtures;
import org.migrantportal.media.MediaTestSupport;
import org.migrantportal.shared.Actor;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.StaffRole;
import org.migrantportal.support.PortalWebTest;
import org.migrantportal.support.WithPortalUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The library's filters an editor looks for a file with: the country it belongs to, the
 * language of its own words (an Armenian leaflet), and the files nothing shows any more,
 * which are the ones to tidy away; each keeps the others and the title search.
 */
@PortalWebTest
@WithPortalUser(role = StaffRole.ADMIN, country = CountryScope.BOTH)
class MediaFilterTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ApplicationContext context;

	private MediaTestSupport media;

	private ContentFixtures content;

	private final List<Long> pages = new ArrayList<>();

	@BeforeEach
	void support() {
		this.media = new MediaTestSupport(this.context);
		this.content = new ContentFixtures(this.context);
	}

	@AfterEach
	void remove() {
		this.pages.forEach(this.content::remove);
	}

	@Test
	void filtersByCountryLanguageAndUse() {
		String prefix = "filter" + System.nanoTime();
		long georgianPhoto = this.media.upload(MediaTestSupport.editor(CountryScope.GEORGIA), prefix + "-photo.png",
				MediaFixtures.png(30, 20));
		long armenianLeaflet = this.media.upload(MediaTestSupport.editor(CountryScope.ARMENIA), prefix + "-leaflet.pdf",
				MediaFixtures.pdf());
		Actor admin = new Actor(null, "filter-admin@test.example", StaffRole.ADMIN, CountryScope.BOTH, null, false);
		this.context.getBean(MediaEditingService.class).changeDocumentLanguage(admin, armenianLeaflet, "hy");
		this.pages.add(this.content.publishedPageOnlyIn("ka", "ფოტო " + System.nanoTime(),
				ContentFixtures.uniqueSlug("filter"), "![](media:" + georgianPhoto + ")"));

		assertThat(titles("?q=" + prefix)).containsExactlyInAnyOrder(prefix + "-photo", prefix + "-leaflet");
		assertThat(titles("?q=" + prefix + "&country=ARMENIA")).containsExactly(prefix + "-leaflet");
		assertThat(titles("?q=" + prefix + "&country=GEORGIA")).containsExactly(prefix + "-photo");
		assertThat(titles("?q=" + prefix + "&language=hy")).containsExactly(prefix + "-leaflet");
		assertThat(titles("?q=" + prefix + "&language=ka")).isEmpty();
		assertThat(titles("?q=" + prefix + "&unused=true")).as("the photo is on a page")
			.containsExactly(prefix + "-leaflet");
		assertThat(titles("?q=" + prefix + "&unused=true&country=GEORGIA")).isEmpty();
		assertThat(titles("?q=" + prefix + "&language=xx")).as("an unknown language filters nothing").hasSize(2);
	}

	@Test
	void anUnknownCountryIsTheFriendly400() {
		assertThat(this.mvc.get().uri("/admin/media?country=MARS").exchange().getResponse().getStatus()).isEqualTo(400);
	}

	private List<String> titles(String query) {
		MockHttpServletResponse response = this.mvc.get().uri("/admin/media" + query).exchange().getResponse();
		assertThat(response.getStatus()).as(query).isEqualTo(200);
		try {
			return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8))
				.select("tr.media-row td:nth-child(2) a")
				.eachText();
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
