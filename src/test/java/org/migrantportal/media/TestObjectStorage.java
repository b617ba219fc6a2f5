package org.migrantportal.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.BlobStoreContext;
import org.jclouds.blobstore.domain.Blob;
import org.jclouds.blobstore.domain.StorageMetadata;
import org.jclouds.blobstore.options.ListContainerOptions;

/**
 * A real S3-compatible server for the tests: S3Proxy on jclouds' in-memory blob store,
 * listening on a free port of the loopback address and checking AWS signatures, one per
 * test run. Tests make buckets of their own and look into them without going through the
 * storage under test.
 */
public final class TestObjectStorage {

	public static final String ACCESS_KEY = "portal-test-access";

	public static final String SECRET_KEY = "portal-test-secret-key";

	private static final AtomicInteger buckets = new AtomicInteger();

	private static TestObjectStorage running;

	private final BlobStoreContext context;

	private final URI endpoint;

	private TestObjectStorage(BlobStoreContext context, URI endpoint) {
		this.context = context;
		this.endpoint = endpoint;
	}

	/** The server of this test run, started on first use. */
	public static synchronized TestObjectStorage get() {
		if (running == null) {
			running = start();
		}
		return running;
	}

	private static TestObjectStorage start() {
		BlobStoreContext context = ContextBuilder.newBuilder("transient")
			.credentials("identity", "credential")
			.build(BlobStoreContext.class);
		S3Proxy proxy = S3Proxy.builder()
			.blobStore(context.getBlobStore())
			.endpoint(URI.create("http://127.0.0.1:0"))
			.awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
			.build();
		try {
			proxy.start();
			long deadline = System.nanoTime() + 10_000_000_000L;
			while (!"STARTED".equals(proxy.getState())) {
				if (System.nanoTime() > deadline) {
					throw new IllegalStateException("S3Proxy did not start: " + proxy.getState());
				}
				Thread.sleep(10);
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException("Cannot start S3Proxy", ex);
		}
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				proxy.stop();
			}
			catch (Exception ex) {
				// the JVM is going away; the in-memory store goes with it
			}
			context.close();
		}));
		return new TestObjectStorage(context, URI.create("http://127.0.0.1:" + proxy.getPort()));
	}

	public URI endpoint() {
		return this.endpoint;
	}

	/** A new, empty bucket with a name no other test uses. */
	public String newBucket(String purpose) {
		String bucket = purpose + "-" + buckets.incrementAndGet();
		createBucket(bucket);
		return bucket;
	}

	public void createBucket(String bucket) {
		store().createContainerInLocation(null, bucket);
	}

	/** Removes the bucket with everything in it. */
	public void deleteBucket(String bucket) {
		store().deleteContainer(bucket);
	}

	/** The settings that point the portal at a bucket of this server. */
	public Map<String, String> settings(String bucket, String prefix) {
		return Map.of("portal.media.s3.bucket", bucket, "portal.media.s3.endpoint", this.endpoint.toString(),
				"portal.media.s3.region", "eu-central-1", "portal.media.s3.access-key", ACCESS_KEY,
				"portal.media.s3.secret-key", SECRET_KEY, "portal.media.s3.prefix", prefix);
	}

	/** The bytes of an object, read from the server's store directly. */
	public Optional<byte[]> object(String bucket, String name) {
		Blob blob = store().getBlob(bucket, name);
		if (blob == null) {
			return Optional.empty();
		}
		try (InputStream in = blob.getPayload().openStream()) {
			return Optional.of(in.readAllBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Writes an object into the server's store directly, as a restore from a copy would.
	 */
	public void putObject(String bucket, String name, byte[] bytes) {
		store().putBlob(bucket, store().blobBuilder(name).payload(bytes).build());
	}

	/** The names of all objects in a bucket. */
	public List<String> objectNames(String bucket) {
		return store().list(bucket, ListContainerOptions.Builder.recursive())
			.stream()
			.map(StorageMetadata::getName)
			.sorted()
			.toList();
	}

	private BlobStore store() {
		return this.context.getBlobStore();
	}

}
