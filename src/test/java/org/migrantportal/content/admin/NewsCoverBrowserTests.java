package org.migrantportal.content.admin;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.migrantportal.accounts.AccountFixtures;
import org.migrantportal.content.ContentFixtures;
import org.migrantportal.media.MediaFixtures;
import org.migrantportal.media.MediaTestSupport;
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
 * An editor gives a news item a cover by the number the field suggests for an image's
 * title, saves it, and sees the stored cover with its title and thumbnail under the
 * field, in Georgian, English and Armenian; axe finds nothing wrong. The feedback screen
 * says how long visitors' texts are kept, in the three languages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.class)
class NewsCoverBrowserTests {

	private static final Map<String, String> TITLES = Map.of("ka", "ბათუმის პორტი", "en", "The port of Batumi", "hy",
			"Բաթումիի նավահանգիստը");

	private static final Map<String, String> RETENTION = Map.of("ka", "180 დღის", "en", "180 days", "hy", "180 օր");

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	private WebDriver driver;

	private ContentFixtures content;

	private Long newsId;

	@BeforeEach
	void start() throws Exception {
		this.content = new ContentFixtures(this.context);
		this.driver = Browser.start(1280, 1400);
	}

	@AfterEach
	void stop() {
		Browser.stop(this.driver);
		if (this.newsId != null) {
			this.content.removeNews(this.newsId);
		}
	}

	@Test
	void anEditorChoosesACoverBySuggestedNumberAndSeesItStoredInEachLanguage() throws Exception {
		MediaTestSupport media = new MediaTestSupport(this.context);
		long image = media.published("batumi.jpg", MediaFixtures.jpeg(320, 200));
		TITLES.forEach((locale, title) -> media.describe(image, locale, title, title));
		this.newsId = this.content.publishedNews(CountryScope.GEORGIA, LocalDate.of(2026, 11, 30), false, "ka",
				"ახალი საკონსულტაციო ცენტრი ბათუმში", ContentFixtures.uniqueSlug("batumi-tsentri"));
		Browser.logIn(this.driver, base(),
				new AccountFixtures(this.context).create(StaffRole.EDITOR, CountryScope.GEORGIA, null));

		this.driver.get(base() + "/admin/news/" + this.newsId + "/ka");
		WebElement field = this.driver.findElement(By.id("coverMediaId"));
		List<String> suggested = this.driver
			.findElements(By.cssSelector("datalist#" + field.getAttribute("list") + " option[value='" + image + "']"))
			.stream()
			.map((option) -> option.getAttribute("label") + option.getDomProperty("text"))
			.toList();
		assertThat(suggested).as("the field suggests the image by its title").hasSize(1);
		assertThat(suggested.get(0)).contains(TITLES.get("ka"));
		field.sendKeys(String.valueOf(image));
		WebElement form = this.driver.findElement(By.cssSelector("form[action$='/details']"));
		form.findElement(By.cssSelector("button[type=submit]")).click();
		new WebDriverWait(this.driver, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(form));

		for (String locale : List.of("ka", "en", "hy")) {
			language(locale);
			this.driver.get(base() + "/admin/news/" + this.newsId + "/ka");
			WebElement stored = this.driver.findElement(By.cssSelector(".cover-stored"));
			assertThat(stored.getText()).contains(TITLES.get(locale)).contains(String.valueOf(image));
			assertThat(stored.findElement(By.tagName("img")).getDomProperty("naturalWidth")).as("the thumbnail loaded")
				.isNotEqualTo("0");
			((JavascriptExecutor) this.driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", stored);
			Browser.screenshot(this.driver, "admin-news-cover-" + locale);
			Browser.assertAccessible(this.driver);

			this.driver.get(base() + "/admin/feedback");
			assertThat(this.driver.findElement(By.cssSelector("p.retention")).getText())
				.contains(RETENTION.get(locale));
			Browser.screenshot(this.driver, "admin-feedback-" + locale);
			Browser.assertAccessible(this.driver);
		}
	}

	/** The back-office language, chosen with the header's buttons. */
	private void language(String tag) {
		WebElement before = this.driver.findElement(By.tagName("html"));
		if (tag.equals(before.getAttribute("lang"))) {
			return;
		}
		this.driver.findElement(By.cssSelector("form[action$='/admin/language/" + tag + "'] button")).click();
		new WebDriverWait(this.driver, Duration.ofSeconds(10))
			.until((driver) -> tag.equals(driver.findElement(By.tagName("html")).getAttribute("lang")));
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

}
