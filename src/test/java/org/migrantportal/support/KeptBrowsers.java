package org.migrantportal.support;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The Chromiums of one test run, kept from one test to the next: starting one costs 1.5-2
 * s, handing a kept one to the next test a tenth of that. Given back, a browser is made
 * as good as new or not kept at all: its tabs are closed for a fresh one (no history, no
 * page's settings from DevTools), and every site it was sent to loses its cookies,
 * storage, caches and service workers. One is kept per window size; the last ones are
 * quit when the test JVM ends.
 */
final class KeptBrowsers {

	private static final Map<String, TrackedChromeDriver> IDLE = new HashMap<>();

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(KeptBrowsers::quitAll, "kept-browsers"));
	}

	private KeptBrowsers() {
	}

	/** A kept browser of that size, or {@code null} when there is none. */
	static synchronized ChromeDriver take(int width, int height) {
		return IDLE.remove(key(width, height));
	}

	static ChromeDriver create(ChromeDriverService service, ChromeOptions options, int width, int height) {
		return new TrackedChromeDriver(service, options, key(width, height));
	}

	/**
	 * Takes a browser back for the next test, or quits it when it is not one of these,
	 * cannot be cleaned, or one of its size is kept already.
	 */
	static void giveBack(ChromeDriver driver) {
		if (!(driver instanceof TrackedChromeDriver tracked) || !clean(tracked)) {
			quitQuietly(driver);
			return;
		}
		synchronized (KeptBrowsers.class) {
			if (IDLE.putIfAbsent(tracked.key, tracked) == null) {
				return;
			}
		}
		quitQuietly(driver);
	}

	private static boolean clean(TrackedChromeDriver driver) {
		try {
			String fresh = driver.switchTo().newWindow(WindowType.TAB).getWindowHandle();
			for (String handle : driver.getWindowHandles()) {
				if (!handle.equals(fresh)) {
					driver.switchTo().window(handle).close();
				}
			}
			driver.switchTo().window(fresh);
			for (String origin : driver.origins) {
				driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", origin, "storageTypes", "all"));
			}
			driver.origins.clear();
			driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
			driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
			return driver.getWindowHandles().size() == 1;
		}
		catch (RuntimeException ex) {
			// a prompt left open, a tab that would not close: not worth keeping
			return false;
		}
	}

	private static synchronized void quitAll() {
		IDLE.values().forEach(KeptBrowsers::quitQuietly);
		IDLE.clear();
	}

	private static void quitQuietly(ChromeDriver driver) {
		try {
			driver.quit();
		}
		catch (RuntimeException ex) {
			// already gone
		}
	}

	private static String key(int width, int height) {
		return width + "x" + height;
	}

	/** A Chromium that remembers the sites it was sent to, so they can be forgotten. */
	private static final class TrackedChromeDriver extends ChromeDriver {

		/** The site of an address (data: and about: addresses have none to forget). */
		private static final Pattern ORIGIN = Pattern.compile("^https?://[^/?#]+");

		private final String key;

		private final Set<String> origins = new LinkedHashSet<>();

		TrackedChromeDriver(ChromeDriverService service, ChromeOptions options, String key) {
			super(service, options);
			this.key = key;
		}

		@Override
		public void get(String url) {
			Matcher origin = ORIGIN.matcher(url);
			if (origin.find()) {
				this.origins.add(origin.group());
			}
			super.get(url);
		}

	}

}
