package org.migrantportal.media.admin;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.migrantportal.content.ContentFixtures;
import org.migrantportal.editorial.FourEyesSettings;
import org.migrantportal.i18n.LocaleChoice;
import org.migrantportal.media.MediaDetails;
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
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Replacing a file with a new version: the file keeps its id, its words and the pages
 * that show it, and gets a new address; a reviewer's replacement (where four eyes do not
 * apply) is public at once, anyone else's waits for review; a file of another kind is
 * refused and nothing changes; the old bytes are removed. And the language of a leaflet's
 * words, set by staff, shows next to its link.
 */
@PortalWebTest
class MediaReplaceTests {

	private static final Actor ADMIN = new Actor(null, "replace-admin@test.example", StaffRole.ADMIN, CountryScope.BOTH,
			null, false);

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private MessageSource messages;

	@Autowired
	private FourEyesSettings fourEyes;

	private MediaTestSupport media;

	private ContentFixtures content;

	private final List<Long> pages = new ArrayList<>();

	private boolean fourEyesBefore;

	@BeforeEach
	void support() {
		this.media = new MediaTestSupport(this.context);
		this.content = new ContentFixtures(this.context);
		this.fourEyesBefore = this.fourEyes.isRequired(CountryScope.GEORGIA);
	}

	@AfterEach
	void restore() {
		this.pages.forEach(this.content::remove);
		this.fourEyes.setRequired(ADMIN, CountryScope.GEORGIA, this.fourEyesBefore);
	}

	@Test
	@WithPortalUser(role = StaffRole.EDITOR, country = CountryScope.GEORGIA)
	void anEditorsReplacementGetsANewAddressAndWaitsForReview() {
		long id = this.media.published("before.png", MediaFixtures.png(40, 20));
		this.media.describe(id, "ka", "სურათი", "მდინარე ქალაქში");
		String oldPath = this.media.publicPath(id);
		long files = this.media.storedFiles();

		MvcTestResult response = replace(id, "after.png", MediaFixtures.png(60, 30), "en");
		assertThat(response.getResponse().getRedirectedUrl()).isEqualTo("/admin/media/" + id);
		assertThat(flash(response)).isEqualTo("media.flash.replaced-in-review");

		MediaDetails replaced = this.media.details(id);
		assertThat(replaced.width()).isEqualTo(60);
		assertThat(replaced.reviewed()).as("waits for review").isFalse();
		assertThat(replaced.fileReplacedAt()).isNotNull();
		assertThat(replaced.texts().get("ka").text().altText()).as("its words stay").isEqualTo("მდინარე ქალაქში");
		assertThat(replaced.path()).isNotEqualTo(oldPath);
		assertThat(status(oldPath)).as("the old address names nothing").isEqualTo(404);
		assertThat(status(replaced.path())).as("not public before review").isEqualTo(404);
		assertThat(this.media.storedFiles()).as("the old bytes are removed").isEqualTo(files);

		this.context.getBean(MediaEditingService.class).review(MediaTestSupport.reviewer(CountryScope.GEORGIA), id);
		assertThat(status(replaced.path())).isEqualTo(200);
	}

	@Test
	@WithPortalUser(role = StaffRole.REVIEWER, country = CountryScope.GEORGIA)
	void aReviewersReplacementWithoutFourEyesIsPublicAtOnceOnThePagesThatShowIt() {
		this.fourEyes.setRequired(ADMIN, CountryScope.GEORGIA, false);
		long id = this.media.published("map.png", MediaFixtures.png(40, 20));
		String oldPath = this.media.publicPath(id);
		String slug = ContentFixtures.uniqueSlug("replaced-map");
		this.pages
			.add(this.content.publishedPageOnlyIn("ka", "რუკა " + System.nanoTime(), slug, "![](media:" + id + ")"));
		assertThat(imageSources("/ka/pages/" + slug)).contains(oldPath);

		MvcTestResult response = replace(id, "map-2026.png", MediaFixtures.png(64, 32), "ka");
		assertThat(flash(response)).isEqualTo("media.flash.replaced");
		String newPath = this.media.publicPath(id);
		assertThat(status(newPath)).isEqualTo(200);
		assertThat(status(oldPath)).isEqualTo(404);
		assertThat(imageSources("/ka/pages/" + slug)).as("the page shows the new version")
			.contains(newPath)
			.doesNotContain(oldPath);
	}

	@Test
	@WithPortalUser(role = StaffRole.REVIEWER, country = CountryScope.GEORGIA)
	void aReviewersOwnReplacementWaitsForAnotherReviewerWhereFourEyesApply() {
		this.fourEyes.setRequired(ADMIN, CountryScope.GEORGIA, true);
		long id = this.media.published("four-eyes.png", MediaFixtures.png(40, 20));
		MvcTestResult response = replace(id, "four-eyes-2.png", MediaFixtures.png(50, 20), "en");
		assertThat(flash(response)).isEqualTo("media.flash.replaced-in-review");
		assertThat(this.media.details(id).reviewed()).isFalse();
		Map<String, Object> refused = this.mvc.post()
			.uri("/admin/media/" + id + "/review")
			.with(csrf())
			.exchange()
			.getMvcResult()
			.getFlashMap();
		assertThat(refused).as("not by the one who replaced it")
			.containsEntry("flashError", "editorial.refused.four-eyes");
	}

	@Test
	@WithPortalUser(role = StaffRole.EDITOR, country = CountryScope.GEORGIA)
	void aFileOfAnotherKindIsRefusedInTheEditorsLanguageAndNothingChanges() throws Exception {
		long id = this.media.published("photo.png", MediaFixtures.png(40, 20));
		MediaDetails before = this.media.details(id);
		long files = this.media.storedFiles();
		long rows = this.media.rows();

		MockHttpServletResponse response = replace(id, "leaflet.pdf", MediaFixtures.pdf(), "ka").getResponse();
		assertThat(response.getStatus()).isEqualTo(400);
		String expected = this.messages.getMessage("media.error.replace-other-kind", null, Locale.forLanguageTag("ka"));
		assertThat(parse(response).select("#upload-error").text()).isEqualTo(expected)
			.containsPattern("\\p{IsGeorgian}");
		assertThat(this.media.details(id).contentHash()).isEqualTo(before.contentHash());
		assertThat(this.media.details(id).reviewed()).isTrue();
		assertThat(this.media.storedFiles()).isEqualTo(files);
		assertThat(this.media.rows()).isEqualTo(rows);

		MockHttpServletResponse unsafe = replace(id, "photo.svg", MediaFixtures.svg(), "ka").getResponse();
		assertThat(unsafe.getStatus()).isEqualTo(400);
		assertThat(this.media.details(id).contentHash()).isEqualTo(before.contentHash());
	}

	@Test
	@WithPortalUser(role = StaffRole.EDITOR, country = CountryScope.GEORGIA)
	void theLanguageOfALeafletsWordsIsSetByStaffAndShownNextToItsLink() throws Exception {
		long id = this.media.published("leaflet.pdf", MediaFixtures.pdf());
		assertThat(this.media.details(id).documentLanguage()).as("the uploader's language at first").isEqualTo("en");
		String slug = ContentFixtures.uniqueSlug("leaflet-language");
		this.pages.add(this.content.publishedPageOnlyIn("ka", "ბროშურა " + System.nanoTime(), slug,
				"[ბროშურა](media:" + id + ")"));

		MockHttpServletResponse saved = this.mvc.post()
			.uri("/admin/media/" + id + "/language")
			.param("language", "hy")
			.with(csrf())
			.exchange()
			.getResponse();
		assertThat(saved.getRedirectedUrl()).isEqualTo("/admin/media/" + id);
		assertThat(this.media.details(id).documentLanguage()).isEqualTo("hy");
		assertThat(leafletLink("/ka/pages/" + slug)).isEqualTo("ბროშურა (PDF, 1 კბ, Հայերեն)");

		MockHttpServletResponse refused = this.mvc.post()
			.uri("/admin/media/" + id + "/language")
			.param("language", "xx")
			.cookie(new Cookie(LocaleChoice.COOKIE_NAME, "ka"))
			.with(csrf())
			.exchange()
			.getResponse();
		assertThat(refused.getStatus()).isEqualTo(400);
		assertThat(parse(refused).select(".flash.error").text())
			.isEqualTo(this.messages.getMessage("media.error.language", null, Locale.forLanguageTag("ka")));
		assertThat(this.media.details(id).documentLanguage()).isEqualTo("hy");

		this.mvc.post().uri("/admin/media/" + id + "/language").param("language", "").with(csrf()).exchange();
		assertThat(this.media.details(id).documentLanguage()).as("several or none").isNull();
		assertThat(leafletLink("/ka/pages/" + slug)).isEqualTo("ბროშურა (PDF, 1 კბ)");
	}

	private MvcTestResult replace(long id, String name, byte[] bytes, String language) {
		return this.mvc.post()
			.uri("/admin/media/" + id + "/file")
			.multipart()
			.file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
			.cookie(new Cookie(LocaleChoice.COOKIE_NAME, language))
			.with(csrf())
			.exchange();
	}

	private static Object flash(MvcTestResult result) {
		return result.getMvcResult().getFlashMap().get("flash");
	}

	private int status(String path) {
		return this.mvc.get().uri(path).exchange().getResponse().getStatus();
	}

	private List<String> imageSources(String path) {
		return page(path).select("main img").eachAttr("src");
	}

	/** The text of the paragraph holding the first link to a media file. */
	private String leafletLink(String path) {
		return page(path).select("main a[href^=/media/]").first().parent().text();
	}

	private Document page(String path) {
		MockHttpServletResponse response = this.mvc.get().uri(path).exchange().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return parse(response);
	}

	private static Document parse(MockHttpServletResponse response) {
		try {
			return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
