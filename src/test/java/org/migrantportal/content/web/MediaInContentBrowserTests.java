package org.migrantportal.content.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.migrantportal.accounts.AccountFixtures;
import org.migrantportal.content.ContentFixtures;
import org.migrantportal.media.MediaFixtures;
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
 * A photo from a phone in a Georgian page, in a real browser: an editor uploads a JPEG
 * that carries its GPS position, writes its Georgian and Armenian alt texts and puts
 * {@code ![](media:ID)} into the page; a reviewer approves the photo and publishes the
 * page. Visitors on a phone then get the photo without its location, with its sizes and
 * the alt text of their language, on a page axe finds nothing wrong with.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.class)
class MediaInContentBrowserTests {

	private static final String GEORGIAN_ALT = "ოჯახი მიგრანტთა რესურს ცენტრში, თბილისი";

	private static final String ARMENIAN_ALT = "Ընտանիքը միգրանտների ռեսուրսային կենտրոնում, Թբիլիսի";

	@LocalServerPort
	private int port;

	@Autowired
	private ApplicationContext context;

	private WebDriver driver;

	private final List<Long> pages = new ArrayList<>();

	@BeforeEach
	void startBrowser() throws Exception {
		this.driver = Browser.start(1280, 1900);
	}

	@AfterEach
	void stopBrowser() {
		Browser.stop(this.driver);
		ContentFixtures content = new ContentFixtures(this.context);
		this.pages.forEach(content::remove);
	}

	@Test
	void aPhonePhotoShowsWithoutItsLocationAndWithTheAltTextOfEachLanguage() throws Exception {
		AccountFixtures accounts = new AccountFixtures(this.context);
		String editor = accounts.create(StaffRole.EDITOR, CountryScope.GEORGIA, null);
		String reviewer = accounts.create(StaffRole.REVIEWER, CountryScope.GEORGIA, null);
		String slug = ContentFixtures.uniqueSlug("resurs-tsentri");
		Long pageId = new ContentFixtures(this.context).publishedPageOnlyIn("ka", "რესურს ცენტრი", slug,
				"მიგრანტთა რესურს ცენტრი ყველას ეხმარება.");
		this.pages.add(pageId);
		Path photo = Files.createTempFile("family-", ".jpg");
		byte[] withGps = MediaFixtures.jpegWithGps(1600, 1000);
		assertThat(containsExif(withGps)).as("the upload carries its position").isTrue();
		Files.write(photo, withGps);

		logIn(editor);
		this.driver.get(url("/admin/media"));
		this.driver.findElement(By.id("media-file")).sendKeys(photo.toAbsolutePath().toString());
		this.driver.findElement(By.cssSelector("#upload-form button[type=submit]")).click();
		waitFor(ExpectedConditions.urlMatches(".*/admin/media/\\d+$"));
		String mediaUrl = this.driver.getCurrentUrl();
		long mediaId = Long.parseLong(mediaUrl.substring(mediaUrl.lastIndexOf('/') + 1));
		describe("ka", GEORGIAN_ALT);
		describe("hy", ARMENIAN_ALT);
		Browser.screenshot(this.driver, "admin-media-alt-texts");

		String editUrl = url("/admin/pages/" + pageId + "/ka");
		this.driver.get(editUrl);
		this.driver.findElement(By.id("bodyMarkdown")).sendKeys("\n\n![](media:" + mediaId + ")");
		this.driver.findElement(By.cssSelector("button[name=then][value=submit]")).click();
		waitFor(ExpectedConditions.textToBe(By.id("state"), "განხილვაშია"));
		logOut();

		logIn(reviewer);
		this.driver.get(mediaUrl);
		this.driver.findElement(By.cssSelector("form[action$='/review'] button")).click();
		waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a.public-path")));
		this.driver.get(editUrl);
		this.driver.findElement(By.cssSelector("button[name=then][value=publish]")).click();
		waitFor(ExpectedConditions.textToBe(By.id("state"), "გამოქვეყნებული"));
		logOut();

		this.driver.manage().window().setSize(new Dimension(412, 915));
		WebElement georgian = photoOn("/ka/pages/" + slug);
		assertThat(georgian.getDomAttribute("alt")).isEqualTo(GEORGIAN_ALT);
		assertThat(georgian.getDomAttribute("width")).isEqualTo("1600");
		assertThat(georgian.getDomAttribute("height")).isEqualTo("1000");
		String srcset = georgian.getDomAttribute("srcset");
		assertThat(srcset).contains(" 480w", " 1024w", " 1600w");
		List<String> urls = new ArrayList<>(
				Arrays.stream(srcset.split(",")).map((candidate) -> candidate.strip().split(" ")[0]).toList());
		urls.add(georgian.getDomAttribute("src"));
		for (String served : urls) {
			byte[] bytes = get(served);
			assertThat(bytes).as(served).startsWith((byte) 0xFF, (byte) 0xD8);
			assertThat(containsExif(bytes)).as("no EXIF (and so no GPS) in " + served).isFalse();
		}
		Browser.screenshot(this.driver, "page-with-photo-ka-phone");
		Browser.assertAccessible(this.driver);

		WebElement armenian = photoOn("/hy/pages/" + slug);
		assertThat(armenian.getDomAttribute("alt")).isEqualTo(ARMENIAN_ALT);
		assertThat(armenian.getDomAttribute("lang")).isEqualTo("hy");
		assertThat(armenian.getDomAttribute("srcset")).isEqualTo(srcset);
		Browser.screenshot(this.driver, "page-with-photo-hy-phone");
		Browser.assertAccessible(this.driver);
	}

	/** The photo of a public page, scrolled into view and loaded. */
	private WebElement photoOn(String path) {
		this.driver.get(url(path));
		WebElement image = this.driver.findElement(By.cssSelector("article .prose img"));
		((JavascriptExecutor) this.driver).executeScript("arguments[0].scrollIntoView()", image);
		waitFor((driver) -> Boolean.TRUE.equals(((JavascriptExecutor) driver)
			.executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", image)));
		return image;
	}

	private void describe(String locale, String altText) {
		WebElement alt = this.driver.findElement(By.id("alt-" + locale));
		alt.sendKeys(altText);
		alt.findElement(By.xpath("./ancestor::form")).findElement(By.cssSelector("button[type=submit]")).click();
		waitFor(ExpectedConditions.stalenessOf(alt));
		assertThat(this.driver.findElement(By.id("alt-" + locale)).getAttribute("value")).isEqualTo(altText);
	}

	/** Whether JPEG bytes hold an EXIF segment (APP1 starting "Exif"). */
	private static boolean containsExif(byte[] bytes) {
		byte[] marker = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
		outer: for (int i = 0; i + marker.length <= bytes.length; i++) {
			for (int j = 0; j < marker.length; j++) {
				if (bytes[i + j] != marker[j]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}

	private byte[] get(String pathOrUrl) throws Exception {
		URI uri = pathOrUrl.startsWith("http") ? URI.create(pathOrUrl) : URI.create(url(pathOrUrl));
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).as(uri.toString()).isEqualTo(200);
		return response.body();
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

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
