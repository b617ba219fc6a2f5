package org.migrantportal.media;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The clamd client against a real clamd (with the EICAR test signature only) and against
 * servers that misbehave: every answer that is not a verdict is a failure, never a pass.
 */
class ClamdScannerTests {

	private final ExecutorService servers = Executors.newCachedThreadPool();

	@AfterEach
	void stopServers() {
		this.servers.shutdownNow();
	}

	@Test
	void cleanFilesPassAndTheEicarTestFileIsFoundByName() {
		ClamdScanner scanner = scanner(TestClamd.get().port(), Duration.ofSeconds(30));
		assertThat(scanner.scan(MediaFixtures.png(300, 200)).clean()).isTrue();
		assertThat(scanner.scan(MediaFixtures.pdf()).clean()).isTrue();
		MalwareScanner.Verdict eicar = scanner.scan(TestClamd.eicar());
		assertThat(eicar.clean()).isFalse();
		assertThat(eicar.signature()).isEqualTo(TestClamd.EICAR_SIGNATURE);
	}

	@Test
	void aFileSentInManyChunksIsScannedWhole() {
		// larger than one 64 KB chunk, under clamd's stream limit: clamd reassembles it
		byte[] large = new byte[TestClamd.STREAM_MAX_BYTES - 1024];
		new Random(12).nextBytes(large);
		assertThat(scanner(TestClamd.get().port(), Duration.ofSeconds(30)).scan(large).clean()).isTrue();
	}

	@Test
	void aFileLongerThanClamdsStreamLimitIsNoVerdict() {
		byte[] tooLong = new byte[TestClamd.STREAM_MAX_BYTES + 512 * 1024];
		assertThatExceptionOfType(MalwareScanException.class)
			.isThrownBy(() -> scanner(TestClamd.get().port(), Duration.ofSeconds(30)).scan(tooLong))
			.withMessageContaining("size limit exceeded")
			.withMessageContaining("StreamMaxLength");
	}

	@Test
	void nothingListeningIsNoVerdict() throws IOException {
		int port;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = socket.getLocalPort();
		}
		assertThatExceptionOfType(MalwareScanException.class)
			.isThrownBy(() -> scanner(port, Duration.ofSeconds(2)).scan(TestClamd.eicar()))
			.withMessageContaining("127.0.0.1:" + port)
			.withMessageContaining("could not be reached");
	}

	@Test
	void aScannerThatNeverAnswersIsNoVerdictAfterTheReadTimeout() throws IOException {
		try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			this.servers.submit(() -> {
				try (Socket client = server.accept()) {
					client.getInputStream().readAllBytes();
				}
				return null;
			});
			long started = System.nanoTime();
			assertThatExceptionOfType(MalwareScanException.class)
				.isThrownBy(() -> scanner(server.getLocalPort(), Duration.ofMillis(500)).scan(new byte[] { 1, 2, 3 }))
				.withMessageContaining("no answer within the timeout");
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
		}
	}

	@Test
	void aScannerThatStopsReadingIsNoVerdictAfterTheTimeoutRatherThanAHangingUpload() throws IOException {
		try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			this.servers.submit(() -> {
				try (Socket client = server.accept()) {
					Thread.sleep(30_000);
				}
				return null;
			});
			byte[] large = new byte[8 * 1024 * 1024];
			long started = System.nanoTime();
			assertThatExceptionOfType(MalwareScanException.class)
				.isThrownBy(() -> scanner(server.getLocalPort(), Duration.ofMillis(500)).scan(large))
				.withMessageContaining("no answer within the timeout");
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
		}
	}

	@Test
	void anAnswerThatIsNoVerdictIsAFailureNotAPass() throws IOException {
		for (String reply : new String[] { "stream: OK\0".substring(0, 7), "UNKNOWN COMMAND\0",
				"stream: lstat() failed ERROR\0", "stream: OKAY\0" }) {
			try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
				this.servers.submit(() -> {
					try (Socket client = server.accept()) {
						client.getInputStream().readNBytes(19);
						OutputStream out = client.getOutputStream();
						out.write(reply.getBytes(StandardCharsets.US_ASCII));
						out.flush();
					}
					return null;
				});
				assertThatExceptionOfType(MalwareScanException.class).as(reply)
					.isThrownBy(() -> scanner(server.getLocalPort(), Duration.ofSeconds(5)).scan(new byte[] { 1 }))
					.withMessageContaining("gave no verdict");
			}
		}
	}

	private static ClamdScanner scanner(int port, Duration readTimeout) {
		return new ClamdScanner(new MediaClamdProperties("127.0.0.1", port, Duration.ofSeconds(2), readTimeout));
	}

}
