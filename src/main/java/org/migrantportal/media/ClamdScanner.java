package org.migrantportal.media;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A {@link MalwareScanner} that sends the file to clamd (ClamAV's daemon) over TCP with
 * its INSTREAM command: {@code zINSTREAM\0}, then the bytes in chunks each preceded by
 * its length as four big-endian bytes, then a zero length. clamd answers
 * {@code stream: OK}, {@code stream: <name> FOUND} or a line ending in {@code ERROR}
 * (such as {@code INSTREAM size limit exceeded} for a file longer than its
 * {@code StreamMaxLength}), which counts as no verdict.
 */
class ClamdScanner implements MalwareScanner {

	private static final byte[] INSTREAM = "zINSTREAM\0".getBytes(StandardCharsets.US_ASCII);

	private static final int CHUNK = 64 * 1024;

	/** Longer than any answer clamd gives; a longer one is not clamd. */
	private static final int MAX_REPLY = 1024;

	private static final int MAX_SIGNATURE = 200;

	private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "clamd-timeout");
		thread.setDaemon(true);
		return thread;
	});

	private final MediaClamdProperties properties;

	ClamdScanner(MediaClamdProperties properties) {
		this.properties = properties;
	}

	@Override
	public Verdict scan(byte[] bytes) {
		AtomicBoolean expired = new AtomicBoolean();
		ScheduledFuture<?> watchdog = null;
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(this.properties.host(), this.properties.port()),
					(int) this.properties.connectTimeout().toMillis());
			socket.setSoTimeout((int) this.properties.readTimeout().toMillis());
			// a write to a clamd that stopped reading blocks without a timeout of its own
			watchdog = WATCHDOG.schedule(() -> expire(socket, expired), this.properties.readTimeout().toMillis(),
					TimeUnit.MILLISECONDS);
			IOException sendFailure = send(socket, bytes);
			String reply;
			try {
				reply = readReply(socket.getInputStream());
			}
			catch (IOException ex) {
				throw failure((sendFailure != null) ? sendFailure : ex, expired.get());
			}
			return verdict(reply, sendFailure, expired.get());
		}
		catch (IOException ex) {
			throw failure(ex, expired.get());
		}
		finally {
			if (watchdog != null) {
				watchdog.cancel(false);
			}
		}
	}

	private static void expire(Socket socket, AtomicBoolean expired) {
		expired.set(true);
		try {
			socket.close();
		}
		catch (IOException ex) {
			// closed already: nothing is waiting on it
		}
	}

	@Override
	public String describe() {
		return "clamd at " + this.properties.address();
	}

	/**
	 * Sends the file; a failure half-way is returned rather than thrown, since clamd
	 * closes the connection after telling why (a file over its size limit), and that
	 * answer is worth reading.
	 */
	private static IOException send(Socket socket, byte[] bytes) throws IOException {
		DataOutputStream out = new DataOutputStream(new BufferedOutputStream(socket.getOutputStream(), CHUNK + 4));
		try {
			out.write(INSTREAM);
			for (int offset = 0; offset < bytes.length; offset += CHUNK) {
				int length = Math.min(CHUNK, bytes.length - offset);
				out.writeInt(length);
				out.write(bytes, offset, length);
			}
			out.writeInt(0);
			out.flush();
			return null;
		}
		catch (SocketTimeoutException ex) {
			throw ex;
		}
		catch (IOException ex) {
			return ex;
		}
	}

	private static String readReply(InputStream in) throws IOException {
		ByteArrayOutputStream reply = new ByteArrayOutputStream();
		int b;
		while ((b = in.read()) != -1 && b != 0) {
			if (reply.size() == MAX_REPLY) {
				break;
			}
			reply.write(b);
		}
		return reply.toString(StandardCharsets.US_ASCII).strip();
	}

	private Verdict verdict(String reply, IOException sendFailure, boolean expired) {
		if (reply.equals("stream: OK") && sendFailure == null) {
			return Verdict.CLEAN;
		}
		if (reply.startsWith("stream: ") && reply.endsWith(" FOUND")) {
			String signature = printable(reply.substring("stream: ".length(), reply.length() - " FOUND".length()));
			return new Verdict(signature.isEmpty() ? "unknown" : signature);
		}
		if (reply.contains("size limit exceeded")) {
			throw new MalwareScanException(describe() + " refused the file: " + printable(reply)
					+ " (its StreamMaxLength must be at least portal.media.max-file-size)");
		}
		if (reply.isEmpty() && sendFailure != null) {
			throw failure(sendFailure, expired);
		}
		throw new MalwareScanException(
				describe() + " gave no verdict: " + (reply.isEmpty() ? "no answer" : "\"" + printable(reply) + "\""));
	}

	private MalwareScanException failure(IOException ex, boolean expired) {
		if (expired || ex instanceof SocketTimeoutException) {
			return new MalwareScanException(describe() + " gave no answer within the timeout ("
					+ ((ex instanceof SocketTimeoutException && !expired) ? ex.getMessage() : "scan took too long")
					+ ")");
		}
		return new MalwareScanException(describe() + " could not be reached: "
				+ printable(ex.getClass().getSimpleName() + ": " + ex.getMessage()));
	}

	/** Only printable ASCII of clamd's words reaches a log line or a page. */
	private static String printable(String text) {
		String result = (text != null) ? text.replaceAll("[^\\x20-\\x7E]", "?").strip() : "";
		return (result.length() > MAX_SIGNATURE) ? result.substring(0, MAX_SIGNATURE) : result;
	}

}
