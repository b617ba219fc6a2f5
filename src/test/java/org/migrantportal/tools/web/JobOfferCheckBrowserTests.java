package org.migrantportal.tools.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.migrantportal.support.Browser;
import org.migrantportal.support.TestDatabase;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor on a phone (412 CSS pixels wide) with JavaScript switched off answers the
 * job-offer check in Georgian and in Armenian: the plain form posts, the answer shows the
 * warning signs, the answers never appear in the address, and the pages have no
 * accessibility violations. Scripts are off while the visitor uses the page and on only
 * while axe-core checks it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "portal.quick-exit-url=about:blank")
@ContextConfiguration(initializers = TestDatabase.class)
class JobOfferCheckBrowserTests {

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
	void aVisitorWithoutJavaScriptAnswersTheCheckAndSeesTheWarningSigns(String locale) throws Exception {
		scripts(false);
		this.driver.get(url("/" + locale + "/tools/job-offer-check"));
		assertThat(this.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(locale);
		List<WebElement> questions = this.driver.findElements(By.cssSelector("fieldset.joboffer-question"));
		assertThat(questions).hasSize(8);
		check(questions.get(0), "no");
		check(questions.get(1), "yes");
		check(questions.get(2), "dont-know");
		this.driver.findElement(By.cssSelector(".joboffer-form button[type=submit]")).click();
		waitFor("#joboffer-form-error");
		assertThat(this.driver.findElement(By.cssSelector("input[id$='-yes'][checked]")).getAttribute("id"))
			.as("the answers given stay")
			.isEqualTo(this.driver.findElements(By.cssSelector("fieldset.joboffer-question input[value=yes]"))
				.get(1)
				.getAttribute("id"));
		axe(locale + "-400");

		questions = this.driver.findElements(By.cssSelector("fieldset.joboffer-question"));
		for (WebElement question : questions.subList(3, questions.size())) {
			check(question, "no");
		}
		this.driver.findElement(By.cssSelector(".joboffer-form button[type=submit]")).click();
		waitFor(".joboffer-result");
		assertThat(this.driver.getCurrentUrl()).as("no answer in the address")
			.isEqualTo(url("/" + locale + "/tools/job-offer-check"));
		assertThat(this.driver.findElements(By.cssSelector(".joboffer-signs li"))).hasSize(1);
		assertThat(this.driver.findElements(By.cssSelector(".joboffer-to-check li"))).hasSize(1);
		assertThat(this.driver.findElement(By.cssSelector(".joboffer-result h2")).getText())
			.containsPattern(locale.equals("ka") ? "\\p{IsGeorgian}" : "\\p{IsArmenian}");
		assertThat(this.driver.findElements(By.cssSelector(".joboffer-contacts a[href^='tel:']"))).isNotEmpty();
		axe(locale + "-result");
	}

	/** Waits for the answer to the form to show (the form posts without JavaScript). */
	private void waitFor(String selector) {
		new WebDriverWait(this.driver, Duration.ofSeconds(15))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(selector)));
	}

	/** Chooses an answer by its label, as a person taps it. */
	private void check(WebElement question, String value) {
		question.findElement(By.cssSelector("input[value='" + value + "']")).findElement(By.xpath("..")).click();
	}

	private void axe(String name) throws Exception {
		Browser.screenshot(this.driver, "job-offer-check-" + name + "-412");
		scripts(true);
		Browser.assertAccessible(this.driver);
		scripts(false);
	}

	/** Switches the page's scripts on or off, as a browser setting would. */
	private void scripts(boolean enabled) {
		((ChromiumDriver) this.driver).executeCdpCommand("Emulation.setScriptExecutionDisabled",
				Map.of("value", !enabled));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
