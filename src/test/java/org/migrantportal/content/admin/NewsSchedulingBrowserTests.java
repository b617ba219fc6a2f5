package org.migrantportal.content.admin;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.migrantportal.accounts.AccountFixtures;
import org.migrantportal.content.ContentEditingService;
import org.migrantportal.content.ContentWorkflow;
import org.migrantportal.content.ContentFixtures;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.StaffRole;
import org.migrantportal.support.Browser;
import org.migrantportal.support.MutableClock;
import org.migrantportal.support.TestClockConfiguration;
import org.migrantportal.support.TestDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin writes a news item and schedules it; when the injected clock passes the time,
 * the item appears on the home page and in the feed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.class)
@Import(TestClockConfiguration.class)
class NewsSchedulingBrowserTests {

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private MutableClock clock;

	@Autowired
	private ContentEditingService editing;

	@Autowired
	private ContentWorkflow workflow;

	private WebDriver driver;

	@BeforeEach
	void startBrowser() throws Exception {
		this.driver = Browser.start(1280, 1600);
	}

	@AfterEach
	void stopBrowser() {
		Browser.stop(this.driver);
	}

	@Test
	void adminSchedulesANewsItemThatAppearsWhenTheClockPassesTheTime() throws Exception {
		String admin = new AccountFixtures(this.context).create(StaffRole.ADMIN, CountryScope.BOTH, null);
		String slug = ContentFixtures.uniqueSlug("axali-ambavi");
		String title = "ANMI-ის ახალი შეხვედრა " + slug.substring(slug.lastIndexOf('-') + 1);
		this.driver.get(url("/login"));
		this.driver.findElement(By.id("email")).sendKeys(admin);
		this.driver.findElement(By.id("password")).sendKeys(AccountFixtures.PASSWORD);
		this.driver.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
		waitFor(ExpectedConditions.urlMatches(".*/admin$"));

		this.driver.get(url("/admin/news/new"));
		this.driver.findElement(By.id("title")).sendKeys(title);
		// replaces the slug proposed from the title
		this.driver.findElement(By.id("slug")).clear();
		this.driver.findElement(By.id("slug")).sendKeys(slug);
		this.driver.findElement(By.id("summary")).sendKeys("სანიმუშო სიახლე ტესტისთვის.");
		this.driver.findElement(By.id("bodyMarkdown")).sendKeys("სიახლის ტექსტი.");
		this.driver.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
		waitFor(ExpectedConditions.urlMatches(".*/admin/news/\\d+/ka$"));

		String inOneHour = LocalDateTime
			.ofInstant(this.clock.instant().plus(Duration.ofHours(1)), ZoneId.of("Asia/Tbilisi"))
			.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
		((JavascriptExecutor) this.driver).executeScript("document.getElementById('publishAt').value = arguments[0];",
				inOneHour);
		Browser.screenshot(this.driver, "admin-news-schedule-ka");
		WebElement before = this.driver.findElement(By.tagName("main"));
		this.driver.findElement(By.xpath("//form[contains(@action,'/schedule')]//button")).click();
		// the page already shows the flash of the creation: wait for the new page, not
		// any flash
		waitFor((driver) -> gone(before));
		waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".flash")));

		this.driver.get(url("/ka/"));
		assertThat(this.driver.getPageSource()).doesNotContain(title);

		this.clock.advance(Duration.ofMinutes(61));
		this.workflow.runSchedule();

		this.driver.get(url("/ka/"));
		assertThat(this.driver.findElement(By.cssSelector("#news-heading ~ .news")).getText()).contains(title);
		Browser.screenshot(this.driver, "home-with-news-ka");
		Browser.assertAccessible(this.driver);
		this.driver.get(url("/ka/news/feed.atom"));
		assertThat(this.driver.getPageSource()).contains("/ka/news/" + slug);
	}

	/**
	 * Whether the element belongs to a page the browser has left: Chromium answers with a
	 * stale element, or (since 156) with an "unhandled inspector error".
	 */
	private static boolean gone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (WebDriverException ex) {
			return true;
		}
	}

	private void waitFor(ExpectedCondition<?> condition) {
		new WebDriverWait(this.driver, Duration.ofSeconds(10)).until(condition);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
