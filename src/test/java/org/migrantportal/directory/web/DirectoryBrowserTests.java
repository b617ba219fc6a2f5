package org.migrantportal.directory.web;

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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.migrantportal.support.Browser;
import org.migrantportal.support.TestDatabase;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor finds help in the services directory in a real browser, in every language.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "portal.quick-exit-url=about:blank")
@ContextConfiguration(initializers = TestDatabase.class)
class DirectoryBrowserTests {

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
	void aVisitorFiltersTheDirectoryOpensAServiceAndSeesItsPhonesAndHours() throws Exception {
		this.driver.get(url("/en/"));
		this.driver.findElement(By.cssSelector("nav.site-nav a[href='/en/services']")).click();
		waitFor(ExpectedConditions.urlMatches(".*/en/services$"));
		new Select(this.driver.findElement(By.id("category"))).selectByValue("shelter");
		new Select(this.driver.findElement(By.id("country"))).selectByValue("GEORGIA");
		// submitted from the keyboard, with no script involved
		this.driver.findElement(By.cssSelector(".directory-filters button")).sendKeys(Keys.ENTER);
		waitFor(ExpectedConditions.urlContains("category=shelter"));
		assertThat(this.driver.getCurrentUrl()).contains("country=GEORGIA");
		List<String> names = this.driver.findElements(By.cssSelector(".services h2 a"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(names).contains("Assistance to victims of human trafficking")
			.doesNotContain("IOM Migrant Resource Centres");
		assertThat(this.driver.findElement(By.cssSelector(".count")).getText()).startsWith("Services found: ");
		Browser.screenshot(this.driver, "services-filtered-en");

		this.driver.findElement(By.linkText("Assistance to victims of human trafficking")).click();
		waitFor(ExpectedConditions.urlContains("/en/services/assistance-to-victims-of-trafficking"));
		WebElement phone = this.driver.findElement(By.cssSelector(".phones a[href^='tel:']"));
		assertThat(phone.getAttribute("href")).isEqualTo("tel:+995000000002");
		assertThat(this.driver.findElement(By.cssSelector(".phones li")).getText()).contains("Hotline", "24/7",
				"Sample data");
		assertThat(this.driver.findElements(By.cssSelector(".hours tr"))).hasSize(7);
		assertThat(this.driver.findElement(By.cssSelector(".hours tr.today")).getText()).contains("00:00–24:00");
		assertThat(this.driver.findElement(By.cssSelector(".open-now")).getText()).isEqualTo("Open now");
		Browser.screenshot(this.driver, "service-en");
		((JavascriptExecutor) this.driver).executeScript("document.getElementById('contact-heading').scrollIntoView()");
		Browser.screenshot(this.driver, "service-contact-en");
		assertOnlyOwnOrigin();
	}

	@Test
	void theDirectoryAndAServicePageAreAccessibleInEveryLanguage() throws Exception {
		for (String locale : List.of("ka", "en", "hy")) {
			this.driver.get(url("/" + locale + "/services?category=counter-trafficking"));
			assertThat(this.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(locale);
			assertThat(this.driver.findElements(By.cssSelector(".services li"))).isNotEmpty();
			Browser.screenshot(this.driver, "services-" + locale);
			Browser.assertAccessible(this.driver);

			this.driver.findElement(By.cssSelector(".services h2 a")).click();
			waitFor(ExpectedConditions.urlContains("/" + locale + "/services/"));
			assertThat(this.driver.findElements(By.cssSelector(".sample"))).isNotEmpty();
			Browser.screenshot(this.driver, "service-" + locale);
			Browser.assertAccessible(this.driver);
			assertOnlyOwnOrigin();

			this.driver.findElement(By.cssSelector(".facts a[href*='/organizations/']")).click();
			waitFor(ExpectedConditions.urlContains("/" + locale + "/organizations/"));
			Browser.assertAccessible(this.driver);
		}
	}

	private void waitFor(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
		new WebDriverWait(this.driver, Duration.ofSeconds(10)).until(condition);
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
