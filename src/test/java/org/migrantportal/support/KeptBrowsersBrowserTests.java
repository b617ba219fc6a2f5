package org.migrantportal.support;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser kept from one test for the next ({@link KeptBrowsers}) remembers nothing of
 * the last test: no cookie, no stored data, no cache, no service worker, no history; a
 * browser started without the pages' scripts hands on a browser that runs them. No portal
 * is started: a small server of the JDK serves the page.
 */
class KeptBrowsersBrowserTests {

	private static final String PAGE = """
			<!DOCTYPE html><html lang="en"><head><title>Kept</title></head><body><main><h1>Kept</h1>
			<script>
			localStorage.setItem('saved', 'yes');
			sessionStorage.setItem('saved', 'yes');
			navigator.serviceWorker.register('/sw.js').then(() => navigator.serviceWorker.ready)
			  .then(() => caches.open('pages')).then((cache) => cache.put('/page', new Response('saved')))
			  .then(() => document.body.dataset.ready = 'yes');
			</script></main></body></html>
			""";

	private static final String PLAIN = "<!DOCTYPE html><html lang=\"en\"><title>Plain</title><h1>Plain</h1></html>";

	private static final String WORKER = "self.addEventListener('fetch', () => {});";

	private static final String STATE = """
			const done = arguments[arguments.length - 1];
			Promise.all([navigator.serviceWorker.getRegistrations(), caches.keys()]).then(([workers, caches]) => done(
			  [document.cookie, localStorage.length, sessionStorage.length, history.length, workers.length, caches.length]
			  .join(' ')));
			""";

	private HttpServer server;

	private WebDriver driver;

	@BeforeEach
	void start() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext("/", (exchange) -> {
			String path = exchange.getRequestURI().getPath();
			boolean worker = path.equals("/sw.js");
			exchange.getResponseHeaders().add("Content-Type", worker ? "text/javascript" : "text/html; charset=utf-8");
			if (path.equals("/page")) {
				exchange.getResponseHeaders().add("Set-Cookie", "visited=yes; Path=/; Max-Age=3600");
			}
			send(exchange, worker ? WORKER : path.equals("/page") ? PAGE : PLAIN);
		});
		this.server.start();
	}

	@AfterEach
	void stop() {
		Browser.stop(this.driver);
		this.server.stop(0);
	}

	@Test
	void theNextTestGetsTheSameBrowserWithNothingOfTheLastTestLeft() throws IOException {
		WebDriver first = Browser.startWithoutJavaScript();
		this.driver = first;
		first.get(url("/page"));
		assertThat(scriptsRan(first)).as("scripts are off").isFalse();
		Browser.stop(first);

		this.driver = Browser.start(412, 915);
		assertThat(this.driver).as("the browser is kept, not started again").isSameAs(first);
		this.driver.get(url("/page"));
		this.driver.get(url("/page?again"));
		new WebDriverWait(this.driver, Duration.ofSeconds(10)).until((browser) -> scriptsRan(browser));
		assertThat(state(this.driver)).isEqualTo("visited=yes 1 1 3 1 1");
		Browser.stop(this.driver);

		this.driver = Browser.start(412, 915);
		assertThat(this.driver).isSameAs(first);
		this.driver.get(url("/blank"));
		assertThat(state(this.driver)).as("cookie, storage, session storage, history, service workers, caches")
			.isEqualTo(" 0 0 2 0 0");
	}

	private boolean scriptsRan(WebDriver browser) {
		return "yes".equals(((JavascriptExecutor) browser).executeScript("return document.body.dataset.ready;"));
	}

	private static String state(WebDriver browser) {
		return (String) ((JavascriptExecutor) browser).executeAsyncScript(STATE);
	}

	private String url(String path) {
		return "http://localhost:" + this.server.getAddress().getPort() + path;
	}

	private static void send(HttpExchange exchange, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.sendResponseHeaders(200, bytes.length);
		exchange.getResponseBody().write(bytes);
		exchange.close();
	}

}
