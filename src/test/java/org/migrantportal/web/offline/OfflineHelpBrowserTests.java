package org.migrantportal.web.offline;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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
 * A visitor on a phone (412 CSS pixels) reads the help page and an article, then loses
 * the connection: both open again with their emergency numbers and a note, in their
 * language, saying when they were saved. The quick exit and "remove saved pages" leave
 * nothing behind for the next person who uses the phone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "portal.quick-exit-url=about:blank")
@ContextConfiguration(initializers = TestDatabase.class)
class OfflineHelpBrowserTests {

	private static final String ARTICLE = "/en/pages/migrant-resource-centres";

	@LocalServerPort
	private int port;

	private CuttableProxy network;

	private WebDriver driver;

	@BeforeEach
	void start() throws Exception {
		this.network = new CuttableProxy(this.port);
		this.driver = Browser.start(412, 915);
	}

	@AfterEach
	void stop() {
		Browser.stop(this.driver);
		this.network.close();
	}

	@ParameterizedTest
	@ValueSource(strings = { "ka", "hy" })
	void theHelpPageAndAReadArticleOpenWithoutAConnectionWithTheSavedOnNote(String locale) throws Exception {
		String article = readBothPages(locale);
		String title = this.driver.findElement(By.tagName("h1")).getText();
		this.driver.findElement(By.cssSelector("[data-offline-save] button")).click();
		wait(ExpectedConditions.textMatches(By.cssSelector("[data-offline-save] [role=status]"),
				java.util.regex.Pattern.compile(".*" + LocalDate.now().getYear() + ".*")));
		Browser.assertAccessible(this.driver);

		this.network.cut();
		assertThat(networkAnswers()).as("the cut reaches the page's own requests").isFalse();

		this.driver.get(this.network.base() + "/" + locale + "/help");
		assertThat(this.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(locale);
		assertThat(this.driver.findElements(By.cssSelector("section.emergency a.tel-large")))
			.extracting((link) -> link.getAttribute("href"))
			.isNotEmpty()
			.allMatch((href) -> href.startsWith("tel:"));
		assertSavedNote(locale);
		Browser.screenshot(this.driver, "offline-help-" + locale + "-412");
		Browser.assertAccessible(this.driver);

		this.driver.get(this.network.base() + article);
		assertThat(this.driver.findElement(By.tagName("h1")).getText()).isEqualTo(title);
		assertSavedNote(locale);
		Browser.assertAccessible(this.driver);
	}

	@ParameterizedTest
	@ValueSource(strings = { "ka" })
	void theQuickExitRemovesTheSavedPages(String locale) throws Exception {
		String article = readBothPages(locale);
		this.driver.findElement(By.cssSelector("[data-quick-exit]")).click();
		wait(ExpectedConditions.urlToBe("about:blank"));

		this.network.cut();
		assertNothingOpens("/" + locale + "/help", article);
	}

	@ParameterizedTest
	@ValueSource(strings = { "hy" })
	void removeSavedPagesOnTheBrowseSafelyPageLeavesNothingToOpenOffline(String locale) throws Exception {
		String article = readBothPages(locale);
		this.driver.get(this.network.base() + "/" + locale + "/browse-safely");
		WebElement remove = this.driver.findElement(By.cssSelector("[data-offline-clear] button"));
		assertThat(remove.isDisplayed()).isTrue();
		Browser.assertAccessible(this.driver);
		remove.click();
		wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-offline-clear] [role=status]"),
				"Պահված էջերը ջնջվեցին"));

		this.network.cut();
		assertNothingOpens("/" + locale + "/help", article);
	}

	@ParameterizedTest
	@ValueSource(strings = { "ka", "hy" })
	void thePrintableSheetHasLargeNumbersAndIsAccessibleOnAPhone(String locale) throws Exception {
		this.driver.get(this.network.base() + "/" + locale + "/help");
		this.driver.findElement(By.cssSelector(".help-sheet-link a")).click();
		wait(ExpectedConditions.urlContains("/" + locale + "/help/sheet"));
		WebElement number = this.driver.findElement(By.cssSelector(".sheet-numbers a.sheet-number"));
		assertThat(number.getAttribute("href")).startsWith("tel:");
		assertThat(number.getSize().getHeight()).isGreaterThanOrEqualTo(44);
		Browser.screenshot(this.driver, "help-sheet-" + locale + "-412");
		Browser.assertAccessible(this.driver);

		// printed: black on white, the site's header, navigation and quick exit left out
		((ChromiumDriver) this.driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
		assertThat(number.getCssValue("color")).isIn("rgba(0, 0, 0, 1)", "rgb(0, 0, 0)");
		assertThat(number.getCssValue("background-color")).isIn("rgba(255, 255, 255, 1)", "rgb(255, 255, 255)");
		assertThat(this.driver.findElement(By.cssSelector(".site-header")).isDisplayed()).isFalse();
		assertThat(this.driver.findElement(By.cssSelector(".quick-exit")).isDisplayed()).isFalse();
		assertThat(this.driver.findElement(By.cssSelector(".sheet-footer")).getText()).contains("/" + locale + "/help");
	}

	/** Opens the help page, then the article; returns the article's path. */
	private String readBothPages(String locale) throws Exception {
		String article = articleIn(locale);
		this.driver.get(this.network.base() + "/" + locale + "/help");
		wait((driver) -> "true".equals(driver.findElement(By.tagName("html")).getAttribute("data-offline-ready")));
		assertThat(kept("/" + locale + "/help")).isTrue();
		this.driver.get(this.network.base() + article);
		wait((driver) -> kept(article));
		return article;
	}

	private void assertSavedNote(String locale) {
		WebElement note = this.driver.findElement(By.cssSelector("[data-offline-note]"));
		assertThat(note.isDisplayed()).isTrue();
		assertThat(note.getText()).contains(String.valueOf(LocalDate.now().getYear()))
			.startsWith(locale.equals("ka") ? "ეს გვერდი შენახულია" : "Այս էջը պահված է");
	}

	private void assertNothingOpens(String... paths) {
		for (String path : paths) {
			this.driver.get(this.network.base() + path);
			assertThat(this.driver.findElements(By.cssSelector("[data-offline-note]"))).as(path).isEmpty();
			assertThat(this.driver.findElements(By.cssSelector("a[href^='tel:']"))).as(path).isEmpty();
		}
	}

	private boolean kept(String path) {
		Object found = ((JavascriptExecutor) this.driver).executeAsyncScript("""
				var done = arguments[arguments.length - 1];
				caches.match(arguments[0]).then(function (r) { done(!!r); }, function () { done(false); });
				""", this.network.base() + path);
		return Boolean.TRUE.equals(found);
	}

	private boolean networkAnswers() {
		Object answered = ((JavascriptExecutor) this.driver).executeAsyncScript("""
				var done = arguments[arguments.length - 1];
				fetch('/sw.js', { cache: 'no-store' }).then(function () { done(true); }, function () { done(false); });
				""");
		return Boolean.TRUE.equals(answered);
	}

	/** The article's path in that language, as the English page names its translation. */
	private String articleIn(String locale) throws Exception {
		HttpResponse<String> english = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + ARTICLE)).build(),
					HttpResponse.BodyHandlers.ofString());
		String href = Jsoup.parse(english.body()).select("link[rel=alternate][hreflang=" + locale + "]").attr("href");
		assertThat(href).isNotEmpty();
		return URI.create(href).getPath();
	}

	private <T> void wait(java.util.function.Function<WebDriver, T> condition) {
		new WebDriverWait(this.driver, Duration.ofSeconds(15)).until(condition::apply);
	}

}
