package org.migrantportal.feedback.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.migrantportal.content.ContentFixtures;
import org.migrantportal.directory.DirectoryFixtures;
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
 * Visitors on a phone (412 CSS pixels wide) with JavaScript switched off answer "Was this
 * useful?" in Georgian and Armenian: the plain form posts, a missing answer comes back
 * with their words, the thank-you page leads back, and axe finds nothing wrong. The
 * eleventh post of a minute from one network gets the friendly 429 page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.class)
class FeedbackBrowserTests {

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private JdbcTemplate jdbc;

	private WebDriver driver;

	private ContentFixtures content;

	private DirectoryFixtures directory;

	private final List<Long> pages = new ArrayList<>();

	private final List<Long> services = new ArrayList<>();

	@BeforeEach
	void start() throws Exception {
		this.content = new ContentFixtures(this.context);
		this.directory = new DirectoryFixtures(this.context);
		this.driver = Browser.startWithoutJavaScript();
	}

	@AfterEach
	void stop() {
		Browser.stop(this.driver);
		this.pages.forEach((id) -> {
			this.jdbc.update("delete from feedback where target_kind = 'PAGE' and target_id = ?", id);
			this.content.remove(id);
		});
		this.services.forEach(
				(id) -> this.jdbc.update("delete from feedback where target_kind = 'SERVICE' and target_id = ?", id));
		this.directory.removeAll();
	}

	@Test
	void aGeorgianVisitorWithoutJavaScriptSaysAPageWasNotUsefulAndFindsTheWayBack() {
		String slug = ContentFixtures.uniqueSlug("vizebi");
		Long pageId = this.content.publishedPageOnlyIn("ka", "ვიზები და ბინადრობა", slug,
				"ვიზის მისაღებად საჭიროა პასპორტი.");
		this.pages.add(pageId);
		javaScript(false);
		this.driver.get(url("/ka/pages/" + slug));
		assertThat(this.driver.findElement(By.id("feedback-heading")).getText()).isEqualTo("თქვენი შეფასება");
		accessible();

		this.driver.findElement(By.cssSelector("input[name=useful][value=no]")).click();
		this.driver.findElement(By.id("feedback-text")).sendKeys("ვადები გაუგებარია. დამირეკეთ 555 12 34 56");
		this.driver.findElement(By.cssSelector("form.feedback-form button[type=submit]")).click();
		new WebDriverWait(this.driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.urlContains("/ka/feedback/thanks"));
		assertThat(this.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ka");
		assertThat(this.driver.findElement(By.tagName("h1")).getText()).isEqualTo("გმადლობთ შეფასებისთვის");
		accessible();
		assertThat(this.jdbc.queryForMap("select useful, comment from feedback where target_id = ?", pageId))
			.containsEntry("useful", false)
			.containsEntry("comment", "ვადები გაუგებარია. დამირეკეთ [removed]");

		this.driver.findElement(By.cssSelector("a.feedback-back")).click();
		new WebDriverWait(this.driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/ka/pages/"));
		assertThat(this.driver.findElement(By.tagName("h1")).getText()).isEqualTo("ვიზები და ბინადრობა");
	}

	@Test
	void anArmenianVisitorWithoutJavaScriptIsAskedToChooseAnAnswerAndKeepsWhatTheyWrote() throws Exception {
		Long serviceId = this.directory.publish(this.directory.yerevanShelter());
		this.services.add(serviceId);
		javaScript(false);
		this.driver.get(url("/hy/services/apastan-" + this.directory.suffix));
		String text = "Աշխատո՞ւմ եք կիրակի օրերին";
		this.driver.findElement(By.id("feedback-text")).sendKeys(text);
		this.driver.findElement(By.cssSelector("form.feedback-form button[type=submit]")).click();
		new WebDriverWait(this.driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/hy/feedback"));
		assertThat(this.driver.findElement(By.id("feedback-useful-error")).getText())
			.isEqualTo("Խնդրում ենք ընտրել «Այո» կամ «Ոչ»։");
		assertThat(this.driver.findElement(By.id("feedback-text")).getAttribute("value")).isEqualTo(text);
		Browser.screenshot(this.driver, "feedback-hy-412");
		accessible();

		this.driver.findElement(By.cssSelector("input[name=useful][value=yes]")).click();
		this.driver.findElement(By.cssSelector("form.feedback-form button[type=submit]")).click();
		new WebDriverWait(this.driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.urlContains("/hy/feedback/thanks"));
		assertThat(this.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("hy");
		assertThat(this.driver.findElement(By.cssSelector("a.feedback-back")).getAttribute("href"))
			.endsWith("/hy/services/apastan-" + this.directory.suffix);
		accessible();
		assertThat(this.jdbc.queryForObject(
				"select comment from feedback where target_kind = 'SERVICE' and target_id = ? and useful", String.class,
				serviceId))
			.isEqualTo(text);
	}

	@Test
	void theEleventhPostInAMinuteFromOneNetworkGetsTheFriendlyPageInTheVisitorsLanguage() throws Exception {
		String slug = ContentFixtures.uniqueSlug("limiti");
		Long pageId = this.content.publishedPageOnlyIn("ka", "ლიმიტი", slug, "ტექსტი.");
		this.pages.add(pageId);
		ThreadLocalRandom random = ThreadLocalRandom.current();
		String network = "10." + random.nextInt(100, 250) + "." + random.nextInt(0, 256);
		HttpClient client = HttpClient.newHttpClient();
		for (int i = 1; i <= 10; i++) {
			assertThat(post(client, network + "." + i, pageId).statusCode()).as("post " + i).isEqualTo(303);
		}
		HttpResponse<String> refused = post(client, network + ".11", pageId);
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Retry-After")).isPresent();
		assertThat(refused.body()).contains("მეტისმეტად ბევრი მცდელობა").contains("lang=\"ka\"");
		assertThat(this.jdbc.queryForObject("select count(*) from feedback where target_id = ?", Long.class, pageId))
			.isEqualTo(10);
	}

	private HttpResponse<String> post(HttpClient client, String address, Long pageId) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url("/ka/feedback")))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-Forwarded-For", address)
			.POST(HttpRequest.BodyPublishers.ofString("kind=PAGE&id=" + pageId + "&useful=yes&text="))
			.build();
		return client.send(request, HttpResponse.BodyHandlers.ofString());
	}

	/** Scripts of the page off (the visitor's choice) or on (axe runs as a script). */
	private void javaScript(boolean on) {
		((ChromeDriver) this.driver).executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", !on));
	}

	private void accessible() {
		javaScript(true);
		Browser.assertAccessible(this.driver);
		javaScript(false);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
