package org.migrantportal.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import org.migrantportal.support.Browser;
import org.migrantportal.support.TestDatabase;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With Arabic enabled by configuration, the layout mirrors: the logical CSS follows
 * {@code dir}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "portal.locales=ka,en,hy,ar")
@ContextConfiguration(initializers = TestDatabase.class)
class RightToLeftBrowserTests {

	@LocalServerPort
	private int port;

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
	void arabicLayoutIsMirroredAndAccessible() throws Exception {
		this.driver.get("http://localhost:" + this.port + "/en/");
		int width = this.driver.findElement(By.tagName("body")).getSize().getWidth();
		WebElement englishExit = this.driver.findElement(By.cssSelector(".quick-exit-link"));
		assertThat(englishExit.getLocation().getX()).as("left-to-right: quick exit at the end, on the right")
			.isGreaterThan(width / 2);

		this.driver.get("http://localhost:" + this.port + "/ar/");
		assertThat(this.driver.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
		WebElement arabicExit = this.driver.findElement(By.cssSelector(".quick-exit-link"));
		assertThat(arabicExit.getLocation().getX()).as("right-to-left: quick exit at the end, on the left")
			.isLessThan(width / 2);
		Browser.screenshot(this.driver, "home-ar-rtl");
		Browser.assertAccessible(this.driver);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/ar/tools/stay-calculator", "/ar/tools/job-offer-check", "/ar/help/call-back",
			"/ar/help/sheet" })
	void theToolsAreMirroredAndAccessibleInARightToLeftLanguage(String path) throws Exception {
		this.driver.get("http://localhost:" + this.port + path);
		assertThat(this.driver.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
		assertThat(this.driver.findElement(By.cssSelector("main h1")).getCssValue("direction")).isEqualTo("rtl");
		int width = this.driver.findElement(By.tagName("body")).getSize().getWidth();
		assertThat(this.driver.findElement(By.cssSelector(".quick-exit-link")).getLocation().getX())
			.as("right-to-left: quick exit on the left")
			.isLessThan(width / 2);
		Browser.screenshot(this.driver, "rtl" + path.replace('/', '-'));
		Browser.assertAccessible(this.driver);
	}

}
