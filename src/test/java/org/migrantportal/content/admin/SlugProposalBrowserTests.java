package org.migrantportal.content.admin;

import java.time.Duration;
import java.util.List;

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
import org.migrantportal.shared.CountryScope;
import org.migrantportal.shared.SlugFixtures;
import org.migrantportal.shared.Slugs;
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
 * The slug field fills itself from the title as the editor types, with the same
 * romanisation as the server, and leaves alone a slug the editor typed or one already
 * stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.class)
class SlugProposalBrowserTests {

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	private WebDriver driver;

	private Long pageId;

	@BeforeEach
	void editorLoggedIn() throws Exception {
		this.driver = Browser.start(1280, 1400);
		String editor = new AccountFixtures(this.context).create(StaffRole.EDITOR, CountryScope.BOTH, null);
		this.driver.get(url("/login"));
		this.driver.findElement(By.id("email")).sendKeys(editor);
		this.driver.findElement(By.id("password")).sendKeys(AccountFixtures.PASSWORD);
		this.driver.findElement(By.cssSelector("form button[type=submit]")).click();
		new WebDriverWait(this.driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches(".*/admin$"));
	}

	@AfterEach
	void stop() {
		Browser.stop(this.driver);
		if (this.pageId != null) {
			new ContentFixtures(this.context).remove(this.pageId);
		}
	}

	@Test
	void typingAGeorgianTitleFillsTheSlugUntilTheEditorEditsIt() throws Exception {
		this.driver.get(url("/admin/pages/new"));
		WebElement title = this.driver.findElement(By.id("title"));
		WebElement slug = this.driver.findElement(By.id("slug"));
		title.sendKeys("შრომითი მიგრაცია");
		assertThat(slug.getDomProperty("value")).isEqualTo("shromiti-migratsia");
		Browser.screenshot(this.driver, "slug-proposed-from-title-ka");
		Browser.assertAccessible(this.driver);

		slug.sendKeys("-sakartveloshi");
		title.sendKeys(" საზღვარგარეთ");
		assertThat(slug.getDomProperty("value")).as("the editor's own slug stays")
			.isEqualTo("shromiti-migratsia-sakartveloshi");
	}

	@Test
	void armenianTitleFillsTheSlugOfAnEmptyTranslation() {
		this.pageId = new ContentFixtures(this.context).publishedPageOnlyIn("ka", "შრომითი მიგრაცია",
				ContentFixtures.uniqueSlug("shromiti-migratsia"), "ტექსტი.");
		this.driver.get(url("/admin/pages/" + this.pageId + "/hy"));
		this.driver.findElement(By.id("title")).sendKeys("Աշխատանքային միգրացիա");
		assertThat(this.driver.findElement(By.id("slug")).getDomProperty("value"))
			.isEqualTo("ashkhatankayin-migratsia");
	}

	@Test
	void storedSlugIsNotChangedByEditingTheTitle() {
		String stored = ContentFixtures.uniqueSlug("shromiti-migratsia");
		this.pageId = new ContentFixtures(this.context).publishedPageOnlyIn("ka", "შრომითი მიგრაცია", stored,
				"ტექსტი.");
		this.driver.get(url("/admin/pages/" + this.pageId + "/ka"));
		this.driver.findElement(By.id("title")).sendKeys(" საქართველოში");
		assertThat(this.driver.findElement(By.id("slug")).getDomProperty("value")).isEqualTo(stored);
	}

	@Test
	void browserProposesTheSameSlugsAsTheServer() {
		this.driver.get(url("/admin/pages/new"));
		Object proposed = ((JavascriptExecutor) this.driver).executeScript(
				"return arguments[0].map(function (title) { return window.portalSlugs.fromTitle(title); });",
				SlugFixtures.TITLES);
		List<String> expected = SlugFixtures.TITLES.stream().map(Slugs::fromTitle).toList();
		assertThat(proposed).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
			.containsExactlyElementsOf(expected);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
