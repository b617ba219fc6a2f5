package org.migrantportal.web;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import org.migrantportal.support.PortalWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Nu HTML Checker (the W3C's HTML validator, run in-process and offline) finds no
 * error on any public page (see {@link PublicPages}): every sitemap URL in every
 * language, the lists, search, help and the error pages. Warnings are allowed.
 */
@PortalWebTest
class HtmlValidationTests {

	/** The checker's HTML schema, read from the checker's own jar. */
	private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

	@Autowired
	private MockMvcTester mvc;

	@Test
	void theNuHtmlCheckerFindsNoErrorOnAnyPublicPage() throws Exception {
		Map<String, String> pages = PublicPages.fetch(this.mvc);
		Checker checker = new Checker();
		for (Map.Entry<String, String> page : pages.entrySet()) {
			checker.check(page.getKey(), page.getValue());
		}
		assertThat(checker.errors).isEmpty();
	}

	@Test
	void theCheckerReallyReportsErrorsAlsoAfterAValidPage() throws Exception {
		Checker checker = new Checker();
		checker.check("valid",
				"<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head><body><p>ok</p></body></html>");
		assertThat(checker.errors).isEmpty();
		checker.check("broken", "<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head>"
				+ "<body><p><div>block in a paragraph</p><img src=\"a.png\"></body></html>");
		assertThat(checker.errors).isNotEmpty();
	}

	/** One checker for many pages: reading its schema is what takes time. */
	private static final class Checker implements ErrorHandler {

		private final List<String> errors = new ArrayList<>();

		private final SimpleDocumentValidator validator = new SimpleDocumentValidator();

		private String path;

		Checker() throws Exception {
			this.validator.setUpMainSchema(HTML_SCHEMA, this);
			this.validator.setUpValidatorAndParsers(this, true, false);
		}

		void check(String path, String html) throws Exception {
			this.path = path;
			InputSource source = new InputSource(new StringReader(html));
			source.setSystemId("http://localhost" + path);
			this.validator.checkHtmlInputSource(source);
		}

		@Override
		public void warning(SAXParseException exception) {
		}

		@Override
		public void error(SAXParseException exception) {
			this.errors.add(describe(this.path, exception));
		}

		@Override
		public void fatalError(SAXParseException exception) {
			this.errors.add(describe(this.path, exception));
		}

	}

	private static String describe(String path, SAXParseException exception) {
		return path + ":" + exception.getLineNumber() + ":" + exception.getColumnNumber() + ": "
				+ exception.getMessage();
	}

}
