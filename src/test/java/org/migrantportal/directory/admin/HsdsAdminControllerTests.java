package org.migrantportal.directory.admin;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.migrantportal.accounts.AccountFixtures;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.StaffRole;
import org.migrantportal.support.BackOffice;
import org.migrantportal.support.PortalWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The back-office HSDS page: admins download the directory as a JSON attachment and
 * upload a file back; a bad file comes back as a 400 form with every problem in the
 * admin's language, an oversized one as the 413 page; editors are refused.
 */
@PortalWebTest
class HsdsAdminControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private JdbcClient jdbc;

	private AccountFixtures accounts;

	private MockHttpSession admin;

	@BeforeEach
	void logIn() {
		this.accounts = new AccountFixtures(this.context);
		this.admin = BackOffice.logIn(this.mvc, this.accounts.create(StaffRole.ADMIN, CountryScope.BOTH, null),
				AccountFixtures.PASSWORD);
	}

	@Test
	void adminSeesTheExchangePageWithAnUploadFormProtectedByCsrfAndALinkInTheNavigation() {
		MvcTestResult page = this.mvc.get().uri("/admin/hsds").session(this.admin).exchange();
		assertThat(page).hasStatusOk();
		assertThat(content(page.getResponse())).contains("href=\"/admin/hsds/export\"")
			.contains("action=\"/admin/hsds/import\"")
			.contains("enctype=\"multipart/form-data\"")
			.contains("name=\"_csrf\"")
			.contains("<a href=\"/admin/hsds\"");
	}

	@Test
	void adminDownloadsTheDirectoryAsAnHsdsJsonAttachment() {
		MockHttpServletResponse response = export();
		assertThat(response.getContentType()).startsWith("application/json");
		assertThat(response.getHeader("Content-Disposition")).startsWith("attachment")
			.contains("migrant-portal-hsds.json");
		assertThat(content(response)).startsWith("[")
			.contains("\"service_at_locations\"")
			.contains("\"x-translations\"");
	}

	@Test
	void adminUploadsTheExportedFileBackAndIsToldItWasImported() {
		MvcTestResult result = upload(content(export()).getBytes(StandardCharsets.UTF_8));
		assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/admin/hsds");
		assertThat(result.getMvcResult().getFlashMap().get("flash")).isEqualTo("hsds.imported");
	}

	@Test
	void aBadFileComesBackAsAFormWithEveryProblemInTheAdminsLanguageAndChangesNothing() {
		this.mvc.post().uri("/admin/language/ka").session(this.admin).with(csrf()).exchange();
		int revisions = revisions();
		String bad = content(export()).replaceFirst("\"number\" : \"[^\"]+\"", "\"number\" : 42");
		MvcTestResult result = upload(bad.getBytes(StandardCharsets.UTF_8));
		assertThat(result).hasStatus(400);
		assertThat(content(result.getResponse())).contains("ფაილი არ იმპორტირდა და არაფერი შეცვლილა")
			.containsPattern("organizations\\[\\d+\\]\\.services\\[\\d+\\]\\.phones\\[\\d+\\]\\.number")
			.contains("ეს უნდა იყოს ტექსტი.");
		MvcTestResult junk = upload("<!DOCTYPE html><html></html>".getBytes(StandardCharsets.UTF_8));
		assertThat(junk).hasStatus(400);
		assertThat(content(junk.getResponse())).contains("ფაილი სწორი JSON არ არის.");
		assertThat(revisions()).isEqualTo(revisions);
	}

	@Test
	void anOversizedFileGetsTheFriendly413PageAndChangesNothing() {
		int revisions = revisions();
		byte[] big = new byte[4 * 1024 * 1024 + 1];
		Arrays.fill(big, (byte) ' ');
		assertThat(upload(big)).hasStatus(413);
		assertThat(revisions()).isEqualTo(revisions);
	}

	@Test
	void aPostWithoutAFileIsABadRequest() {
		assertThat(this.mvc.post().uri("/admin/hsds/import").session(this.admin).with(csrf()).exchange())
			.hasStatus(400);
	}

	@Test
	void anUploadWithoutTheCsrfTokenIsRefused() {
		assertThat(this.mvc.post()
			.uri("/admin/hsds/import")
			.multipart()
			.file(new MockMultipartFile("file", "hsds.json", "application/json", "[]".getBytes(StandardCharsets.UTF_8)))
			.session(this.admin)
			.exchange()).hasStatus(403);
	}

	@Test
	void editorGets403ForThePageTheExportAndTheImport() {
		MockHttpSession editor = BackOffice.logIn(this.mvc,
				this.accounts.create(StaffRole.EDITOR, CountryScope.GEORGIA, null), AccountFixtures.PASSWORD);
		assertThat(this.mvc.get().uri("/admin/hsds").session(editor).exchange()).hasStatus(403);
		assertThat(this.mvc.get().uri("/admin/hsds/export").session(editor).exchange()).hasStatus(403);
		assertThat(this.mvc.post()
			.uri("/admin/hsds/import")
			.multipart()
			.file(new MockMultipartFile("file", "hsds.json", "application/json", "[]".getBytes(StandardCharsets.UTF_8)))
			.session(editor)
			.with(csrf())
			.exchange()).hasStatus(403);
	}

	private MockHttpServletResponse export() {
		MvcTestResult result = this.mvc.get().uri("/admin/hsds/export").session(this.admin).exchange();
		assertThat(result).hasStatusOk();
		return result.getResponse();
	}

	private MvcTestResult upload(byte[] content) {
		return this.mvc.post()
			.uri("/admin/hsds/import")
			.multipart()
			.file(new MockMultipartFile("file", "migrant-portal-hsds.json", "application/json", content))
			.session(this.admin)
			.with(csrf())
			.exchange();
	}

	private int revisions() {
		return this.jdbc.sql("select count(*) from service_listing_revision").query(Integer.class).single();
	}

	private static String content(MockHttpServletResponse response) {
		return new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
	}

}
