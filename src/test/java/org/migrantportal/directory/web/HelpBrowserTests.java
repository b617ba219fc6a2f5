package org.migrantportal.directory.web;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import org.migrantportal.support.Browser;
import org.migrantportal.support.TestDatabase;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor in crisis on a phone (390 CSS pixels wide) finds the emergency numbers on the
 * help page and on a page that does not exist: tel: links large enough to tap, and pages
 * without accessibility violations.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "portal.quick-exit-url=about:blank")
@ContextConfiguration(initializers = TestDatabase.class)
class HelpBrowserTests {

	@LocalServerPort
	private int port;

	private WebDriver driver;

	@BeforeEach
	void startBrowser() throws Exception {
		this.driver = Browser.start(390, 844);
	}

	@AfterEach
	void stopBrowser() {
		Browser.stop(this.driver);
	}

	@Test
	void theGeorgianHelpPageShowsTheEmergencyNumberLargeEnoughToTap() throws Exception {
		this.driver.get(url("/ka/help"));
		assertThat(this.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ka");
		List<WebElement> links = this.driver.findElements(By.cssSelector("a[href^='tel:']"));
		assertThat(links).extracting((link) -> link.getAttribute("href")).contains("tel:112");
		assertTappable(links);
		Browser.screenshot(this.driver, "help-ka-390");
		Browser.assertAccessible(this.driver);

		this.driver.findElement(By.cssSelector("nav.emergency-countries a[href='?country=am']")).click();
		assertThat(this.driver.getCurrentUrl()).endsWith("/ka/help?country=am");
		assertThat(this.driver.findElements(By.cssSelector("section.emergency a.tel-large")))
			.extracting((link) -> link.getAttribute("href"))
			.containsExactly("tel:911", "tel:112");
		Browser.assertAccessible(this.driver);
	}

	@Test
	void aMissingPageShowsTheEmergencyNumbersLargeEnoughToTap() throws Exception {
		for (String locale : List.of("ka", "hy")) {
			this.driver.get(url("/" + locale + "/no-such-page"));
			List<WebElement> links = this.driver.findElements(By.cssSelector("a[href^='tel:']"));
			assertThat(links).isNotEmpty();
			assertTappable(links);
			Browser.screenshot(this.driver, "not-found-" + locale + "-390");
			Browser.assertAccessible(this.driver);
		}
	}

	private static void assertTappable(List<WebElement> links) {
		for (WebElement link : links) {
			Dimension size = link.getSize();
			assertThat(size.getWidth()).as(link.getAttribute("href") + " width").isGreaterThanOrEqualTo(44);
			assertThat(size.getHeight()).as(link.getAttribute("href") + " height").isGreaterThanOrEqualTo(44);
		}
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
