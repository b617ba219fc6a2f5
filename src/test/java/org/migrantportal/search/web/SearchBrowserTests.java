package org.migrantportal.search.web;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.migrantportal.support.Browser;
import org.migrantportal.support.TestDatabase;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor searches from the home page's box in a real browser, in Georgian, Armenian
 * and English and in Latin letters, on the initial content: results show the marked words
 * and their language, and the results page is accessible.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.class)
class SearchBrowserTests {

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
	void visitorsFindPagesByWordFormsInTheirLanguageAndInLatinLetters() throws Exception {
		// "offers": the page's title has the singular შეთავაზება
		search("ka", "შეთავაზებები", "/ka/pages/", "search-ka");
		// "trafficking" with the definite article; the titles have թրաֆիքինգի
		search("hy", "թրաֆիքինգը", "/hy/pages/", "search-hy");
		search("en", "offers abroad", "/en/pages/how-to-check-a-job-offer-abroad", "search-en");
		// Georgian typed in Latin letters, chat style
		List<WebElement> latin = search("ka", "migraciis", "/ka/pages/", "search-latin");
		assertThat(this.driver.findElement(By.cssSelector(".also-searched")).getText()).contains("მიგრაციის");
		assertThat(latin).isNotEmpty();
	}

	@Test
	void aQueryOnlyAnotherLanguageAnswersShowsThatLanguage() throws Exception {
		this.driver.get(url("/en/search?q=" + "მიგრანტების"));
		WebElement first = this.driver.findElement(By.cssSelector("ol.results > li"));
		assertThat(first.findElement(By.tagName("h2")).getAttribute("lang")).isEqualTo("ka");
		assertThat(first.findElement(By.cssSelector(".meta")).getText()).contains("ქართული");
		Browser.assertAccessible(this.driver);
	}

	/**
	 * Types the query into the home page's box, submits, and checks the results; returns
	 * the results.
	 */
	private List<WebElement> search(String locale, String query, String expectedPath, String screenshot)
			throws Exception {
		this.driver.get(url("/" + locale + "/"));
		WebElement box = this.driver.findElement(By.id("home-q"));
		box.sendKeys(query);
		box.submit();
		new WebDriverWait(this.driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.urlContains("/" + locale + "/search"));
		assertThat(this.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(locale);
		assertThat(this.driver.findElement(By.id("q")).getAttribute("value")).isEqualTo(query);
		List<WebElement> results = this.driver.findElements(By.cssSelector("ol.results > li"));
		assertThat(results).as(query).isNotEmpty();
		assertThat(results.stream().map((li) -> li.findElement(By.cssSelector("h2 a")).getAttribute("href"))).as(query)
			.anySatisfy((href) -> assertThat(href).contains(expectedPath));
		assertThat(this.driver.findElements(By.cssSelector("ol.results mark"))).as(query).isNotEmpty();
		Browser.screenshot(this.driver, screenshot);
		Browser.assertAccessible(this.driver);
		return results;
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
