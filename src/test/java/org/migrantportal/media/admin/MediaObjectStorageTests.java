package org.migrantportal.media.admin;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.migrantportal.i18n.LocaleChoice;
import org.migrantportal.media.MediaEditingService;
import org.migrantportal.media.MediaFixtures;
import org.migrantportal.media.MediaTestSupport;
import org.migrantportal.media.TestObjectStorage;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.StaffRole;
import org.migrantportal.support.PortalWebTest;
import org.migrantportal.support.WithPortalUser;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The whole application with its media files in S3-compatible object storage (S3Proxy
 * started by the test, as several nodes would share it): an upload through the
 * back-office lands in the bucket, under the prefix, and the public URL serves it from
 * there; when the bucket cannot take the bytes the editor is told so in their language
 * and nothing is stored; and a bucket restored from a copy of its objects serves the
 * files again, since a row's storage key is all that links it to its bytes.
 */
@PortalWebTest
class MediaObjectStorageTests {

	private static final String BUCKET = "portal-media";

	private static final String PREFIX = "node-shared/media";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private MessageSource messages;

	private MediaTestSupport media;

	@DynamicPropertySource
	static void objectStorage(DynamicPropertyRegistry registry) {
		TestObjectStorage server = TestObjectStorage.get();
		server.createBucket(BUCKET);
		server.settings(BUCKET, PREFIX).forEach((name, value) -> registry.add(name, () -> value));
	}

	@BeforeEach
	void support() {
		this.media = new MediaTestSupport(this.context);
	}

	@Test
	@WithPortalUser(role = StaffRole.EDITOR, country = CountryScope.GEORGIA)
	void uploadWhenS3IsConfiguredThenTheBytesAreInTheBucketAndServedPublicly() throws Exception {
		MockHttpServletResponse response = upload("river.png", MediaFixtures.png(1200, 600), "en");
		assertThat(response.getStatus()).isEqualTo(302);
		long id = Long.parseLong(response.getRedirectedUrl().substring("/admin/media/".length()));
		String key = this.media.storageKey(id);
		TestObjectStorage server = TestObjectStorage.get();
		assertThat(server.objectNames(BUCKET)).contains(PREFIX + "/" + key, PREFIX + "/" + key + "-w480",
				PREFIX + "/" + key + "-w1024");
		assertThat(this.media.folder().resolve(key)).doesNotExist();
		byte[] stored = server.object(BUCKET, PREFIX + "/" + key).orElseThrow();

		this.context.getBean(MediaEditingService.class).review(MediaTestSupport.reviewer(CountryScope.GEORGIA), id);
		MockHttpServletResponse served = this.mvc.get().uri(this.media.publicPath(id)).exchange().getResponse();
		assertThat(served.getStatus()).isEqualTo(200);
		assertThat(served.getContentType()).isEqualTo("image/png");
		assertThat(served.getContentAsByteArray()).isEqualTo(stored);
	}

	@Test
	@WithPortalUser(role = StaffRole.EDITOR, country = CountryScope.GEORGIA)
	void uploadWhenTheBucketCannotTakeItThenTheEditorIsToldAndNothingIsStored() throws Exception {
		TestObjectStorage server = TestObjectStorage.get();
		long rows = this.media.rows();
		server.deleteBucket(BUCKET);
		try {
			MockHttpServletResponse response = upload("leaflet.pdf", MediaFixtures.pdf(), "ka");
			assertThat(response.getStatus()).isEqualTo(503);
			String expected = this.messages.getMessage("media.error.storage-unavailable", null,
					Locale.forLanguageTag("ka"));
			assertThat(Jsoup.parse(contentOf(response)).selectFirst("#upload-error").text()).isEqualTo(expected);
			assertThat(expected).containsPattern("\\p{IsGeorgian}");
			assertThat(this.media.rows()).as("no row").isEqualTo(rows);
		}
		finally {
			server.createBucket(BUCKET);
		}
	}

	@Test
	@WithPortalUser(role = StaffRole.EDITOR, country = CountryScope.GEORGIA)
	void aBucketRestoredFromACopyOfItsObjectsServesTheFilesAgain() throws Exception {
		long id = this.media.published("restored-leaflet.pdf", MediaFixtures.pdf());
		String path = this.media.publicPath(id);
		byte[] served = this.mvc.get().uri(path).exchange().getResponse().getContentAsByteArray();
		assertThat(new String(served, StandardCharsets.ISO_8859_1)).startsWith("%PDF");
		TestObjectStorage server = TestObjectStorage.get();
		Map<String, byte[]> copy = new HashMap<>();
		server.objectNames(BUCKET).forEach((name) -> copy.put(name, server.object(BUCKET, name).orElseThrow()));

		server.deleteBucket(BUCKET);
		server.createBucket(BUCKET);
		copy.forEach((name, bytes) -> server.putObject(BUCKET, name, bytes));

		MockHttpServletResponse again = this.mvc.get().uri(path).exchange().getResponse();
		assertThat(again.getStatus()).isEqualTo(200);
		assertThat(again.getContentAsByteArray()).isEqualTo(served);
	}

	@Test
	@WithPortalUser(role = StaffRole.EDITOR, country = CountryScope.GEORGIA)
	void aPublicFileWhileTheBucketCannotBeReachedIsTheFriendly503InTheReadersLanguage() throws Exception {
		long id = this.media.published("leaflet-during-outage.pdf", MediaFixtures.pdf());
		String path = this.media.publicPath(id);
		TestObjectStorage server = TestObjectStorage.get();
		Map<String, byte[]> copy = new HashMap<>();
		server.objectNames(BUCKET).forEach((name) -> copy.put(name, server.object(BUCKET, name).orElseThrow()));
		server.deleteBucket(BUCKET);
		try {
			MockHttpServletResponse response = this.mvc.get()
				.uri(path)
				.header("Accept-Language", "ka")
				.header("Accept", "text/html,application/pdf")
				.exchange()
				.getResponse();
			assertThat(response.getStatus()).isEqualTo(503);
			assertThat(response.getHeader("Retry-After")).isEqualTo("60");
			assertThat(String.valueOf(response.getHeader("Cache-Control"))).doesNotContain("immutable");
			assertThat(Jsoup.parse(contentOf(response)).select("h1").text()).containsPattern("\\p{IsGeorgian}");
		}
		finally {
			server.createBucket(BUCKET);
			copy.forEach((name, bytes) -> server.putObject(BUCKET, name, bytes));
		}
		assertThat(this.mvc.get().uri(path).exchange().getResponse().getStatus()).as("back by itself").isEqualTo(200);
	}

	private MockHttpServletResponse upload(String name, byte[] bytes, String language) {
		return this.mvc.post()
			.uri("/admin/media")
			.multipart()
			.file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
			.cookie(new Cookie(LocaleChoice.COOKIE_NAME, language))
			.with(csrf())
			.exchange()
			.getResponse();
	}

	private static String contentOf(MockHttpServletResponse response) throws UnsupportedEncodingException {
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

}
