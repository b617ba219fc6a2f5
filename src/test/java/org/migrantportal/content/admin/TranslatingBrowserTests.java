package org.migrantportal.content.admin;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.migrantportal.accounts.AccountFixtures;
import org.migrantportal.content.ContentEditingService;
import org.migrantportal.content.ContentWorkflow;
import org.migrantportal.content.ContentFixtures;
import org.migrantportal.content.ContentKind;
import org.migrantportal.content.NewPage;
import org.migrantportal.content.TranslationDraft;
import org.migrantportal.shared.Actor;
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
 * A translator translates an English page into Armenian with the English text beside the
 * form.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.class)
class TranslatingBrowserTests {

	private static final Actor EDITOR = new Actor(-1L, "editor@test.example", StaffRole.EDITOR, CountryScope.BOTH, null,
			false);

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private ContentEditingService editing;

	@Autowired
	private ContentWorkflow workflow;

	@Autowired
	private JdbcTemplate jdbc;

	private WebDriver driver;

	private Long pageId;

	@BeforeEach
	void englishPageAndBrowser() throws Exception {
		Long topic = this.jdbc.queryForObject("select id from topic where content_key = 'labour-migration'",
				Long.class);
		this.pageId = this.editing.createPage(EDITOR,
				new NewPage(topic, CountryScope.BOTH, null, "en",
						new TranslationDraft("Before you leave", ContentFixtures.uniqueSlug("before-you-leave"), "",
								"## Check the offer\n\nAsk a Migrant Resource Centre to check a job offer.", "",
								false)));
		long version = this.editing.getTranslation(EDITOR, ContentKind.PAGE, this.pageId, "en").version();
		this.workflow.publish(
				new Actor(-2L, "reviewer@test.example", StaffRole.REVIEWER, CountryScope.BOTH, null, false),
				ContentKind.PAGE, this.pageId, "en", version);
		this.driver = Browser.start(1280, 1400);
	}

	@AfterEach
	void stop() {
		Browser.stop(this.driver);
		new ContentFixtures(this.context).remove(this.pageId);
	}

	@Test
	void translatorTranslatesFromEnglishToArmenianSideBySide() throws Exception {
		String translator = new AccountFixtures(this.context).createTranslator(CountryScope.BOTH, "hy");
		this.driver.get(url("/language/hy?next=/login"));
		this.driver.findElement(By.id("email")).sendKeys(translator);
		this.driver.findElement(By.id("password")).sendKeys(AccountFixtures.PASSWORD);
		this.driver.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
		waitFor(ExpectedConditions.urlMatches(".*/admin$"));

		this.driver.get(url("/admin/pages/" + this.pageId + "/hy"));
		assertThat(this.driver.findElement(By.id("source-text")).getText())
			.contains("Ask a Migrant Resource Centre to check a job offer.");
		assertThat(this.driver.findElement(By.cssSelector(".source [lang]")).getAttribute("lang")).isEqualTo("en");
		this.driver.findElement(By.id("title")).sendKeys("Մեկնելուց առաջ");
		// replaces the slug proposed from the title
		this.driver.findElement(By.id("slug")).clear();
		this.driver.findElement(By.id("slug")).sendKeys("meknelouts-araj");
		this.driver.findElement(By.id("bodyMarkdown"))
			.sendKeys("## Ստուգեք առաջարկը\n\nԽնդրեք միգրանտների ռեսուրսային կենտրոնին ստուգել աշխատանքի առաջարկը։");
		Browser.screenshot(this.driver, "translate-side-by-side-hy");
		Browser.assertAccessible(this.driver);
		this.driver.findElement(By.cssSelector("button[name=save]")).click();
		waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".flash")));

		assertThat(this.jdbc.queryForMap("select t.title, t.state, t.translated_from, t.source_revision_id = "
				+ "(select max(r.id) from translation_revision r join content_page_translation s on s.id = r.translation_id "
				+ "where s.page_id = t.page_id and s.locale = 'en' and r.subject_type = 'PAGE') as from_current_source "
				+ "from content_page_translation t where t.page_id = ? and t.locale = 'hy'", this.pageId))
			.containsEntry("title", "Մեկնելուց առաջ")
			.containsEntry("state", "DRAFT")
			.containsEntry("translated_from", "en")
			.containsEntry("from_current_source", true);
	}

	private void waitFor(ExpectedCondition<?> condition) {
		new WebDriverWait(this.driver, Duration.ofSeconds(10)).until(condition);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
