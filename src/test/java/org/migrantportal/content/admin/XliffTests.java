package org.migrantportal.content.admin;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.migrantportal.accounts.AccountFixtures;
import org.migrantportal.content.ContentFixtures;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.StaffRole;
import org.migrantportal.support.BackOffice;
import org.migrantportal.support.PortalWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * XLIFF 2.0 out to a translation agency and back in as drafts; a bad file changes
 * nothing.
 */
@PortalWebTest
class XliffTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private JdbcTemplate jdbc;

	private ContentFixtures content;

	private Long pageId;

	private MockHttpSession editor;

	@BeforeEach
	void englishPage() {
		this.content = new ContentFixtures(this.context);
		this.pageId = this.content.publishedPageOnlyIn("en", "Check a job offer", ContentFixtures.uniqueSlug("offer"),
				"Ask a Migrant Resource Centre before you sign.");
		this.editor = BackOffice.logIn(this.mvc,
				new AccountFixtures(this.context).create(StaffRole.EDITOR, CountryScope.GEORGIA, null),
				AccountFixtures.PASSWORD);
	}

	@AfterEach
	void remove() {
		this.content.remove(this.pageId);
	}

	@Test
	void exportedFileTranslatedAndImportedBecomesAnArmenianDraft() {
		String xliff = export("en", "hy");
		assertThat(xliff).contains("urn:oasis:names:tc:xliff:document:2.0")
			.contains("srcLang=\"en\"")
			.contains("trgLang=\"hy\"")
			.contains("<file id=\"pages-" + this.pageId + "\"")
			.contains("Ask a Migrant Resource Centre before you sign.");
		String translated = translate(xliff, "Ստուգեք աշխատանքի առաջարկը", "stugek-arajarky",
				"Ստորագրելուց առաջ դիմեք միգրանտների ռեսուրսային կենտրոն։");
		MvcTestResult result = upload(translated);
		assertThat(result.getMvcResult().getFlashMap().get("flash")).isEqualTo("xliff.imported");
		assertThat(this.jdbc.queryForMap(
				"select title, slug, state, body_markdown, translated_from, source_revision_id from content_page_translation "
						+ "where page_id = ? and locale = 'hy'",
				this.pageId))
			.containsEntry("title", "Ստուգեք աշխատանքի առաջարկը")
			.containsEntry("slug", "stugek-arajarky")
			.containsEntry("state", "DRAFT")
			.containsEntry("translated_from", "en");
	}

	@Test
	void badFilesAreRejectedWithAClearErrorAndChangeNothing() {
		String translated = translate(export("en", "hy"), "Ստուգեք", "stugek", "Տեքստ");
		assertRejected("not xml at all <<<", "xliff.error.malformed");
		assertRejected("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>",
				"xliff.error.malformed");
		assertRejected("<html xmlns=\"http://www.w3.org/1999/xhtml\"/>", "xliff.error.not-xliff-2");
		assertRejected(translated.replace("trgLang=\"hy\"", "trgLang=\"en\""), "xliff.error.wrong-pair");
		assertRejected(translated.replace("trgLang=\"hy\"", "trgLang=\"fr\""), "xliff.error.wrong-pair");
		assertRejected(translated.replace("pages/" + this.pageId + "?", "pages/99999999?"),
				"xliff.error.unknown-content");
		assertRejected(translated.replace("stugek", "Not A Slug"), "xliff.error.bad-slug");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from content_page_translation where page_id = ? and locale = 'hy'", Long.class,
				this.pageId))
			.isZero();
	}

	@Test
	void exportingALanguageIntoItselfIsAClearError() {
		MvcTestResult result = this.mvc.get()
			.uri("/admin/translations/xliff?source=ka&target=ka")
			.session(this.editor)
			.exchange();
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/admin/translations");
		assertThat(result.getMvcResult().getFlashMap().get("flashError")).isEqualTo("xliff.error.wrong-pair");
	}

	@Test
	void aFileOfAPageChangedSinceTheExportIsRejected() {
		String translated = translate(export("en", "hy"), "Ստուգեք", "stugek", "Տեքստ");
		assertThat(upload(translated).getMvcResult().getFlashMap().get("flash")).isEqualTo("xliff.imported");
		assertRejected(translated, "xliff.error.changed-since-export");
	}

	private void assertRejected(String file, String messageKey) {
		MvcTestResult result = upload(file);
		assertThat(result.getMvcResult().getFlashMap().get("flashError")).as(file).isEqualTo(messageKey);
	}

	private String export(String source, String target) {
		MockHttpServletResponse response = this.mvc.get()
			.uri("/admin/translations/xliff?kind=pages&country=GEORGIA&source=" + source + "&target=" + target)
			.session(this.editor)
			.exchange()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getHeader("Content-Disposition")).contains("attachment").contains(".xlf");
		return new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	/** Fills in the targets of this test's page, as a CAT tool would. */
	private String translate(String xliff, String title, String slug, String body) {
		int start = xliff.indexOf("<file id=\"pages-" + this.pageId + "\"");
		int end = xliff.indexOf("</file>", start) + "</file>".length();
		String file = xliff.substring(start, end)
			.replaceFirst("(<unit id=\"title\"><segment><source>[^<]*</source>)<target>[^<]*</target>",
					"$1<target>" + title + "</target>")
			.replaceFirst("(<unit id=\"slug\"><segment><source>[^<]*</source>)<target>[^<]*</target>",
					"$1<target>" + slug + "</target>")
			.replaceFirst("(<unit id=\"body\"><segment><source>[^<]*</source>)<target>[^<]*</target>",
					"$1<target>" + body + "</target>");
		int header = xliff.indexOf("<file ");
		return xliff.substring(0, header) + file + "</xliff>";
	}

	private MvcTestResult upload(String content) {
		return this.mvc.post()
			.uri("/admin/translations/xliff")
			.multipart()
			.file(new MockMultipartFile("file", "portal-en-hy.xlf", "application/xliff+xml",
					content.getBytes(StandardCharsets.UTF_8)))
			.session(this.editor)
			.with(csrf())
			.exchange();
	}

}
