package org.migrantportal.search;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.opensearch.common.settings.Settings;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.plugins.Plugin;
import org.opensearch.transport.Netty4Plugin;

/**
 * A real single-node OpenSearch cluster, from OpenSearch's own jars on Maven Central, in
 * a JVM of its own (its Log4j setup cannot share the application's logging) listening on
 * a free loopback port: the shared engine's tests run against it, not against a stand-in.
 */
final class EmbeddedOpenSearch implements AutoCloseable {

	private final Process process;

	private final URI url;

	private EmbeddedOpenSearch(Process process, URI url) {
		this.process = process;
		this.url = url;
	}

	/** Starts the node in a child JVM and waits until it answers. */
	static EmbeddedOpenSearch start() {
		try {
			int port;
			try (ServerSocket socket = new ServerSocket(0)) {
				port = socket.getLocalPort();
			}
			Path home = Files.createTempDirectory("opensearch-test");
			String classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
				.filter((entry) -> !entry.contains("log4j-to-slf4j"))
				.collect(Collectors.joining(File.pathSeparator));
			Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
					"-Xmx512m", "-cp", classpath, EmbeddedOpenSearch.class.getName(), Integer.toString(port),
					home.toString())
				.redirectErrorStream(true)
				.redirectOutput(home.resolve("node.log").toFile())
				.start();
			URI url = URI.create("http://127.0.0.1:" + port);
			HttpClient http = HttpClient.newHttpClient();
			long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
			while (System.nanoTime() < deadline && process.isAlive()) {
				try {
					if (http.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.discarding())
						.statusCode() == 200) {
						return new EmbeddedOpenSearch(process, url);
					}
				}
				catch (IOException notYet) {
					// not listening yet
				}
				Thread.sleep(250);
			}
			process.destroyForcibly();
			throw new IllegalStateException("OpenSearch did not start: " + Files.readString(home.resolve("node.log")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	URI url() {
		return this.url;
	}

	@Override
	public void close() {
		this.process.destroy();
		try {
			if (!this.process.waitFor(20, TimeUnit.SECONDS)) {
				this.process.destroyForcibly();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** The child JVM: {@code port home}. */
	public static void main(String[] args) throws Exception {
		Settings settings = Settings.builder()
			.put("cluster.name", "portal-test")
			.put("node.name", "portal-test")
			.put("path.home", args[1])
			.put("transport.type", "netty4")
			.put("http.type", "netty4")
			.put("network.host", "127.0.0.1")
			.put("http.port", args[0])
			.put("discovery.type", "single-node")
			.build();
		Node node = new TestNode(settings, List.of(Netty4Plugin.class));
		node.start();
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				node.close();
			}
			catch (IOException ex) {
				// the JVM ends anyway
			}
		}));
		Thread.currentThread().join();
	}

	private static final class TestNode extends Node {

		TestNode(Settings settings, Collection<Class<? extends Plugin>> plugins) {
			super(InternalSettingsPreparer.prepareEnvironment(settings, new HashMap<>(), null, null), plugins, true);
		}

	}

}
