package org.migrantportal.web.offline;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A TCP relay in front of the test's server that can lose its connection: while cut,
 * every open connection is closed and every new one is closed at once, for the page and
 * its service worker alike, as a phone that lost its signal. DevTools' offline emulation
 * is set per target and does not reliably reach a service worker's own fetches, so the
 * tests cut the wire instead.
 */
final class CuttableProxy implements AutoCloseable {

	private final int target;

	private final ServerSocket server;

	private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();

	private final ExecutorService threads = Executors.newCachedThreadPool();

	private volatile boolean connected = true;

	CuttableProxy(int target) throws IOException {
		this.target = target;
		this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		this.threads.submit(this::accept);
	}

	/** The address pages are opened at: the origin the browser keeps its pages for. */
	String base() {
		return "http://127.0.0.1:" + this.server.getLocalPort();
	}

	void cut() {
		this.connected = false;
		for (Socket socket : this.sockets) {
			closeQuietly(socket);
		}
		this.sockets.clear();
	}

	void reconnect() {
		this.connected = true;
	}

	@Override
	public void close() {
		cut();
		closeQuietly(this.server);
		this.threads.shutdownNow();
	}

	private void accept() {
		while (!this.server.isClosed()) {
			try {
				Socket client = this.server.accept();
				if (!this.connected) {
					closeQuietly(client);
					continue;
				}
				Socket upstream = new Socket(InetAddress.getLoopbackAddress(), this.target);
				this.sockets.add(client);
				this.sockets.add(upstream);
				this.threads.submit(() -> pump(client, upstream));
				this.threads.submit(() -> pump(upstream, client));
			}
			catch (IOException ex) {
				// the server socket was closed, or the server refused: the client sees a
				// closed connection
			}
		}
	}

	private void pump(Socket from, Socket to) {
		byte[] buffer = new byte[16 * 1024];
		try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
			int read;
			while ((read = in.read(buffer)) >= 0) {
				out.write(buffer, 0, read);
				out.flush();
			}
		}
		catch (IOException ex) {
			// one side closed: close both below
		}
		finally {
			closeQuietly(from);
			closeQuietly(to);
			this.sockets.remove(from);
			this.sockets.remove(to);
		}
	}

	private static void closeQuietly(AutoCloseable closeable) {
		try {
			closeable.close();
		}
		catch (Exception ex) {
			// already closed
		}
	}

}
