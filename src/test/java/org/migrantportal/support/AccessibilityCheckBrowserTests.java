package org.migrantportal.support;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The accessibility check every browser test relies on finds what a screen-reader user
 * would stumble on: a page without a language, an image without a text and an unnamed
 * field fail it, the same page made right passes. No portal is started.
 */
class AccessibilityCheckBrowserTests {

	private WebDriver driver;

	@BeforeEach
	void startBrowser() throws Exception {
		this.driver = Browser.start();
	}

	@AfterEach
	void stopBrowser() {
		Browser.stop(this.driver);
	}

	@Test
	void aPageAScreenReaderCannotReadFailsAndTheSamePageMadeRightPasses() {
		this.driver.get(page("<html><head><title>Help</title></head><body><main><h1>Help</h1>"
				+ "<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\">"
				+ "<form><input type=\"text\" name=\"q\"></form></main></body></html>"));
		assertThatThrownBy(() -> Browser.assertAccessible(this.driver)).hasMessageContainingAll("html-has-lang",
				"image-alt", "label");

		this.driver.get(page("<html lang=\"ka\"><head><title>დახმარება</title></head><body><main>"
				+ "<h1>დახმარება</h1><img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\" alt=\"ლოგო\">"
				+ "<form><label>ძებნა <input type=\"text\" name=\"q\"></label></form></main></body></html>"));
		assertThatCode(() -> Browser.assertAccessible(this.driver)).doesNotThrowAnyException();
	}

	private static String page(String html) {
		return "data:text/html;charset=utf-8," + URLEncoder.encode(html, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
