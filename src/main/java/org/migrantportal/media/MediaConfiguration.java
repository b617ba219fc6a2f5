package org.migrantportal.media;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The media library's settings and its storage: the local folder unless another
 * {@link MediaStorage} is declared.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MediaProperties.class)
class MediaConfiguration {

	@Bean
	@ConditionalOnMissingBean(MediaStorage.class)
	MediaStorage localMediaStorage(MediaProperties properties) {
		return new LocalMediaStorage(properties.folder());
	}

}
