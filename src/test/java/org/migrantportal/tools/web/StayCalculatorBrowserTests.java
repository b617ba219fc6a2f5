package org.migrantportal.tools.web;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.migrantportal.support.Browser;
import org.migrantportal.support.TestDatabase;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stay calculator in a real browser with JavaScript off, in Georgian and Armenian at
 * phone width: a visitor adds a second stay with the form's own button (no script), the
 * dates typed before are kept, and the answer shows the days used, the days left and the
 * latest day in the way dates are written in the region; the page is accessible.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.class)
class StayCalculatorBrowserTests {

	@LocalServerPort
	private int port;

	private WebDriver driver;

	@BeforeEach
	void startBrowser() throws Exception {
		this.driver = Browser.startWithoutJavaScript();
	}

	@AfterEach
	void stopBrowser() {
		Browser.stop(this.driver);
	}

	@ParameterizedTest
	@ValueSource(strings = { "ka", "hy" })
	void aVisitorAddsAStayWithoutJavaScriptAndReadsTheAnswer(String locale) throws Exception {
		// the dates a visitor picked in the first row, as the GET form sends them
		this.driver.get("http://localhost:" + this.port + "/" + locale
				+ "/tools/stay-calculator?entry=2027-03-01&exit=2027-04-29&check=2027-05-15");
		assertThat(this.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(locale);
		assertThat(this.driver.findElements(By.cssSelector("input[name=entry]"))).hasSize(1);
		assertThat(this.driver.findElements(By.cssSelector(".offline-save:not([hidden])")))
			.as("the page's scripts are off: the save-for-offline control stays hidden")
			.isEmpty();

		this.driver.findElement(By.cssSelector("button[name=rows]")).click();
		// the click sends the form; the answer is a new page, which may still be on its
		// way
		new WebDriverWait(this.driver, Duration.ofSeconds(10))
			.until((browser) -> browser.findElements(By.cssSelector("input[name=entry]")).size() > 1);
		List<WebElement> entries = this.driver.findElements(By.cssSelector("input[name=entry]"));
		assertThat(entries).as("a second row, added by the server").hasSize(2);
		assertThat(entries.get(0).getAttribute("value")).as("the first stay is kept").isEqualTo("2027-03-01");
		assertThat(this.driver.findElement(By.id("check")).getAttribute("value")).isEqualTo("2027-05-15");
		Browser.assertAccessible(this.driver);

		this.driver.get(this.driver.getCurrentUrl()
			.replaceFirst("&?rows=\\d+", "")
			.replaceFirst("entry=&exit=", "entry=2027-04-20&exit=2027-04-25"));
		assertThat(this.driver.findElement(By.cssSelector(".stay-used")).getText()).isEqualTo("60");
		assertThat(this.driver.findElement(By.cssSelector(".stay-left")).getText()).isEqualTo("30");
		assertThat(this.driver.findElement(By.cssSelector(".stay-latest")).getText()).isEqualTo("13.06.2027");
		assertThat(this.driver.findElement(By.id("stay-result-heading")).getText())
			.containsPattern(locale.equals("ka") ? "\\p{IsGeorgian}" : "\\p{IsArmenian}");
		Browser.screenshot(this.driver, "stay-calculator-" + locale);
		Browser.assertAccessible(this.driver);
	}

}
