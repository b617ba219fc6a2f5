package org.migrantportal.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migrantportal.support.PropertiesBinding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * S3-compatible object storage against a real S3 server (S3Proxy, see
 * {@link TestObjectStorage}): the storage contract, the key prefix, and a bucket that
 * cannot be used failing at once.
 */
class S3MediaStorageTests extends MediaStorageContract {

	private static final String PREFIX = "portal/media";

	private final TestObjectStorage server = TestObjectStorage.get();

	private String bucket;

	private S3MediaStorage storage;

	@BeforeEach
	void bucket() {
		this.bucket = this.server.newBucket("contract");
		this.storage = S3MediaStorage.connect(properties(this.bucket, this.server.endpoint().toString()));
	}

	@AfterEach
	void close() {
		this.storage.close();
	}

	@Override
	MediaStorage storage() {
		return this.storage;
	}

	@Override
	MediaStorage unusableStorage() {
		MediaS3Properties properties = properties(this.bucket, "http://127.0.0.1:" + closedPort());
		return new S3MediaStorage(S3MediaStorage.clientFor(properties), properties);
	}

	@Override
	long storedCount() {
		return this.server.objectNames(this.bucket).size();
	}

	@Test
	void objectsAreNamedByTheirKeyUnderThePrefix() {
		this.storage.put("a1b2-c3", new byte[] { 4, 2 });
		assertThat(this.server.objectNames(this.bucket)).containsExactly(PREFIX + "/a1b2-c3");
		assertThat(this.server.object(this.bucket, PREFIX + "/a1b2-c3")).contains(new byte[] { 4, 2 });
	}

	@Test
	void twoNodesOnOneBucketSeeEachOthersFiles() {
		try (S3MediaStorage otherNode = S3MediaStorage
			.connect(properties(this.bucket, this.server.endpoint().toString()))) {
			this.storage.put("shared", new byte[] { 7 });
			assertThat(otherNode.get("shared")).contains(new byte[] { 7 });
			otherNode.put("shared", new byte[] { 8 });
			assertThat(this.storage.get("shared")).contains(new byte[] { 8 });
			otherNode.delete("shared");
			assertThat(this.storage.get("shared")).isEmpty();
		}
	}

	@Test
	void aBucketThatDoesNotExistFailsTheConnectionWithItsName() {
		assertThatExceptionOfType(MediaStorageException.class)
			.isThrownBy(() -> S3MediaStorage.connect(properties("no-such-bucket", this.server.endpoint().toString())))
			.withMessageContaining("no-such-bucket");
	}

	@Test
	void wrongKeysFailTheConnection() {
		Map<String, String> settings = new HashMap<>(this.server.settings(this.bucket, PREFIX));
		settings.put("portal.media.s3.secret-key", "not-the-secret");
		MediaS3Properties properties = PropertiesBinding.bind(MediaS3Properties.class, settings);
		assertThatExceptionOfType(MediaStorageException.class).isThrownBy(() -> S3MediaStorage.connect(properties));
	}

	@Test
	void aBucketRemovedAfterTheStartIsAStorageFailureNotAMissingFile() {
		this.storage.put("k1", new byte[] { 1 });
		this.server.deleteBucket(this.bucket);
		assertThatExceptionOfType(MediaStorageException.class).isThrownBy(() -> this.storage.get("k1"));
		assertThatExceptionOfType(MediaStorageException.class)
			.isThrownBy(() -> this.storage.put("k2", new byte[] { 2 }));
	}

	private MediaS3Properties properties(String bucket, String endpoint) {
		Map<String, String> settings = new HashMap<>(this.server.settings(bucket, PREFIX));
		settings.put("portal.media.s3.endpoint", endpoint);
		return PropertiesBinding.bind(MediaS3Properties.class, settings);
	}

	private static int closedPort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
