package org.migrantportal.directory.admin;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.migrantportal.accounts.AccountFixtures;
import org.migrantportal.directory.ListingFixtures;
import org.migrantportal.directory.ListingReviewState;
import org.migrantportal.directory.ServiceListingDocument;
import org.migrantportal.directory.ServiceListingEditingService;
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
 * An editor works on a service listing in a real browser and loses nothing typed: not by
 * switching language, not by submitting for review, not in the opening hours, and not by
 * a stray click on a link (the page asks first).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.class)
class ListingEditorBrowserTests {

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private ServiceListingEditingService editing;

	private ListingFixtures listings;

	private final List<Long> created = new ArrayList<>();

	private WebDriver driver;

	@BeforeEach
	void startBrowser() throws Exception {
		// the back-office is used on a desktop; a tall window shows the whole form
		this.driver = Browser.start(1280, 1900);
		this.listings = new ListingFixtures(this.context);
	}

	@AfterEach
	void stopBrowser() {
		Browser.stop(this.driver);
		// null when the browser could not start and the test was skipped
		if (this.listings != null) {
			this.created.forEach(this.listings::remove);
		}
	}

	@Test
	void anEditorSwitchesLanguageAndWhatWasTypedIsSavedAndShownOnReturn() throws Exception {
		Long id = draft();
		logInAsEditor();
		this.driver.get(url("/admin/services/" + id + "?lang=en"));
		Browser.assertAccessible(this.driver);
		WebElement name = this.driver.findElement(By.id("name"));
		name.clear();
		name.sendKeys("Legal aid typed before switching");
		this.driver.findElement(By.cssSelector("button[name=switchTo][value=hy]")).click();
		waitFor(ExpectedConditions.urlContains("lang=hy"));
		assertThat(this.driver.findElement(By.id("name")).getDomProperty("value"))
			.isEqualTo("Իրավաբանական օգնություն միգրանտներին");
		Browser.screenshot(this.driver, "admin-listing-hy");
		Browser.assertAccessible(this.driver);

		this.driver.findElement(By.cssSelector("button[name=switchTo][value=en]")).click();
		waitFor(ExpectedConditions.urlContains("lang=en"));
		assertThat(this.driver.findElement(By.id("name")).getDomProperty("value"))
			.isEqualTo("Legal aid typed before switching");
	}

	@Test
	void anEditorSubmitsForReviewAndTheTypedTextIsSubmitted() throws Exception {
		Long id = draft();
		logInAsEditor();
		this.driver.get(url("/admin/services/" + id + "?lang=en"));
		WebElement description = this.driver.findElement(By.id("description"));
		description.clear();
		description.sendKeys("Typed just before submitting for review.");
		this.driver.findElement(By.cssSelector("button[name=step][value=SUBMIT]")).click();
		waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("p.flash")));
		assertThat(this.driver.findElement(By.cssSelector("p.flash")).getText()).isEqualTo("გადაეცა განსახილველად.");
		assertThat(this.driver.findElement(By.id("description")).getDomProperty("value"))
			.isEqualTo("Typed just before submitting for review.");
		assertThat(this.editing.getListing(ListingFixtures.SYSTEM, id).reviewState())
			.isEqualTo(ListingReviewState.IN_REVIEW);
		Browser.screenshot(this.driver, "admin-listing-submitted");
	}

	@Test
	void anEditorEntersSaturdayHoursOnADayShownClosedAndTheyAreKept() throws Exception {
		Long id = draft();
		logInAsEditor();
		this.driver.get(url("/admin/services/" + id + "?lang=en"));
		WebElement closed = this.driver.findElement(By.id("hours5.closed1"));
		assertThat(closed.isSelected()).as("a day without hours is shown closed").isTrue();
		typeTime("hours5.opensAt", "10:00");
		typeTime("hours5.closesAt", "14:00");
		this.driver.findElement(By.cssSelector(".form-bar > button[type=submit]")).click();
		waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("p.flash")));
		assertThat(this.driver.findElement(By.id("hours5.opensAt")).getDomProperty("value")).isEqualTo("10:00");
		assertThat(this.driver.findElement(By.id("hours5.closesAt")).getDomProperty("value")).isEqualTo("14:00");
		assertThat(this.driver.findElement(By.id("hours5.closed1")).isSelected()).isFalse();
		assertThat(this.editing.getListing(ListingFixtures.SYSTEM, id).document().openingHours()).hasSize(6);
	}

	/**
	 * The page asks before it is left once something was typed, and not after the form
	 * was saved. ChromeDriver answers a real "leave this page?" prompt by itself (even
	 * with {@code unhandledPromptBehavior} set to ignore it), so the test asks the page
	 * what the prompt would be given: a cancelled beforeunload event.
	 */
	@Test
	void anEditorWhoTypedIsAskedBeforeLeavingAndNotAfterSaving() throws Exception {
		Long id = draft();
		logInAsEditor();
		this.driver.get(url("/admin/services/" + id + "?lang=en"));
		assertThat(wouldAskBeforeLeaving()).as("nothing typed yet").isFalse();
		this.driver.findElement(By.id("eligibility")).sendKeys(" Typed and nearly lost.");
		assertThat(wouldAskBeforeLeaving()).as("typed, not saved").isTrue();
		this.driver.findElement(By.cssSelector(".form-bar > button[type=submit]")).click();
		waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("p.flash")));
		assertThat(this.driver.findElement(By.id("eligibility")).getDomProperty("value"))
			.isEqualTo("Every migrant and returnee. Typed and nearly lost.");
		assertThat(wouldAskBeforeLeaving()).as("saved").isFalse();
	}

	private boolean wouldAskBeforeLeaving() {
		return (Boolean) ((JavascriptExecutor) this.driver)
			.executeScript("var event = new Event('beforeunload', {cancelable: true});"
					+ "window.dispatchEvent(event); return event.defaultPrevented;");
	}

	private void typeTime(String id, String value) {
		WebElement input = this.driver.findElement(By.id(id));
		input.click();
		// a time input's segments depend on the browser's locale; set it as a picker
		// would
		((JavascriptExecutor) this.driver).executeScript(
				"arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
						+ "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
				input, value);
	}

	private Long draft() {
		ServiceListingDocument document = this.listings.tbilisiLegalAid(this.listings.organizationId("rights-georgia"),
				UUID.randomUUID().toString().substring(0, 8));
		Long id = this.editing.create(ListingFixtures.SYSTEM, document);
		this.created.add(id);
		return id;
	}

	private void logInAsEditor() {
		String email = new AccountFixtures(this.context).create(StaffRole.EDITOR, CountryScope.GEORGIA,
				"rights-georgia");
		this.driver.get(url("/login"));
		this.driver.findElement(By.id("email")).sendKeys(email);
		this.driver.findElement(By.id("password")).sendKeys(AccountFixtures.PASSWORD);
		this.driver.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
		waitFor(ExpectedConditions.urlMatches(".*/admin$"));
	}

	private void waitFor(ExpectedCondition<?> condition) {
		new WebDriverWait(this.driver, Duration.ofSeconds(10)).until(condition);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
