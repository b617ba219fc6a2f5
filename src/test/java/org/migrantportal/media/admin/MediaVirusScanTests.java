package org.migrantportal.media.admin;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.migrantportal.i18n.LocaleChoice;
import org.migrantportal.media.MediaFixtures;
import org.migrantportal.media.MediaTestSupport;
import org.migrantportal.media.TestClamd;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.StaffRole;
import org.migrantportal.support.PortalWebTest;
import org.migrantportal.support.WithPortalUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The whole application with uploads scanned by a real clamd (started by the test, with
 * the EICAR test signature): a clean photo is stored; the EICAR test file, whatever its
 * name, is refused in the editor's language, audited with what was found, and nothing of
 * it is stored; and while clamd is down every upload is refused with status 503 (fail
 * closed), again storing nothing.
 */
@PortalWebTest
@ExtendWith(OutputCaptureExtension.class)
class MediaVirusScanTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private MessageSource messages;

	@Autowired
	private JdbcClient jdbc;

	private MediaTestSupport media;

	@BeforeAll
	static void clamd() {
		TestClamd.get();
	}

	@DynamicPropertySource
	static void scanner(DynamicPropertyRegistry registry) {
		TestClamd.get().settings().forEach((name, value) -> registry.add(name, () -> value));
	}

	@BeforeEach
	void support() {
		this.media = new MediaTestSupport(this.context);
	}

	@Test
	@WithPortalUser(role = StaffRole.EDITOR, country = CountryScope.GEORGIA)
	void cleanPhotoIsScannedAndStored() {
		long rows = this.media.rows();
		MockHttpServletResponse response = upload("river.png", MediaFixtures.png(1200, 600), "en");
		assertThat(response.getStatus()).isEqualTo(302);
		long id = Long.parseLong(response.getRedirectedUrl().substring("/admin/media/".length()));
		assertThat(this.media.rows()).isEqualTo(rows + 1);
		assertThat(this.media.folder().resolve(this.media.storageKey(id))).exists();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "leaflet.pdf, application/pdf, hy", "photo.png, image/png, ka",
			"eicar.com, application/octet-stream, en" })
	@WithPortalUser(role = StaffRole.EDITOR, country = CountryScope.GEORGIA)
	void eicarTestFileIsRefusedWithWhatWasFoundAuditedAndNothingStored(String name, String contentType, String locale) {
		String editor = SecurityContextHolder.getContext().getAuthentication().getName();
		long rows = this.media.rows();
		long files = this.media.storedFiles();
		MockHttpServletResponse response = this.mvc.post()
			.uri("/admin/media")
			.multipart()
			.file(new MockMultipartFile("file", name, contentType, TestClamd.eicar()))
			.cookie(new Cookie(LocaleChoice.COOKIE_NAME, locale))
			.with(csrf())
			.exchange()
			.getResponse();

		assertThat(response.getStatus()).isEqualTo(400);
		String expected = this.messages.getMessage("virusscan.error.infected",
				new Object[] { TestClamd.EICAR_SIGNATURE }, Locale.forLanguageTag(locale));
		assertThat(Jsoup.parse(contentOf(response)).selectFirst("#upload-error").text()).isEqualTo(expected);
		assertThat(this.media.rows()).as("no row").isEqualTo(rows);
		assertThat(this.media.storedFiles()).as("no file").isEqualTo(files);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.jdbc.sql(
					"select count(*) from audit_entry where action = 'MEDIA_UPLOAD_INFECTED' and subject_type = 'MEDIA' "
							+ "and actor_email = ? and summary = ?")
				.param(editor)
				.param(TestClamd.EICAR_SIGNATURE + " — " + name)
				.query(Long.class)
				.single()).isEqualTo(1));
	}

	@Test
	@WithPortalUser(role = StaffRole.EDITOR, country = CountryScope.GEORGIA)
	void aReplacementIsScannedToo() {
		long id = this.media.published("scanned-before.png", MediaFixtures.png(40, 20));
		String hash = this.media.details(id).contentHash();
		long files = this.media.storedFiles();
		MockHttpServletResponse response = this.mvc.post()
			.uri("/admin/media/" + id + "/file")
			.multipart()
			.file(new MockMultipartFile("file", "scanned-after.png", "image/png", TestClamd.eicar()))
			.cookie(new Cookie(LocaleChoice.COOKIE_NAME, "hy"))
			.with(csrf())
			.exchange()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(Jsoup.parse(contentOf(response)).selectFirst("#upload-error").text())
			.isEqualTo(this.messages.getMessage("virusscan.error.infected", new Object[] { TestClamd.EICAR_SIGNATURE },
					Locale.forLanguageTag("hy")));
		assertThat(this.media.details(id).contentHash()).as("the file is unchanged").isEqualTo(hash);
		assertThat(this.media.details(id).reviewed()).isTrue();
		assertThat(this.media.storedFiles()).isEqualTo(files);
	}

	@Test
	@WithPortalUser(role = StaffRole.EDITOR, country = CountryScope.GEORGIA)
	void whileClamdIsDownUploadsAreRefusedAsUncheckedAndNothingIsStored(CapturedOutput output) {
		long rows = this.media.rows();
		long files = this.media.storedFiles();
		TestClamd.get().stop();
		try {
			MockHttpServletResponse response = upload("river.png", MediaFixtures.png(400, 300), "ka");
			assertThat(response.getStatus()).isEqualTo(503);
			String expected = this.messages.getMessage("virusscan.error.unavailable", null,
					Locale.forLanguageTag("ka"));
			assertThat(Jsoup.parse(contentOf(response)).selectFirst("#upload-error").text()).isEqualTo(expected);
			assertThat(expected).containsPattern("\\p{IsGeorgian}");
			assertThat(this.media.rows()).as("no row").isEqualTo(rows);
			assertThat(this.media.storedFiles()).as("no file").isEqualTo(files);
			assertThat(output.getOut().lines().filter((line) -> line.contains("not checked for viruses")))
				.singleElement()
				.satisfies((line) -> assertThat(line).contains("WARN").contains("127.0.0.1:" + TestClamd.get().port()));
			assertThat(output.getOut()).doesNotContain("\tat org.migrantportal");
		}
		finally {
			TestClamd.get();
		}
		assertThat(upload("river.png", MediaFixtures.png(400, 300), "ka").getStatus()).as("clamd back").isEqualTo(302);
	}

	private MockHttpServletResponse upload(String name, byte[] bytes, String locale) {
		return this.mvc.post()
			.uri("/admin/media")
			.multipart()
			.file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
			.cookie(new Cookie(LocaleChoice.COOKIE_NAME, locale))
			.with(csrf())
			.exchange()
			.getResponse();
	}

	private static String contentOf(MockHttpServletResponse response) {
		try {
			return response.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
