package org.migrantportal.media;

import java.time.Duration;
import java.util.Optional;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Keeps media files in a bucket of S3-compatible object storage, one object per key
 * (under an optional prefix), so that several nodes share them. A put replaces an object
 * whole (S3 never shows half of one); a missing object reads as nothing, and deleting one
 * is harmless; anything else that goes wrong, from an unreachable server to a refused
 * signature, is a {@link MediaStorageException}.
 */
class S3MediaStorage implements MediaStorage, AutoCloseable {

	private final S3Client client;

	private final MediaS3Properties properties;

	S3MediaStorage(S3Client client, MediaS3Properties properties) {
		this.client = client;
		this.properties = properties;
	}

	/**
	 * A storage on the configured bucket, checked once so that a wrong endpoint, key or
	 * bucket fails the start rather than the first upload.
	 */
	static S3MediaStorage connect(MediaS3Properties properties) {
		S3MediaStorage storage = new S3MediaStorage(clientFor(properties), properties);
		try {
			storage.client.headBucket((request) -> request.bucket(properties.bucket()));
		}
		catch (SdkException ex) {
			storage.close();
			throw new MediaStorageException("Cannot use bucket '" + properties.bucket() + "' at "
					+ properties.endpoint() + " for media files: " + ex.getMessage(), ex);
		}
		return storage;
	}

	static S3Client clientFor(MediaS3Properties properties) {
		return S3Client.builder()
			.endpointOverride(properties.endpoint())
			.region(Region.of(properties.region()))
			.credentialsProvider(StaticCredentialsProvider
				.create(AwsBasicCredentials.create(properties.accessKey(), properties.secretKey())))
			.serviceConfiguration(S3Configuration.builder()
				.pathStyleAccessEnabled(properties.pathStyle())
				// the bytes are in memory: one signed body, which every S3-compatible
				// server understands, rather than signed chunks
				.chunkedEncodingEnabled(false)
				.build())
			// checksums only where S3 requires them: not every S3-compatible server
			// accepts the newer checksum headers
			.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
			.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
			.httpClient(UrlConnectionHttpClient.builder()
				.connectionTimeout(Duration.ofSeconds(5))
				.socketTimeout(Duration.ofSeconds(30))
				.build())
			.overrideConfiguration(ClientOverrideConfiguration.builder()
				.apiCallAttemptTimeout(Duration.ofSeconds(30))
				.apiCallTimeout(Duration.ofSeconds(60))
				.build())
			.build();
	}

	@Override
	public void put(String key, byte[] bytes) {
		String name = objectName(key);
		try {
			this.client.putObject((request) -> request.bucket(this.properties.bucket())
				.key(name)
				.contentLength((long) bytes.length)
				.contentType("application/octet-stream"), RequestBody.fromBytes(bytes));
		}
		catch (SdkException ex) {
			throw failure("store", key, ex);
		}
	}

	@Override
	public Optional<byte[]> get(String key) {
		String name = objectName(key);
		try {
			return Optional
				.of(this.client.getObjectAsBytes((request) -> request.bucket(this.properties.bucket()).key(name))
					.asByteArrayUnsafe());
		}
		catch (NoSuchKeyException ex) {
			return Optional.empty();
		}
		catch (S3Exception ex) {
			if (ex.statusCode() == 404 && !"NoSuchBucket".equals(errorCode(ex))) {
				return Optional.empty();
			}
			throw failure("read", key, ex);
		}
		catch (SdkException ex) {
			throw failure("read", key, ex);
		}
	}

	@Override
	public void delete(String key) {
		String name = objectName(key);
		try {
			this.client.deleteObject((request) -> request.bucket(this.properties.bucket()).key(name));
		}
		catch (S3Exception ex) {
			if (ex.statusCode() != 404 || "NoSuchBucket".equals(errorCode(ex))) {
				throw failure("delete", key, ex);
			}
		}
		catch (SdkException ex) {
			throw failure("delete", key, ex);
		}
	}

	@Override
	public void close() {
		this.client.close();
	}

	private String objectName(String key) {
		return this.properties.objectName(MediaStorage.checkKey(key));
	}

	private MediaStorageException failure(String action, String key, SdkException ex) {
		return new MediaStorageException("Cannot " + action + " media file " + key + " in bucket '"
				+ this.properties.bucket() + "': " + ex.getMessage(), ex);
	}

	private static String errorCode(S3Exception ex) {
		return (ex.awsErrorDetails() != null) ? ex.awsErrorDetails().errorCode() : null;
	}

}
