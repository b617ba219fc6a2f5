package org.migrantportal.content.admin;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.migrantportal.accounts.AccountFixtures;
import org.migrantportal.content.ContentFixtures;
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.StaffRole;
import org.migrantportal.support.Browser;
import org.migrantportal.support.TestDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor writes a Georgian page in a real browser, previews it, adds a paragraph and
 * submits it from the form (the paragraph is kept); a reviewer sends it back with a
 * reason the editor finds on the dashboard; resubmitted, the reviewer publishes it and
 * the public site shows it. Screenshots under target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.class)
class EditorialBrowserTests {

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private JdbcTemplate jdbc;

	private WebDriver driver;

	@BeforeEach
	void startBrowser() throws Exception {
		// the back-office is used on a desktop; a tall window shows a whole form in one
		// screenshot
		this.driver = Browser.start(1280, 1900);
	}

	@AfterEach
	void stopBrowser() {
		Browser.stop(this.driver);
	}

	@Test
	void editorWritesAGeorgianDraftAndAReviewerPublishesIt() throws Exception {
		AccountFixtures accounts = new AccountFixtures(this.context);
		String editor = accounts.create(StaffRole.EDITOR, CountryScope.GEORGIA, null);
		String reviewer = accounts.create(StaffRole.REVIEWER, CountryScope.GEORGIA, null);
		String slug = ContentFixtures.uniqueSlug("sakhelmdzghvanelo");

		logIn(editor);
		Browser.screenshot(this.driver, "admin-dashboard-ka");
		Browser.assertAccessible(this.driver);
		this.driver.get(url("/admin/pages/new"));
		new Select(this.driver.findElement(By.id("topicId"))).selectByIndex(1);
		this.driver.findElement(By.id("title")).sendKeys("როგორ შევამოწმოთ სამუშაო შეთავაზება");
		// replaces the slug proposed from the title
		this.driver.findElement(By.id("slug")).clear();
		this.driver.findElement(By.id("slug")).sendKeys(slug);
		this.driver.findElement(By.id("summary")).sendKeys("სანიმუშო გვერდი ტესტისთვის.");
		this.driver.findElement(By.id("bodyMarkdown"))
			.sendKeys("## რა უნდა გააკეთოთ\n\n- ჰკითხეთ მიგრანტთა რესურს ცენტრს\n- არ გადაიხადოთ წინასწარ");
		Browser.screenshot(this.driver, "admin-new-page-ka");
		this.driver.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
		waitFor(ExpectedConditions.urlMatches(".*/admin/pages/\\d+/ka$"));
		String editUrl = this.driver.getCurrentUrl();

		this.driver.findElement(By.cssSelector("button[name=preview]")).click();
		waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".preview h2")));
		assertThat(this.driver.findElement(By.cssSelector(".preview h2")).getText()).isNotBlank();
		assertThat(this.driver.findElement(By.cssSelector(".preview article li")).getText())
			.isEqualTo("ჰკითხეთ მიგრანტთა რესურს ცენტრს");
		Browser.screenshot(this.driver, "admin-preview-ka");
		Browser.assertAccessible(this.driver);

		this.driver.get(editUrl);
		assertThat(this.driver.findElements(By.cssSelector("button[name=then][value=publish]")))
			.as("an editor sees no publish button")
			.isEmpty();
		// a paragraph typed just before "Submit for review" is submitted, not thrown away
		this.driver.findElement(By.id("bodyMarkdown"))
			.sendKeys("\n\nდარეკეთ ცხელ ხაზზე, სანამ ხელშეკრულებას მოაწერთ ხელს.");
		this.driver.findElement(By.cssSelector("button[name=then][value=submit]")).click();
		waitFor(ExpectedConditions.textToBe(By.id("state"), "განხილვაშია"));
		Browser.screenshot(this.driver, "admin-submitted-ka");
		assertThat(this.driver.findElement(By.id("bodyMarkdown")).getAttribute("value"))
			.contains("დარეკეთ ცხელ ხაზზე, სანამ ხელშეკრულებას მოაწერთ ხელს.");
		assertThat(status("/ka/pages/" + slug)).as("not public yet").isEqualTo(404);
		logOut();

		logIn(reviewer);
		assertThat(this.driver.findElement(By.id("queue-to-review")).getText())
			.contains("როგორ შევამოწმოთ სამუშაო შეთავაზება");
		this.driver.get(editUrl);
		Browser.screenshot(this.driver, "admin-review-ka");
		this.driver.findElement(By.id("send-back-reason")).sendKeys("დაამატეთ ცხელი ხაზის ნომერი.");
		this.driver.findElement(By.cssSelector("form.send-back button")).click();
		waitFor(ExpectedConditions.textToBe(By.id("state"), "პროექტი"));
		logOut();

		logIn(editor);
		assertThat(this.driver.findElement(By.id("queue-sent-back")).getText())
			.contains("როგორ შევამოწმოთ სამუშაო შეთავაზება")
			.contains("დაამატეთ ცხელი ხაზის ნომერი.");
		Browser.screenshot(this.driver, "admin-dashboard-sent-back-ka");
		Browser.assertAccessible(this.driver);
		this.driver.get(editUrl);
		this.driver.findElement(By.cssSelector("button[name=then][value=submit]")).click();
		waitFor(ExpectedConditions.textToBe(By.id("state"), "განხილვაშია"));
		logOut();

		logIn(reviewer);
		this.driver.get(editUrl);
		this.driver.findElement(By.cssSelector("button[name=then][value=publish]")).click();
		waitFor(ExpectedConditions.textToBe(By.id("state"), "გამოქვეყნებული"));
		assertThat(this.driver.findElement(By.cssSelector("a.view-on-site")).getAttribute("href"))
			.endsWith("/ka/pages/" + slug);
		logOut();

		this.driver.get(url("/ka/pages/" + slug));
		assertThat(this.driver.findElement(By.tagName("h1")).getText())
			.isEqualTo("როგორ შევამოწმოთ სამუშაო შეთავაზება");
		Browser.screenshot(this.driver, "published-page-ka");
		Browser.assertAccessible(this.driver);

		Long pageId = this.jdbc.queryForObject(
				"select page_id from content_page_translation where slug = ? and locale = 'ka'", Long.class, slug);
		new ContentFixtures(this.context).remove(pageId);
	}

	@Test
	void typedTextSurvivesALanguageSwitchAndARejectedSave() throws Exception {
		AccountFixtures accounts = new AccountFixtures(this.context);
		ContentFixtures content = new ContentFixtures(this.context);
		String slug = ContentFixtures.uniqueSlug("enis-shecvla");
		Long pageId = content.publishedPageOnlyIn("ka", "დაბრუნება და რეინტეგრაცია", slug, "გამოქვეყნებული ტექსტი.");
		try {
			logIn(accounts.create(StaffRole.EDITOR, CountryScope.GEORGIA, null));
			String editUrl = url("/admin/pages/" + pageId + "/ka");
			this.driver.get(editUrl);
			this.driver.findElement(By.id("bodyMarkdown")).sendKeys("\n\nრეინტეგრაციის პროგრამა დაგეხმარებათ.");
			this.driver.findElement(By.cssSelector("button[name=switchTo][value=en]")).click();
			waitFor(ExpectedConditions.urlMatches(".*/admin/pages/\\d+/en$"));
			this.driver.get(editUrl);
			assertThat(this.driver.findElement(By.id("bodyMarkdown")).getAttribute("value"))
				.as("saved by the language switch")
				.contains("რეინტეგრაციის პროგრამა დაგეხმარებათ.");

			this.driver.findElement(By.id("slug")).clear();
			this.driver.findElement(By.id("slug")).sendKeys("Not a slug!");
			this.driver.findElement(By.id("bodyMarkdown")).sendKeys("\n\nეს წინადადება არ უნდა დაიკარგოს.");
			this.driver.findElement(By.cssSelector("button[name=save]")).click();
			waitFor(ExpectedConditions.presenceOfElementLocated(By.id("slug-error")));
			assertThat(this.driver.findElement(By.id("bodyMarkdown")).getAttribute("value"))
				.contains("ეს წინადადება არ უნდა დაიკარგოს.");
			assertThat(this.driver.findElement(By.id("slug")).getAttribute("value")).isEqualTo("Not a slug!");
			Browser.screenshot(this.driver, "admin-rejected-save-ka");
			Browser.assertAccessible(this.driver);
		}
		finally {
			content.remove(pageId);
		}
	}

	private void logIn(String email) {
		Browser.logIn(this.driver, url(""), email);
	}

	private void logOut() {
		Browser.logOut(this.driver);
	}

	private void waitFor(ExpectedCondition<?> condition) {
		new WebDriverWait(this.driver, Duration.ofSeconds(10)).until(condition);
	}

	private int status(String path) throws Exception {
		return java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url(path))).build(),
					java.net.http.HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
