package org.migrantportal.media;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The virus check of uploads: clamd when {@code portal.media.clamd.host} is set, else
 * none, which the start says in one line.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MediaClamdProperties.class)
class VirusScanConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(VirusScanConfiguration.class);

	@Bean
	UploadScanning uploadScanning(MediaClamdProperties clamd, MediaProperties media, ApplicationEventPublisher events,
			Clock clock, PlatformTransactionManager transactionManager) {
		if (!clamd.enabled()) {
			logger.info(
					"Uploads are not scanned for viruses: portal.media.clamd.host (PORTAL_MEDIA_CLAMD_HOST) is not set");
			return UploadScanning.notScanned();
		}
		ClamdScanner scanner = new ClamdScanner(clamd);
		logger.info("Uploads are scanned for viruses by {}; they are refused while it cannot be reached",
				scanner.describe());
		return new UploadScanning(scanner, media.maxFileSize().toBytes(), events, clock, transactionManager);
	}

}
