package org.migrantportal.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.springframework.util.FileSystemUtils;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A real clamd (Debian's {@code clamav-daemon}) for the tests, started once per run on a
 * free port of the loopback address, with a signature database of one line written here:
 * the EICAR test file by its MD5 hash. No signatures are downloaded (freshclam is never
 * run). Tests that need it are skipped on a machine without clamd, except in CI, where it
 * must be installed.
 */
public final class TestClamd {

	/** clamd's name for the EICAR test file with the signature below. */
	public static final String EICAR_SIGNATURE = "Portal.Test.EICAR.UNOFFICIAL";

	/** clamd's limit on a scanned stream, smaller than its default to test the limit. */
	public static final int STREAM_MAX_BYTES = 2 * 1024 * 1024;

	private static final List<Path> CLAMD = List.of(Path.of("/usr/sbin/clamd"), Path.of("/usr/bin/clamd"));

	private static TestClamd running;

	private final Path clamd;

	private final Path folder;

	private final int port;

	private Process process;

	private TestClamd(Path clamd, Path folder, int port) {
		this.clamd = clamd;
		this.folder = folder;
		this.port = port;
	}

	/**
	 * The EICAR anti-virus test file: harmless, and detected as a virus by every scanner
	 * (built from two halves so that this source file is not itself flagged).
	 */
	public static byte[] eicar() {
		return ("X5O!P%@AP[4\\PZX54(P^)7CC)7}$" + "EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*")
			.getBytes(StandardCharsets.US_ASCII);
	}

	/** The clamd of this test run, started on first use. */
	public static synchronized TestClamd get() {
		Path clamd = CLAMD.stream().filter(Files::isExecutable).findFirst().orElse(null);
		if (clamd == null && System.getenv("CI") != null) {
			throw new IllegalStateException("CI needs clamd: .ci/run installs clamav-daemon");
		}
		assumeTrue(clamd != null, "clamd (Debian's clamav-daemon) is not installed");
		if (running == null) {
			try {
				running = new TestClamd(clamd, Files.createTempDirectory("portal-clamd"), freePort());
				running.writeConfiguration();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			TestClamd started = running;
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				started.stop();
				FileSystemUtils.deleteRecursively(started.folder.toFile());
			}));
		}
		if (running.process == null) {
			running.start();
		}
		return running;
	}

	public int port() {
		return this.port;
	}

	/** The settings that point the portal at this clamd. */
	public Map<String, String> settings() {
		return Map.of("portal.media.clamd.host", "127.0.0.1", "portal.media.clamd.port", String.valueOf(this.port));
	}

	/**
	 * Stops clamd, as an outage would; {@link #get()} starts it again on the same port.
	 */
	public synchronized void stop() {
		if (this.process != null) {
			this.process.destroy();
			try {
				if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
					this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			this.process = null;
		}
	}

	private void writeConfiguration() throws IOException {
		Path database = Files.createDirectories(this.folder.resolve("database"));
		byte[] eicar = eicar();
		// an .hdb line: MD5 of the whole file, its size, and the name clamd reports
		Files.writeString(database.resolve("portal-test.hdb"),
				md5(eicar) + ":" + eicar.length + ":Portal.Test.EICAR\n");
		Files.writeString(this.folder.resolve("clamd.conf"),
				String.join("\n", "Foreground yes", "TCPSocket " + this.port, "TCPAddr 127.0.0.1",
						"DatabaseDirectory " + database, "LogFile " + this.folder.resolve("clamd.log"),
						"PidFile " + this.folder.resolve("clamd.pid"),
						"StreamMaxLength " + (STREAM_MAX_BYTES / 1024) + "K", ""));
	}

	private void start() {
		try {
			this.process = new ProcessBuilder(this.clamd.toString(),
					"--config-file=" + this.folder.resolve("clamd.conf"))
				.redirectErrorStream(true)
				.redirectOutput(this.folder.resolve("clamd.out").toFile())
				.start();
			long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
			while (System.nanoTime() < deadline) {
				if (!this.process.isAlive()) {
					throw new IllegalStateException("clamd stopped at its start: " + output());
				}
				if (answersPing()) {
					return;
				}
				Thread.sleep(100);
			}
			stop();
			throw new IllegalStateException("clamd did not answer within 60 s: " + output());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private boolean answersPing() {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", this.port), 500);
			socket.setSoTimeout(2000);
			OutputStream out = socket.getOutputStream();
			out.write("zPING\0".getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readNBytes(4), StandardCharsets.US_ASCII).equals("PONG");
		}
		catch (IOException ex) {
			return false;
		}
	}

	private String output() throws IOException {
		Path out = this.folder.resolve("clamd.out");
		return Files.exists(out) ? Files.readString(out) : "";
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	private static String md5(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
