package org.migrantportal.admin;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.migrantportal.accounts.AccountFixtures;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.StaffRole;
import org.migrantportal.support.Browser;
import org.migrantportal.support.TestDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The back-office lists work on a 390 px wide phone, in Georgian and in Armenian: the
 * page itself never scrolls sideways (a wide table scrolls inside its own box), and axe
 * finds nothing (in Georgian: the markup is the same in both). Screenshots under
 * target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.class)
class BackOfficeTablesBrowserTests {

	private static final List<String> SCREENS = List.of("/admin/pages", "/admin/news", "/admin/topics",
			"/admin/services", "/admin/help-contacts", "/admin/audit", "/admin/accounts", "/admin/translations",
			"/admin/trash");

	/** What sticks out of the phone's width, for the failure message. */
	private static final String TOO_WIDE = """
			return [...document.querySelectorAll('body *')]
			  .filter((e) => e.getBoundingClientRect().right > window.innerWidth && !e.closest('.table-scroll'))
			  .slice(0, 5).map((e) => e.tagName + '.' + e.className + '#' + e.id).join(', ');
			""";

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	private WebDriver driver;

	@BeforeEach
	void startBrowser() throws Exception {
		this.driver = Browser.start(390, 844);
		// headless Chromium keeps a window at least 500 px wide; the phone is emulated
		((ChromeDriver) this.driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", false));
	}

	@AfterEach
	void stopBrowser() {
		Browser.stop(this.driver);
	}

	@Test
	void everyListFitsAPhoneWithoutScrollingThePageSideways() throws Exception {
		String admin = new AccountFixtures(this.context).create(StaffRole.ADMIN, CountryScope.BOTH, null);
		logIn(admin);
		SoftAssertions softly = new SoftAssertions();
		for (String language : List.of("ka", "hy")) {
			this.driver.findElement(By.cssSelector(".languages button[lang=" + language + "]")).click();
			// the page reloads in the new language: an element of the old page may go
			// stale
			new WebDriverWait(this.driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
				.ignoring(WebDriverException.class)
				.until((driver) -> language.equals(driver.findElement(By.tagName("html")).getAttribute("lang")));
			for (String screen : SCREENS) {
				this.driver.get(url(screen));
				String name = "phone-" + language + screen.replace('/', '-');
				Browser.screenshot(this.driver, name);
				JavascriptExecutor script = (JavascriptExecutor) this.driver;
				long pageWidth = (Long) script.executeScript("return document.documentElement.scrollWidth;");
				long viewport = (Long) script.executeScript("return window.innerWidth;");
				assertThat(viewport).as("the phone's width").isEqualTo(390);
				assertThat(pageWidth)
					.as(name + ": the page is no wider than the phone; too wide: " + script.executeScript(TOO_WIDE))
					.isLessThanOrEqualTo(viewport);
				softly.assertThat(this.driver.findElements(By.cssSelector("table.data")))
					.as(name + ": every table is in a scroll box")
					.allSatisfy((table) -> assertThat(table.findElement(By.xpath("..")).getAttribute("class"))
						.contains("table-scroll"));
				// axe checks the markup, which is the same in both languages: once, in
				// Georgian;
				// what Armenian changes (longer words, other widths) is checked above
				if ("ka".equals(language)) {
					softly.assertThatCode(() -> Browser.assertAccessible(this.driver))
						.as(name)
						.doesNotThrowAnyException();
				}
			}
		}
		softly.assertAll();
	}

	private void logIn(String email) {
		Browser.logIn(this.driver, url(""), email);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
