package org.migrantportal.pagecache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compresses a page once when it is cached: gzip at the best level always, brotli when
 * brotli4j's native library loads on this machine (else pages are served with gzip only).
 */
final class Compression {

	private static final Logger logger = LoggerFactory.getLogger(Compression.class);

	private static final boolean BROTLI = loadBrotli();

	private static final Encoder.Parameters BROTLI_PARAMETERS = new Encoder.Parameters().setQuality(8)
		.setMode(Encoder.Mode.TEXT);

	private Compression() {
	}

	static boolean brotliAvailable() {
		return BROTLI;
	}

	static byte[] gzip(byte[] bytes) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4 + 64);
		try (GZIPOutputStream gzip = new GZIPOutputStream(out, 8192) {
			{
				this.def.setLevel(Deflater.BEST_COMPRESSION);
			}
		}) {
			gzip.write(bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** The brotli form, or null when brotli is not available here. */
	static byte[] brotli(byte[] bytes) {
		if (!BROTLI) {
			return null;
		}
		try {
			return Encoder.compress(bytes, BROTLI_PARAMETERS);
		}
		catch (IOException | RuntimeException ex) {
			logger.debug("Brotli failed; serving gzip", ex);
			return null;
		}
	}

	private static boolean loadBrotli() {
		try {
			Brotli4jLoader.ensureAvailability();
			return true;
		}
		catch (Throwable ex) {
			// no native library for this platform: gzip is enough
			logger.info("Brotli is not available here ({}); cached pages are served with gzip", ex.toString());
			return false;
		}
	}

}
