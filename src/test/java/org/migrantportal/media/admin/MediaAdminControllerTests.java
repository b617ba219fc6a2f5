package org.migrantportal.media.admin;

import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.migrantportal.i18n.LocaleChoice;
import org.migrantportal.media.MediaFixtures;
import org.migrantportal.media.MediaTestSupport;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.StaffRole;
import org.migrantportal.support.PortalWebTest;
import org.migrantportal.support.WithPortalUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The media library's back-office over HTTP: uploading (what is stored, what is refused
 * and why, in the editor's language, with nothing left behind), the list, a file's words
 * per language, and country scope.
 */
@PortalWebTest
class MediaAdminControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private MessageSource messages;

	@Autowired
	private JdbcClient jdbc;

	private MediaTestSupport media;

	@BeforeEach
	void support() {
		this.media = new MediaTestSupport(this.context);
	}

	@Test
	@WithPortalUser(role = StaffRole.EDITOR, country = CountryScope.GEORGIA)
	void uploadWhenEditorThenStoredUnderAKeyOfItsOwnAndAudited() {
		MockHttpServletResponse response = upload("../../etc/passwd.png", MediaFixtures.png(1200, 600));
		assertThat(response.getStatus()).isEqualTo(302);
		long id = Long.parseLong(response.getRedirectedUrl().substring("/admin/media/".length()));
		String key = this.media.storageKey(id);
		assertThat(key).matches("[0-9a-f-]{36}");
		assertThat(this.media.folder().resolve(key)).exists();
		assertThat(this.media.folder().resolve(key + "-w480")).exists();
		assertThat(this.media.folder().resolve(key + "-w1024")).exists();
		assertThat(this.media.details(id).originalFilename()).isEqualTo("passwd.png");
		assertThat(this.media.details(id).width()).isEqualTo(1200);
		assertThat(this.media.details(id).country()).isEqualTo(CountryScope.GEORGIA);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.jdbc
				.sql("select count(*) from audit_entry where subject_type = 'MEDIA' and subject_id = ? "
						+ "and action = 'MEDIA_CREATED'")
				.param(id)
				.query(Long.class)
				.single()).isEqualTo(1));

		Document page = Jsoup.parse(contentOf(get("/admin/media/" + id)));
		assertThat(page.select("form.media-text")).hasSize(3);
		assertThat(page.selectFirst("input[name=title]").val()).isEqualTo("passwd");
	}

	@Test
	@WithPortalUser(role = StaffRole.EDITOR, country = CountryScope.GEORGIA)
	void photoIsStoredWithoutItsGpsPosition() {
		MockHttpServletResponse response = upload("tbilisi.jpg", MediaFixtures.jpegWithGps(800, 600));
		long id = Long.parseLong(response.getRedirectedUrl().substring("/admin/media/".length()));
		byte[] stored = this.media.storedBytes(id);
		assertThat(MediaFixtures.hasApp1Segment(stored)).isFalse();
		assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Exif");
	}

	static Stream<Arguments> refusedUploads() {
		return Stream.of(
				Arguments.of("drawing.svg", (Supplier<byte[]>) MediaFixtures::svg, "image/svg+xml",
						"media.error.type-not-allowed"),
				Arguments.of("page.jpg", (Supplier<byte[]>) MediaFixtures::html, "image/jpeg",
						"media.error.type-not-allowed"),
				Arguments.of("photos.zip", (Supplier<byte[]>) MediaFixtures::zip, "application/zip",
						"media.error.type-not-allowed"),
				Arguments.of("setup.pdf", (Supplier<byte[]>) MediaFixtures::exe, "application/pdf",
						"media.error.type-not-allowed"),
				Arguments.of("bomb.png", (Supplier<byte[]>) () -> MediaFixtures.pngDeclaring(50_000, 50_000),
						"image/png", "media.error.too-many-pixels"),
				Arguments.of("locked.pdf", (Supplier<byte[]>) MediaFixtures::encryptedPdf, "application/pdf",
						"media.error.pdf-encrypted"),
				Arguments.of("script.pdf", (Supplier<byte[]>) MediaFixtures::pdfWithJavaScriptInNames,
						"application/pdf", "media.error.pdf-script"),
				Arguments.of("open.pdf", (Supplier<byte[]>) MediaFixtures::pdfWithJavaScriptOpenAction,
						"application/pdf", "media.error.pdf-script"),
				Arguments.of("link.pdf", (Supplier<byte[]>) MediaFixtures::pdfWithJavaScriptLink, "application/pdf",
						"media.error.pdf-script"),
				Arguments.of("launch.pdf", (Supplier<byte[]>) MediaFixtures::pdfWithLaunchAction, "application/pdf",
						"media.error.pdf-launch"),
				Arguments.of("empty.png", (Supplier<byte[]>) () -> new byte[0], "image/png", "media.error.empty"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("refusedUploads")
	@WithPortalUser(role = StaffRole.EDITOR, country = CountryScope.GEORGIA)
	void refusedUploadShowsWhyInTheEditorsLanguageAndStoresNothing(String name, Supplier<byte[]> file,
			String contentType, String messageKey) {
		long rows = this.media.rows();
		long files = this.media.storedFiles();
		MockHttpServletResponse response = this.mvc.post()
			.uri("/admin/media")
			.multipart()
			.file(new MockMultipartFile("file", name, contentType, file.get()))
			.cookie(new Cookie(LocaleChoice.COOKIE_NAME, "hy"))
			.with(csrf())
			.exchange()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(400);
		Document page = Jsoup.parse(contentOf(response));
		String expected = this.messages.getMessage(messageKey, new Object[] { "50000", "50000" },
				Locale.forLanguageTag("hy"));
		assertThat(page.selectFirst("#upload-error").text()).isEqualTo(expected);
		assertThat(expected).containsPattern("\\p{IsArmenian}");
		assertThat(this.media.rows()).as("no row").isEqualTo(rows);
		assertThat(this.media.storedFiles()).as("no file").isEqualTo(files);
	}

	@Test
	@WithPortalUser(role = StaffRole.EDITOR, country = CountryScope.ARMENIA)
	void openWhenArmenianEditorAndGeorgianFileThenForbiddenAndNotListed() {
		long id = this.media.upload(MediaTestSupport.editor(CountryScope.GEORGIA), "tbilisi-office-map.png",
				MediaFixtures.png(40, 40));
		assertThat(get("/admin/media/" + id).getStatus()).isEqualTo(403);
		assertThat(get("/admin/media/" + id + "/file").getStatus()).isEqualTo(403);
		assertThat(this.mvc.post()
			.uri("/admin/media/" + id + "/texts/en")
			.param("title", "Changed in Yerevan")
			.param("version", "1")
			.with(csrf())
			.exchange()
			.getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(Jsoup.parse(contentOf(get("/admin/media?q=tbilisi-office-map"))).select("tr.media-row")).isEmpty();
		assertThat(this.media.details(id).texts().get("en").text().title()).isEqualTo("tbilisi-office-map");
	}

	@Test
	@WithPortalUser(role = StaffRole.EDITOR, country = CountryScope.GEORGIA, organization = "caritas-georgia")
	void ngoEditorSeesAndOpensOnlyTheirOrganizationsFiles() {
		String marker = "ngo" + System.nanoTime();
		long others = this.media.upload(MediaTestSupport.editor(CountryScope.GEORGIA), marker + "-ministry.png",
				MediaFixtures.png(30, 30));
		MockHttpServletResponse response = upload(marker + "-caritas.png", MediaFixtures.png(30, 30));
		long own = Long.parseLong(response.getRedirectedUrl().substring("/admin/media/".length()));
		assertThat(this.media.details(own).organizationId())
			.isEqualTo(new org.migrantportal.accounts.AccountFixtures(this.context).organizationId("caritas-georgia"));
		assertThat(get("/admin/media/" + own).getStatus()).isEqualTo(200);
		assertThat(get("/admin/media/" + others).getStatus()).isEqualTo(403);
		assertThat(Jsoup.parse(contentOf(get("/admin/media?q=" + marker)))
			.select("tr.media-row td:nth-child(2)")
			.eachText()).containsExactly(marker + "-caritas");
	}

	@Test
	@WithPortalUser(role = StaffRole.TRANSLATOR, country = CountryScope.GEORGIA)
	void openWhenTranslatorThenForbidden() {
		assertThat(get("/admin/media").getStatus()).isEqualTo(403);
	}

	@Test
	@WithPortalUser(role = StaffRole.EDITOR, country = CountryScope.GEORGIA)
	void listIsNewestFirstAndFindsByTitleAndType() {
		String marker = "list" + System.nanoTime();
		this.media.upload(MediaTestSupport.editor(CountryScope.GEORGIA), marker + "-leaflet.pdf", MediaFixtures.pdf());
		this.media.upload(MediaTestSupport.editor(CountryScope.GEORGIA), marker + "-photo.png",
				MediaFixtures.png(30, 20));
		Document all = Jsoup.parse(contentOf(get("/admin/media?q=" + marker)));
		assertThat(all.select("tr.media-row td:nth-child(2)").eachText()).containsExactly(marker + "-photo",
				marker + "-leaflet");
		assertThat(all.select("tr.media-row img").eachAttr("alt")).as("the photo's thumbnail says which file it is")
			.containsExactly(marker + "-photo");
		Document documents = Jsoup.parse(contentOf(get("/admin/media?kind=DOCUMENT&q=" + marker)));
		assertThat(documents.select("tr.media-row td:nth-child(2)").eachText()).containsExactly(marker + "-leaflet");
		assertThat(Jsoup.parse(contentOf(get("/admin/media?q=" + marker + "-nothing"))).select("tr.media-row"))
			.isEmpty();
	}

	@Test
	@WithPortalUser(role = StaffRole.EDITOR, country = CountryScope.GEORGIA)
	void wordsOfEachLanguageAreSavedAndAStaleFormIsAConflict() {
		long id = this.media.upload(MediaTestSupport.editor(CountryScope.GEORGIA), "queue.png",
				MediaFixtures.png(40, 40));
		assertThat(saveText(id, "ka", "რიგი საკონსულოსთან", "ადამიანები რიგში დგანან", 0).getStatus()).isEqualTo(302);
		assertThat(this.media.details(id).texts().get("ka").text().altText()).isEqualTo("ადამიანები რიგში დგანან");
		MockHttpServletResponse stale = saveText(id, "ka", "სხვა სათაური", "სხვა", 0);
		assertThat(stale.getStatus()).isEqualTo(409);
		assertThat(this.media.details(id).texts().get("ka").text().title()).isEqualTo("რიგი საკონსულოსთან");
		Document page = Jsoup.parse(contentOf(get("/admin/media/" + id)));
		assertThat(page.selectFirst("#alt-ka").text()).isEqualTo("ადამიანები რიგში დგანან");
	}

	private MockHttpServletResponse saveText(long id, String locale, String title, String altText, long version) {
		return this.mvc.post()
			.uri("/admin/media/" + id + "/texts/" + locale)
			.param("title", title)
			.param("altText", altText)
			.param("caption", "")
			.param("version", String.valueOf(version))
			.with(csrf())
			.exchange()
			.getResponse();
	}

	private MockHttpServletResponse upload(String name, byte[] bytes) {
		return this.mvc.post()
			.uri("/admin/media")
			.multipart()
			.file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
			.with(csrf())
			.exchange()
			.getResponse();
	}

	private MockHttpServletResponse get(String uri) {
		return this.mvc.get().uri(uri).exchange().getResponse();
	}

	private static String contentOf(MockHttpServletResponse response) {
		try {
			return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
