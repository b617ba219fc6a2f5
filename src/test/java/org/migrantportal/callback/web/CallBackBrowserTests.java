package org.migrantportal.callback.web;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.migrantportal.callback.CallBackFixtures;
import org.migrantportal.support.Browser;
import org.migrantportal.support.TestDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A visitor with JavaScript switched off, on a phone, asks for a call back in Georgian
 * and in Armenian: from the help page to the form, a wrong field answered next to it with
 * everything typed kept, then the confirmation; each page accessible (axe-core).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "portal.quick-exit-url=about:blank", "portal.callback.key=a browser test key, not a secret" })
@ContextConfiguration(initializers = TestDatabase.class)
class CallBackBrowserTests {

	private static final Map<String, String> CONTACT_ERROR = Map.of("ka", "ეს არ ჰგავს ტელეფონის ნომერს", "hy",
			"Սա նման չէ հեռախոսահամարի");

	private static final Map<String, String> RETENTION = Map.of("ka", "ინახება 30 დღე", "hy", "պահվում է 21 օր");

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	private CallBackFixtures fixtures;

	private WebDriver driver;

	@BeforeEach
	void start() throws Exception {
		this.fixtures = new CallBackFixtures(this.context);
		this.fixtures.clear();
		this.fixtures.accept(CallBackFixtures.GEORGIAN_NGO, 30);
		this.fixtures.accept(CallBackFixtures.ARMENIAN_NGO, 21);
		this.driver = Browser.startWithoutJavaScript();
	}

	@AfterEach
	void stop() {
		Browser.stop(this.driver);
		this.fixtures.clear();
	}

	@ParameterizedTest
	@CsvSource({ "ka, caritas-georgia, ნინო", "hy, caritas-armenia, Անի" })
	void aVisitorWithoutJavaScriptAsksForACallBack(String locale, String organization, String name) throws Exception {
		this.driver.get("http://localhost:" + this.port + "/" + locale + "/help");
		this.driver.findElement(By.cssSelector("a[href='/" + locale + "/help/call-back']")).click();
		waitFor(By.cssSelector("form.callback-form"));
		assertThat(this.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(locale);
		Browser.assertAccessible(this.driver);
		// with JavaScript, three presses of Escape leave the site (quick-exit.js); here
		// they do nothing, which shows that the page's scripts are really off
		new Actions(this.driver).sendKeys(Keys.ESCAPE, Keys.ESCAPE, Keys.ESCAPE).perform();
		assertThatExceptionOfType(TimeoutException.class)
			.isThrownBy(() -> new WebDriverWait(this.driver, Duration.ofSeconds(2))
				.until(ExpectedConditions.not(ExpectedConditions.urlContains("/help/call-back"))));

		this.driver.findElement(By.id("name")).sendKeys(name);
		this.driver.findElement(By.id("contact")).sendKeys("not a phone!!");
		new Select(this.driver.findElement(By.id("organizationId")))
			.selectByValue(this.fixtures.organizationId(organization).toString());
		this.driver.findElement(By.id("topic")).sendKeys(name + " 2027");
		this.driver.findElement(By.cssSelector("form.callback-form button[type=submit]")).click();

		waitFor(By.id("contact-error"));
		assertThat(this.driver.findElement(By.id("contact-error")).getText()).contains(CONTACT_ERROR.get(locale));
		assertThat(this.driver.findElement(By.id("consent-error")).isDisplayed()).isTrue();
		assertThat(this.driver.findElement(By.id("name")).getAttribute("value")).isEqualTo(name);
		Browser.screenshot(this.driver, "call-back-errors-" + locale);
		Browser.assertAccessible(this.driver);

		this.driver.findElement(By.id("contact")).clear();
		this.driver.findElement(By.id("contact")).sendKeys(CallBackFixtures.PHONE);
		this.driver.findElement(By.cssSelector("label[for=consent]")).click();
		this.driver.findElement(By.cssSelector("form.callback-form button[type=submit]")).click();

		waitFor(By.cssSelector(".callback-sent"));
		assertThat(this.driver.findElement(By.cssSelector(".callback-retention")).getText())
			.contains(RETENTION.get(locale));
		assertThat(this.fixtures.count()).isEqualTo(1);
		Browser.screenshot(this.driver, "call-back-sent-" + locale);
		Browser.assertAccessible(this.driver);
	}

	private void waitFor(By element) {
		new WebDriverWait(this.driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.presenceOfElementLocated(element));
	}

}
