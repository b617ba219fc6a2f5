package org.migrantportal.web;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.migrantportal.support.Browser;
import org.migrantportal.support.TestDatabase;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/** What a visitor sees in a real browser, in Georgian, English and Armenian. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "portal.quick-exit-url=about:blank")
@ContextConfiguration(initializers = TestDatabase.class)
class SiteBrowserTests {

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
	void homeTopicAndPageInEveryLanguageAreAccessibleAndLoadNothingFromElsewhere() throws Exception {
		for (String locale : List.of("ka", "en", "hy")) {
			this.driver.get(url("/" + locale + "/"));
			assertThat(htmlLang()).isEqualTo(locale);
			assertThat(this.driver.findElements(By.cssSelector("#topics-heading + .cards li"))).hasSizeGreaterThan(10);
			Browser.screenshot(this.driver, "home-" + locale);
			Browser.assertAccessible(this.driver);
			assertOnlyOwnOrigin();

			this.driver.findElement(By.cssSelector("a[href*='/topics/']")).click();
			waitFor(ExpectedConditions.urlContains("/" + locale + "/topics/"));
			Browser.assertAccessible(this.driver);

			this.driver.findElement(By.cssSelector("#pages-heading ~ .cards a")).click();
			waitFor(ExpectedConditions.urlContains("/" + locale + "/pages/"));
			assertThat(this.driver.findElement(By.cssSelector("article")).getAttribute("lang")).isEqualTo(locale);
			Browser.screenshot(this.driver, "page-" + locale);
			Browser.assertAccessible(this.driver);
			assertOnlyOwnOrigin();

			this.driver.get(url("/" + locale + "/help"));
			Browser.screenshot(this.driver, "help-" + locale);
			Browser.assertAccessible(this.driver);
		}
	}

	@Test
	void switchingLanguageByClickingLeadsToTheSamePagesTranslationAndLeavesNoCookie() throws Exception {
		this.driver.get(url("/en/pages/migrant-resource-centres"));
		this.driver.manage().deleteAllCookies();
		String englishTitle = this.driver.findElement(By.tagName("h1")).getText();
		this.driver.findElement(By.cssSelector(".languages a[hreflang='hy']")).click();
		waitFor(ExpectedConditions.urlMatches(".*/hy/pages/migrantneri-resursayin-kentronner$"));
		assertThat(htmlLang()).isEqualTo("hy");
		String armenianTitle = this.driver.findElement(By.tagName("h1")).getText();
		assertThat(armenianTitle).isNotEqualTo(englishTitle).containsPattern("\\p{IsArmenian}");
		Browser.screenshot(this.driver, "switched-to-hy");

		this.driver.findElement(By.cssSelector(".languages a[hreflang='ka']")).click();
		waitFor(ExpectedConditions.urlContains("/ka/pages/"));
		assertThat(htmlLang()).isEqualTo("ka");
		assertThat(this.driver.findElement(By.tagName("h1")).getText()).containsPattern("\\p{IsGeorgian}");

		assertThat(this.driver.manage().getCookies()).as("the language is in the path; nothing is stored").isEmpty();
	}

	@Test
	void notFoundPageIsFriendlyAndAccessible() throws Exception {
		this.driver.get(url("/hy/pages/no-such-page"));
		assertThat(this.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Էջը չի գտնվել");
		Browser.screenshot(this.driver, "not-found-hy");
		Browser.assertAccessible(this.driver);
	}

	@Test
	void pressingEscapeThreeTimesLeavesTheSite() {
		this.driver.get(url("/ka/help"));
		WebElement body = this.driver.findElement(By.tagName("body"));
		new Actions(this.driver).moveToElement(body).sendKeys(Keys.ESCAPE, Keys.ESCAPE, Keys.ESCAPE).perform();
		waitFor((d) -> d.getCurrentUrl().equals("about:blank"));
		assertThat(this.driver.getCurrentUrl()).isEqualTo("about:blank");
	}

	@Test
	void quickExitReplacesThePageInHistoryAndForgetsTheLanguage() {
		this.driver.get(url("/language/en?next=/en/help"));
		assertThat(this.driver.manage().getCookieNamed("portal_lang")).as("the language was chosen").isNotNull();
		this.driver.findElement(By.cssSelector(".quick-exit a[data-quick-exit]")).click();
		waitFor((d) -> d.getCurrentUrl().equals("about:blank"));
		this.driver.navigate().back();
		assertThat(this.driver.getCurrentUrl()).as("Back does not return to the portal")
			.doesNotContain("localhost:" + this.port);
		this.driver.get(url("/robots.txt"));
		assertThat(this.driver.manage().getCookieNamed("portal_lang")).as("the language cookie is deleted").isNull();
	}

	private void waitFor(ExpectedCondition<?> condition) {
		new WebDriverWait(this.driver, Duration.ofSeconds(10)).until(condition);
	}

	private String htmlLang() {
		return this.driver.findElement(By.tagName("html")).getAttribute("lang");
	}

	@SuppressWarnings("unchecked")
	private void assertOnlyOwnOrigin() {
		List<String> resources = (List<String>) ((JavascriptExecutor) this.driver)
			.executeScript("return performance.getEntriesByType('resource').map(e => e.name);");
		assertThat(resources).isNotEmpty().allSatisfy((resource) -> assertThat(resource).startsWith(url("/")));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
