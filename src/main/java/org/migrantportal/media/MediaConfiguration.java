package org.migrantportal.media;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The media library's settings and its storage, unless another {@link MediaStorage} is
 * declared: the bucket of S3-compatible object storage when one is configured
 * ({@code portal.media.s3.bucket}), else the local folder ({@code portal.media.folder}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ MediaProperties.class, MediaS3Properties.class })
class MediaConfiguration {

	@Bean
	@ConditionalOnMissingBean(MediaStorage.class)
	MediaStorage mediaStorage(MediaProperties properties, MediaS3Properties s3) {
		if (s3.enabled()) {
			return S3MediaStorage.connect(s3);
		}
		return new LocalMediaStorage(properties.folder());
	}

}
