package org.migrantportal.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.stream.Collectors;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.migrantportal.accounts.AccountFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, never
 * a downloaded one), with screenshots under {@code target/screenshots} and axe-core
 * checks.
 */
public final class Browser {

	private static final Path CHROMIUM = Path.of(envOr("PORTAL_CHROMIUM", "/usr/bin/chromium"));

	private static final Path CHROMEDRIVER = Path.of(envOr("PORTAL_CHROMEDRIVER", "/usr/bin/chromedriver"));

	private static final Path SCREENSHOTS = Path.of("target/screenshots");

	/** The browsers started without the pages' scripts. */
	private static final Set<WebDriver> WITHOUT_SCRIPTS = Collections
		.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

	private Browser() {
	}

	/** Starts Chromium the size of a phone; see {@link #start(int, int)}. */
	public static WebDriver start() throws IOException {
		return start(412, 915);
	}

	/**
	 * Starts Chromium; skips the test on a machine without it, except in CI, where it
	 * must be there.
	 */
	public static WebDriver start(int width, int height) throws IOException {
		return start(width, height, true);
	}

	/**
	 * Starts Chromium the size of a phone with the pages' scripts switched off, as a
	 * visitor who turned JavaScript off sees the site. DevTools' switch is used rather
	 * than the browser's setting: it stops every script of the page while the test's own
	 * checks (axe) still run, where the setting made axe wait out its time and check
	 * nothing.
	 */
	public static WebDriver startWithoutJavaScript() throws IOException {
		return start(412, 915, false);
	}

	private static WebDriver start(int width, int height, boolean javaScript) throws IOException {
		boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (!installed && System.getenv("CI") != null) {
			throw new IllegalStateException("CI needs chromium and chromium-driver: .ci/run installs them");
		}
		assumeTrue(installed, "chromium and chromium-driver are not installed");
		ChromeDriver driver = KeptBrowsers.take(width, height);
		if (driver == null) {
			Path profile = Files.createTempDirectory("portal-chromium");
			ChromeOptions options = new ChromeOptions();
			options.setBinary(CHROMIUM.toFile());
			options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--disable-dev-shm-usage", "--window-size=" + width + "," + height, "--user-data-dir=" + profile);
			ChromeDriverService service = new ChromeDriverService.Builder()
				.usingDriverExecutable(new File(CHROMEDRIVER.toString()))
				.usingAnyFreePort()
				.build();
			driver = KeptBrowsers.create(service, options, width, height);
		}
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		driver.manage().timeouts().implicitlyWait(Duration.ZERO);
		driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
		if (!javaScript) {
			driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
			WITHOUT_SCRIPTS.add(driver);
		}
		return driver;
	}

	/**
	 * Ends a test's use of its browser: the browser is cleaned and kept for the next test
	 * of the run (see {@link KeptBrowsers}), or quit when it cannot be cleaned.
	 */
	public static void stop(WebDriver driver) {
		if (driver != null) {
			WITHOUT_SCRIPTS.remove(driver);
			KeptBrowsers.giveBack((ChromeDriver) driver);
		}
	}

	public static Path screenshot(WebDriver driver, String name) throws IOException {
		Files.createDirectories(SCREENSHOTS);
		File file = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
		Path target = SCREENSHOTS.resolve(name + ".png");
		Files.copy(file.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
		return target;
	}

	/** Runs axe-core on the current page and fails with the rules it breaks. */
	public static void assertAccessible(WebDriver driver) {
		Results results = analyze(driver);
		assertThat(results.isErrored())
			.as("axe-core ran on " + driver.getCurrentUrl() + ": " + results.getErrorMessage())
			.isFalse();
		assertThat(results.getPasses()).as("axe-core checked something on " + driver.getCurrentUrl()).isNotEmpty();
		String violations = results.getViolations()
			.stream()
			.map((rule) -> rule.getId() + " (" + rule.getImpact() + "): "
					+ rule.getNodes()
						.stream()
						.map((node) -> String.valueOf(node.getTarget()))
						.collect(Collectors.joining(", ")))
			.collect(Collectors.joining("\n"));
		assertThat(violations).as("axe-core violations on " + driver.getCurrentUrl()).isEmpty();
	}

	/**
	 * axe-core's run, which needs timers: in a browser without the pages' scripts,
	 * scripts are allowed for the run only (the page's own scripts, skipped while it
	 * loaded, stay skipped) and switched off again.
	 */
	private static Results analyze(WebDriver driver) {
		if (!WITHOUT_SCRIPTS.contains(driver)) {
			return axe().analyze(driver);
		}
		ChromeDriver chrome = (ChromeDriver) driver;
		chrome.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
		try {
			return axe().analyze(driver);
		}
		finally {
			chrome.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
		}
	}

	/**
	 * axe-core run in the page itself (its "legacy" mode) rather than run in parts and
	 * finished in a blank window the library opens for each check: the portal's pages
	 * have no frames, and the blank window doubled every check's time (1.9 s against 0.8
	 * s a back-office list). Only the violations are reported node by node; what passed
	 * is still listed, a node each.
	 */
	private static AxeBuilder axe() {
		AxeRunOptions options = new AxeRunOptions();
		options.setResultTypes(List.of("violations"));
		return new AxeBuilder().setLegacyMode(true).withOptions(options);
	}

	private static String envOr(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null && !value.isBlank()) ? value : fallback;
	}

	/**
	 * Logs a staff member in through the login form, as a person would, with the
	 * fixtures' password, and waits for the dashboard.
	 * @param base the portal's address, e.g. {@code http://localhost:8080}
	 */
	public static void logIn(WebDriver driver, String base, String email) {
		driver.get(base + "/login");
		driver.findElement(By.id("email")).sendKeys(email);
		driver.findElement(By.id("password")).sendKeys(AccountFixtures.PASSWORD);
		driver.findElement(By.cssSelector("form.stacked button[type=submit]")).click();
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches(".*/admin$"));
	}

	/** Logs out with the back-office's button and waits for the login page. */
	public static void logOut(WebDriver driver) {
		driver.findElement(By.cssSelector(".session button")).click();
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/login?logout"));
	}

}
